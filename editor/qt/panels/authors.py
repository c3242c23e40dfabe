"""Authors and affiliations: the author list, a form for the selected author, and the affiliations.

An author's affiliations are linked by ticking them in a list (stored as
``affiliation_ids``); the ORCID iD is checked as it is typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QGroupBox, QLabel, QListWidget, QListWidgetItem, QSplitter,
                               QVBoxLayout, QWidget)

from editor.domain import Affiliation, Author, new_id
from editor.domain import operations as ops
from editor.domain.operations import Change

from ..document import Document
from ..models.report_tables import AffiliationTableModel, AuthorTableModel
from ..widgets.list_editor import ListEditor
from ..widgets.orcid import OrcidField
from .base import Panel
from .forms import heading, line
from .list_form import focus_in_list

AUTHORS = "/metadata/authors"
AFFILIATIONS = "/metadata/affiliations"


class AuthorsPanel(Panel):
    section = "authors"
    title = "Authors"
    pointers = (AUTHORS, AFFILIATIONS)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.binder.base = None
        self.authors = ListEditor(AuthorTableModel(document, self), lambda: Author(), "author", self)
        self.affiliations = ListEditor(AffiliationTableModel(document, self), self._new_affiliation,
                                       "affiliation", self)
        self.affiliations.remove_row = self._remove_affiliation
        self.form_box = QGroupBox("Selected author", self)
        self._build_form(QGridLayout(self.form_box))
        affiliation_box = QGroupBox("Affiliations (edit in the table: double-click or start typing)", self)
        QVBoxLayout(affiliation_box).addWidget(self.affiliations)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.authors)
        splitter.addWidget(self.form_box)
        splitter.addWidget(affiliation_box)
        splitter.setChildrenCollapsible(False)
        self.authors.table.setMinimumHeight(150)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([260, 230, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Authors and affiliations"))
        layout.addWidget(splitter, 1)
        self.authors.current_changed.connect(self._author_changed)
        document.changed.connect(self._document_changed)
        self._author_changed(-1)
        if self.authors.model.rowCount():
            self.authors.select_row(0)

    def _build_form(self, grid: QGridLayout) -> None:
        """Two columns of fields, so the author list keeps its room."""
        self.family = line()
        self.given = line()
        self.initials = line("e.g. WL")
        self.degrees = line("e.g. MD, MRCP")
        self.orcid = OrcidField()
        self.email = line("for the corresponding author")
        self.corresponding = QCheckBox("&Corresponding author")
        self.linked = QListWidget()
        self.linked.setMaximumHeight(72)
        self.linked.itemChanged.connect(self._link_changed)
        self.linked.setToolTip("Tick the affiliations of this author (Space ticks)")
        cells = [("&Family name:", self.family, 0, 0, 1), ("&Given names:", self.given, 0, 2, 1),
                 ("&Initials:", self.initials, 1, 0, 1), ("&Degrees:", self.degrees, 1, 2, 1),
                 ("&ORCID iD:", self.orcid, 2, 0, 3), ("&E-mail:", self.email, 3, 0, 1),
                 ("Affi&liations:", self.linked, 4, 0, 3)]
        for text, widget, row, column, span in cells:
            label = QLabel(text)
            label.setBuddy(widget.edit if widget is self.orcid else widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.addWidget(self.corresponding, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        b = self.binder
        b.bind_line(self.family, "/family")
        b.bind_line(self.given, "/given")
        b.bind_line(self.initials, "/initials")
        b.bind_line(self.degrees, "/degrees")
        b.bind_line(self.orcid.edit, "/orcid")
        b.bind_line(self.email, "/email")
        b.bind_check(self.corresponding, "/corresponding")

    def _new_affiliation(self) -> Affiliation:
        return Affiliation(id=new_id("aff", {a.id for a in self.affiliations.model.items()}))

    def _remove_affiliation(self, row: int) -> None:
        """Delete an affiliation and unlink it from its authors: one undo step brings both back."""
        report = self.document.report
        gone = report.metadata.affiliations[row]
        changes: list = []
        for i, author in enumerate(report.metadata.authors):
            if gone.id is not None and gone.id in author.affiliation_ids:
                kept = [a for a in author.affiliation_ids if a != gone.id]
                changes.append(ops.plan_set_value(report, path=f"{AUTHORS}/{i}/affiliation_ids", value=kept))
        changes.append(ops.RemoveItem(AFFILIATIONS, row, gone))
        self.document.push_batch(changes, "Delete affiliation")

    # --- the selected author ---------------------------------------------------------
    def _author_changed(self, row: int) -> None:
        self.binder.set_base(f"{AUTHORS}/{row}" if row >= 0 else None)
        self.form_box.setEnabled(row >= 0)
        self.form_box.setTitle("Selected author" if row >= 0 else "Select or add an author to edit them")
        self._fill_links()

    def _fill_links(self) -> None:
        """One tickable line per affiliation; ticked when the selected author has it."""
        row = self.authors.current_row()
        author = self.authors.model.item(row) if 0 <= row < self.authors.model.rowCount() else None
        self.linked.blockSignals(True)
        self.linked.clear()
        for affiliation in self.affiliations.model.items():
            item = QListWidgetItem(f"{affiliation.id}: {affiliation.display() or '(empty affiliation)'}", self.linked)
            item.setData(Qt.ItemDataRole.UserRole, affiliation.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = author is not None and affiliation.id in author.affiliation_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.linked.blockSignals(False)

    def _link_changed(self, _item: QListWidgetItem) -> None:
        row = self.authors.current_row()
        if row < 0:
            return
        items = (self.linked.item(i) for i in range(self.linked.count()))
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        self.document.set_value(f"{AUTHORS}/{row}/affiliation_ids", ids, text="Link affiliations")

    def _document_changed(self, change: Change) -> None:
        if any(p.startswith(AFFILIATIONS) or p.endswith("/affiliation_ids") or p == AUTHORS
               for p in change.paths()):
            self._fill_links()

    # --- problems list -------------------------------------------------------------------
    def focus_path(self, pointer: str) -> bool:
        if pointer == AFFILIATIONS or pointer.startswith(AFFILIATIONS + "/"):
            return focus_in_list(self.affiliations, self, pointer)
        if pointer.startswith(AUTHORS):
            return focus_in_list(self.authors, self, pointer)
        return False
