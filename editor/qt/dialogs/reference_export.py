"""References ▸ Export…: pick a format, pick a file, write the report's references."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from editor.io.refs import FORMATS, export_references

from .. import interaction
from ..document import Document

TITLE = "Export references"


def export_from(document: Document, parent: QWidget | None = None) -> bool:
    """Write the report's references in a chosen format; True when a file was written."""
    references = document.report.references
    if not references:
        interaction.current.show_info(parent, TITLE, "This report has no references to export yet.")
        return False
    key = interaction.current.choose_reference_format(parent)
    if key is None:
        return False
    fmt = FORMATS[key]
    stem = document.path.name.removesuffix(".case.json") if document.path else "references"
    folder = document.path.parent if document.path else Path.home()
    start = str(folder / f"{stem}-references{fmt.extensions[0]}")
    filters = f"{fmt.name} ({' '.join('*' + ext for ext in fmt.extensions)})"
    path = interaction.current.save_path(parent, TITLE, filters, start)
    if path is None:
        return False
    if not path.suffix:
        path = path.with_suffix(fmt.extensions[0])
    try:
        export_references(references, key, path)
    except OSError as err:
        interaction.current.show_error(parent, TITLE, f"“{path.name}” could not be written.", err.strerror or str(err))
        return False
    return True
