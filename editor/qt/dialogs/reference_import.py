"""References ▸ Import…: read a reference-manager file, show what was read and skipped, add in one step.

Reading shows a cancellable progress window; cancelling adds nothing. References the report already
holds (or that the file repeats) are listed, and skipped unless the person unticks the box."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QListWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from editor.domain.derived import reference_numbers
from editor.domain.operations import InsertItem
from editor.io.refs import (FORMATS, READ_ONLY, ImportCancelled, ImportResult, NotAReferenceList, import_references,
                            with_new_ids)
from editor.references.duplicates import IncomingDuplicate, brief, incoming_duplicates

from .. import interaction
from ..document import Document

TITLE = "Import references"
FILTERS = ";;".join(
    ["Reference files (*.ris *.bib *.bibtex *.nbib *.txt *.medline *.json *.isi)"]
    + [f"{fmt.name} ({' '.join('*' + ext for ext in fmt.extensions)})" for fmt in FORMATS.values()]
    + [f"{name} (*.txt *.isi)" for name, _read in READ_ONLY.values()]
    + ["All files (*)"])


@dataclass(slots=True)
class ImportReview(ImportResult):
    """What a file gave, with the references that likely repeat the report's; ``skip_duplicates`` is the choice."""

    duplicates: list[IncomingDuplicate] = field(default_factory=list)
    skip_duplicates: bool = True

    @classmethod
    def of(cls, result: ImportResult, report) -> ImportReview:
        """The review of ``result`` against ``report``, whose references it names by citation number."""
        return cls(result.references, result.problems, result.format,
                   incoming_duplicates(result.references, report.references, reference_numbers(report)))

    def to_add(self) -> list:
        """The references to add: all of them, or all but the likely duplicates."""
        if not self.skip_duplicates:
            return list(self.references)
        repeats = {d.index for d in self.duplicates}
        return [ref for i, ref in enumerate(self.references) if i not in repeats]


SKIP_TEXT = "Skip references already in the report"


class ReferenceImportDialog(QDialog):
    """What a file gave: the references to add (first author, title, journal, year) and the records skipped."""

    def __init__(self, result: ImportResult, source: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        duplicates = {d.index: d for d in getattr(result, "duplicates", ())}
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
                if row in duplicates:  # a likely repeat: greyed, and the tooltip says of what
                    item.setForeground(self.palette().placeholderText())
                    item.setToolTip(f"{text}\n(Likely duplicate: {duplicates[row].describe()})")
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
        self.duplicates = QListWidget()
        self.duplicates.addItems([f"{d.index + 1}. {brief(result.references[d.index])}: {d.describe()}"
                                  for d in duplicates.values()])
        self.duplicates.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skip_duplicates = QCheckBox(SKIP_TEXT)
        self.skip_duplicates.setChecked(True)
        if duplicates:
            layout.addWidget(QLabel(f"Likely already in the report or repeated in the file ({len(duplicates)}):"))
            # wrapped, two lines a reference, up to four shown before the list scrolls
            self.duplicates.setWordWrap(True)
            self.duplicates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lines = 2 * min(len(duplicates), 4)
            self.duplicates.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 2 * self.duplicates.frameWidth() + 8)
            layout.addWidget(self.duplicates)
            layout.addWidget(self.skip_duplicates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.skip_duplicates.toggled.connect(self._count_additions)
        self._count_additions()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


    def _count_additions(self) -> None:
        """The Add button counts what will be added, with or without the likely duplicates."""
        skip = self.skip_duplicates.isChecked()
        if isinstance(self.result, ImportReview):
            self.result.skip_duplicates = skip
        repeats = len(getattr(self.result, "duplicates", ())) if skip else 0
        count = len(self.result.references) - repeats
        self.add_button.setText(f"Add {count} reference{'s' if count != 1 else ''}")
        self.add_button.setEnabled(count > 0)


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
    existing = document.report.references
    review = ImportReview.of(result, document.report)
    if not interaction.current.review_reference_import(parent, review, Path(path)) or not review.to_add():
        return 0
    added = with_new_ids(review.to_add(), existing)
    changes = [InsertItem("/references", len(existing) + offset, ref) for offset, ref in enumerate(added)]
    document.push_batch(changes, f"Import {len(added)} reference{'s' if len(added) != 1 else ''}")
    return len(added)
