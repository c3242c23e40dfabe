"""References ▸ Import…: read a reference-manager file, show what was read and skipped, add in one step.

Reading shows a cancellable progress window; cancelling adds nothing."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from editor.domain.operations import InsertItem
from editor.io.refs import FORMATS, READ_ONLY, ImportCancelled, ImportResult, NotAReferenceList, import_references, with_new_ids

from .. import interaction
from ..document import Document

TITLE = "Import references"
FILTERS = ";;".join(
    ["Reference files (*.ris *.bib *.bibtex *.nbib *.txt *.medline *.json *.isi)"]
    + [f"{fmt.name} ({' '.join('*' + ext for ext in fmt.extensions)})" for fmt in FORMATS.values()]
    + [f"{name} (*.txt *.isi)" for name, _read in READ_ONLY.values()]
    + ["All files (*)"])


class ReferenceImportDialog(QDialog):
    """What a file gave: the references to add (first author, title, journal, year) and the records skipped."""

    def __init__(self, result: ImportResult, source: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        self.setWindowTitle(TITLE)
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{escape(source.name, quote=False)}</b> — {escape(result.summary(), quote=False)}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableWidget(len(result.references), 4)
        self.table.setHorizontalHeaderLabels(["First author", "Title", "Journal or book", "Year"])
        for row, ref in enumerate(result.references):
            for column, text in enumerate((_authors(ref), _title(ref), ref.container or "", str(ref.year or ""))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 1 and not ref.title:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.setWordWrap(False)  # one line a reference; the whole text is in the tooltip
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (2, 190), (3, 50)):
            header.resizeSection(column, width)
        layout.addWidget(self.table, 3)
        self.skipped = QListWidget()
        self.skipped.addItems([str(problem) for problem in result.problems])
        self.skipped.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if result.problems:
            layout.addWidget(QLabel(f"Not imported ({len(result.problems)}): fix these records in the reference "
                                    "manager and import them again."))
            rows = min(len(result.problems), 6)
            self.skipped.setMaximumHeight(self.skipped.sizeHintForRow(0) * rows + 2 * self.skipped.frameWidth() + 4)
            layout.addWidget(self.skipped)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        count = len(result.references)
        self.add_button = buttons.addButton(f"Add {count} reference{'s' if count != 1 else ''}",
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(count > 0)
        self.add_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _authors(ref) -> str:
    """``Kim JS``, ``Kim JS, Han BG`` or ``Kim JS et al.``; the group when there is no person."""
    if not ref.authors:
        return ref.group_author or ""
    if len(ref.authors) == 2 and not ref.et_al and not ref.group_author:
        return ", ".join(p.vancouver() for p in ref.authors)
    return ref.first_author() + (" et al." if len(ref.authors) > 1 or ref.et_al or ref.group_author else "")


def _title(ref) -> str:
    """The title, or what identifies a record without one (PubMed sends some with only a PMID)."""
    if ref.title:
        return ref.title
    ids = [f"PMID {ref.pmid}" if ref.pmid else "", f"DOI {ref.doi}" if ref.doi else ""]
    return f"(no title{': ' + ', '.join(i for i in ids if i) if any(ids) else ''})"


def import_into(document: Document, parent: QWidget | None = None) -> int:
    """Ask for a file, show what it holds, add the references as one undoable step; returns how many."""
    path = interaction.current.open_path(parent, TITLE, FILTERS)
    if path is None:
        return 0
    try:
        with interaction.current.progress(parent, TITLE, f"Reading {Path(path).name}…") as progress:
            result = import_references(path, progress=progress)
    except ImportCancelled:
        return 0
    except NotAReferenceList as err:
        interaction.current.show_error(parent, TITLE, f"“{Path(path).name}” cannot be imported.", str(err))
        return 0
    if not interaction.current.review_reference_import(parent, result, Path(path)) or not result.references:
        return 0
    existing = document.report.references
    added = with_new_ids(result.references, existing)
    changes = [InsertItem("/references", len(existing) + offset, ref) for offset, ref in enumerate(added)]
    document.push_batch(changes, f"Import {len(added)} reference{'s' if len(added) != 1 else ''}")
    return len(added)
