"""File ▸ Import: from a file or pasted text, then a summary of what was recognised and what was left unsorted.

The imported draft opens as an unsaved, untitled report (the source file is
never overwritten). The person then sees the summary: the parts recognised,
and each piece of unsorted text with where it came from and why it was not
placed, with a button to copy it. The two questions (the pasted text, the
summary) are asked through ``interaction.current``, which shows the dialogs
below (tests answer them with a scripted interaction).
"""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget)

from editor.io.import_result import ImportCancelled, ImportFailed, ImportResult

from .. import interaction

log = logging.getLogger(__name__)

IMPORT_FILTER = ("Manuscripts and articles (*.xml *.nxml *.docx *.txt *.md);;JATS XML (*.xml *.nxml);;"
                 "Word documents (*.docx);;Plain text (*.txt *.md);;All files (*)")


# --- the two menu entries ------------------------------------------------------------------------


def import_from_file(window, path: Path | None = None) -> ImportResult | None:
    if path is None:
        start = str(window.document.path.parent) if window.document.path else ""
        path = interaction.current.open_path(window, "Import a manuscript or article", IMPORT_FILTER, start)
        if path is None:
            return None
    from editor.commands.import_ import import_any

    return _open(window, Path(path).name, lambda progress: import_any(path, progress))


def import_from_text(window) -> ImportResult | None:
    text = interaction.current.ask_manuscript_text(window)
    if not text or not text.strip():
        return None
    from editor.io.text_import import import_text

    return _open(window, "pasted text", lambda progress: import_text(text, "pasted text", progress))


def _open(window, name: str, read) -> ImportResult | None:
    """Read with a cancellable progress window, then open the draft and show the summary."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with interaction.current.progress(window, "Import", f"Reading {name}…") as progress:
            result = read(progress)
    except ImportCancelled:
        window.statusBar().showMessage("Import cancelled; nothing was opened.", 5000)
        return None
    except ImportFailed as exc:
        interaction.current.show_error(window, "Cannot import", str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    if not window.lifecycle.open_draft(result.report, Path(result.source).name):
        return None
    log.info("imported a %s: %d parts recognised, %d unsorted", result.kind, len(result.recognised),
             len(result.unsorted))
    window.statusBar().showMessage(f"Imported {result.source}: save it as a case report to keep it.", 8000)
    interaction.current.show_import_summary(window, result)
    return result


# --- dialogs ------------------------------------------------------------------------------------


class PasteManuscriptDialog(QDialog):
    """A box to paste a manuscript: title, authors, abstract, sections and references as plain text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Import from text")
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        intro = QLabel("Paste the manuscript: the title on the first line, then the authors, the abstract, "
                       "the sections under their headings and the reference list.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("manuscript-text")
        self.editor.setAccessibleName("Manuscript text")
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(lambda: self.import_button.setEnabled(bool(self.text().strip())))
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()


class ImportSummaryDialog(QDialog):
    """What the import recognised, and each piece of unsorted text with its origin and reason."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        self.setWindowTitle("Import summary")
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        source, kind = escape(result.source, quote=False), escape(result.kind, quote=False)
        heading = QLabel(f"<b>{source}</b> ({kind}) is open as a new, unsaved draft.")
        layout.addWidget(heading)
        for note in result.notes:
            warning = QLabel(f"⚠ {escape(note, quote=False)}")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.recognised = self._list("recognised", [(r, None) for r in result.recognised] or [("Nothing", None)])
        splitter.addWidget(self._titled(f"Recognised ({len(result.recognised)})", self.recognised))
        rows = [(f"{_first_words(u.text)}\n      from “{u.heading}”: {u.reason}", u.text) for u in result.unsorted]
        self.unsorted = self._list("unsorted", rows or [("Nothing was left unsorted.", None)])
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("unsorted-text")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("Text of the selected unsorted piece")
        self.preview.setPlaceholderText("Select a piece above to read it in full.")
        unsorted_box = QWidget(self)
        box_layout = QVBoxLayout(unsorted_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        note = QLabel("Kept in the draft (field “unsorted”) but not exported: move each piece into its panel.")
        note.setWordWrap(True)
        box_layout.addWidget(QLabel(f"<b>Left as unsorted text ({len(result.unsorted)})</b>"))
        box_layout.addWidget(note)
        box_layout.addWidget(self.unsorted, 2)
        box_layout.addWidget(QLabel("The selected piece in full:"))
        box_layout.addWidget(self.preview, 1)
        splitter.addWidget(unsorted_box)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([170, 400])
        layout.addWidget(splitter, 1)
        self.unsorted.currentItemChanged.connect(self._show_piece)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton("&Copy unsorted text", self)
        self.copy_button.setEnabled(bool(result.unsorted))
        self.copy_button.clicked.connect(self.copy_unsorted)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if result.unsorted:
            self.unsorted.setCurrentRow(0)

    def _list(self, name: str, rows: list[tuple[str, str | None]]) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(f"{name}-list")
        widget.setAlternatingRowColors(True)
        widget.setWordWrap(True)
        for text, data in rows:
            item = QListWidgetItem(text, widget)
            item.setData(Qt.ItemDataRole.UserRole, data)
            if data is None and name == "unsorted":
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        return widget

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        box_layout.addWidget(label)
        box_layout.addWidget(widget)
        return box

    def _show_piece(self, current: QListWidgetItem | None, _previous=None) -> None:
        self.preview.setPlainText(current.data(Qt.ItemDataRole.UserRole) or "" if current else "")

    def unsorted_text(self) -> str:
        return "\n\n".join(f"[{u.heading}]\n{u.text}" for u in self.result.unsorted)

    def copy_unsorted(self) -> None:
        QGuiApplication.clipboard().setText(self.unsorted_text())


def _first_words(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
