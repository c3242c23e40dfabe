"""File ▸ Export: one row per format, calling the export helpers' functions with a cancellable progress dialog.

Exporters are imported only when the person exports (docx, lxml and CSL are heavy).
A format whose module is not installed is left out of the menu.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QProgressDialog, QWidget

from editor.io.atomic import replacing

from . import interaction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportFormat:
    id: str
    label: str
    module: str
    function: str
    suffix: str
    filter: str
    styled: bool = True  # the reference list follows the style chosen in the preview

    @property
    def name(self) -> str:
        """"Word document (DOCX)", "CARE checklist": the label as a sentence says it."""
        return self.label.replace("&", "").rstrip("…")


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("html", "&HTML page…", "editor.io.html", "export_html", ".html", "HTML pages (*.html)"),
    ExportFormat("markdown", "&Markdown…", "editor.io.markdown", "export_markdown", ".md", "Markdown (*.md)"),
    ExportFormat("jats", "&JATS XML…", "editor.io.jats_export", "export_jats", ".xml", "JATS XML (*.xml)"),
    ExportFormat("docx", "&Word document (DOCX)…", "editor.io.docx_export", "export_docx", ".docx",
                 "Word documents (*.docx)"),
    ExportFormat("pdf", "&PDF…", "editor.qt.export_menu", "export_pdf", ".pdf", "PDF documents (*.pdf)"),
    # the table journals ask authors to upload; the file's extension picks Word, Markdown or PDF
    ExportFormat("care", "&CARE checklist…", "editor.io.care_export", "export_care", "-care-checklist.docx",
                 "Word documents (*.docx);;Markdown (*.md);;PDF documents (*.pdf)", styled=False),
)


def available_formats() -> list[ExportFormat]:
    return [f for f in FORMATS if importlib.util.find_spec(f.module) is not None]


def fill_export_menu(window, menu: QMenu) -> None:
    for fmt in available_formats():
        action = menu.addAction(fmt.label)
        action.setObjectName(f"export.{fmt.id}")
        action.triggered.connect(lambda _checked=False, f=fmt: export(window, f))


def export_pdf(report, path: Path, *, style: str = "vancouver",
               progress: Callable[[int, int], bool] | None = None) -> Path:
    """The HTML export printed to PDF (``editor.qt.pdf``)."""
    from editor.io.html import render_html

    from .pdf import write_pdf

    write_pdf(render_html(report, style=style, standalone=False), path, title=report.metadata.title, progress=progress)
    return Path(path)


def export(window, fmt: ExportFormat, path: Path | None = None) -> Path | None:
    """Ask where, then write the report in ``fmt``; None when cancelled or failed (the person is told why)."""
    document = window.document
    if path is None:
        stem = document.path.name.removesuffix(".case.json").removesuffix(".json") if document.path else "case-report"
        start = str((document.path.parent if document.path else Path.home()) / (stem + fmt.suffix))
        path = interaction.current.save_path(window, f"Export as {fmt.name}", fmt.filter, start)
        if path is None:
            return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    dialog = _progress_dialog(window, fmt)
    # written beside the target and renamed over it when complete: a cancelled or failed export
    # leaves an earlier file of that name as it was
    path = Path(path)
    try:
        function = getattr(importlib.import_module(fmt.module), fmt.function)
        options = {"style": reference_style(window)} if fmt.styled else {}
        with replacing(path) as partial:
            function(document.report, partial, progress=_progress_callback(dialog), **options)
    except Exception as exc:  # noqa: BLE001 - any exporter failure is told to the person, never a traceback
        if dialog.wasCanceled() or type(exc).__name__ in ("ExportCancelled", "PdfCancelled"):
            window.statusBar().showMessage("Export cancelled; nothing was written.", 5000)
            return None
        log.error("export to %s failed: %s", fmt.id, type(exc).__name__)
        interaction.current.show_error(window, "Export failed", f"{path}: {exc}",
                                       "The report itself is unchanged. Check the folder, or try another format.")
        return None
    finally:
        dialog.close()
        QApplication.restoreOverrideCursor()
    window.statusBar().showMessage(f"Exported {path}", 5000)
    return Path(path)


def reference_style(window) -> str:
    """The style chosen above the preview (Vancouver when the window has no preview)."""
    preview = getattr(window, "preview", None)
    return getattr(preview, "reference_style", None) or "vancouver"


def _progress_dialog(parent: QWidget, fmt: ExportFormat) -> QProgressDialog:
    dialog = QProgressDialog(f"Exporting {fmt.name}…", "Cancel", 0, 100, parent)
    dialog.setWindowTitle("Export")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick exports finish before it appears
    return dialog


def _progress_callback(dialog: QProgressDialog) -> Callable[[int, int], bool]:
    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)
        QApplication.processEvents()
        return not dialog.wasCanceled()

    return progress
