"""The references panel: the numbered list (cited first), a filter, the form and "Cited in"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from editor.domain.references import Reference

from .. import interaction
from ..document import Document
from ..models.references import ReferenceFilterModel, ReferenceTableModel
from ..widgets.column_fit import fit_columns
from ..widgets.column_menu import install_column_menu
from .base import Panel
from .forms import heading
from .list_section import ListSection
from .reference_form import ReferenceForm, citations_of, place_name


class ReferencesPanel(Panel):
    section = "references"
    title = "References"
    pointers = ("/references",)
    intro = ("Numbered in order of first citation (Vancouver); references not cited in the text "
             "are listed after the others and marked.")

    navigate_requested = Signal(str)  # a text field's pointer, for the window to show it

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.model = ReferenceTableModel(document, self)
        self.proxy = ReferenceFilterModel(self.model, self)
        self.form = ReferenceForm(document, self.binder)
        self.form.navigate_requested.connect(self.navigate_requested)
        self.references = ListSection(document, self.model, self.binder, self.form, "reference", Reference,
                                      proxy=self.proxy)
        self.references.confirm_delete = self._confirm_delete
        self.references.selected.connect(self._selected)
        for button in (self.references.up_button, self.references.down_button, self.references.duplicate_button):
            button.hide()  # the order is the order of first citation, not a place in a list
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter: author, title, journal, year, DOI…")
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName("Filter references")
        self.filter.setMinimumWidth(160)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.references.button("Paste references…", self.paste_references,
                               "Paste a reference list, check how it was read, and add it")
        self.references.button("Find duplicates…", self.find_duplicates,
                               "Show references that are likely the same work and merge them")
        self.references.button("Import…", self.import_references,
                               "Add references from a RIS, BibTeX, PubMed/MEDLINE or CSL-JSON file")
        self.references.button("Export…", self.export_references,
                               "Write the references for a reference manager (RIS, BibTeX, MEDLINE, CSL-JSON)")
        self.references.view.verticalHeader().hide()  # the number column says what matters
        self.references.view.setSortingEnabled(True)
        self.proxy.sort(ReferenceTableModel.NUMBER)
        header = self.references.view.horizontalHeader()
        header.setSortIndicator(ReferenceTableModel.NUMBER, header.sortIndicatorOrder())
        fitter = fit_columns(self.references.view, 2, {0: 4, 1: 15, 3: 15, 4: 5, 5: 17}, minimum=180)  # the title takes the rest
        install_column_menu(self.references.view, "references", main=2, after=fitter.fit)
        self.references.splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.addWidget(heading(self.title, self.intro))
        layout.addWidget(self.filter)  # its own row: the buttons fit a narrow panel
        layout.addWidget(self.references, 1)
        if self.model.rowCount():
            self.references.view.selectRow(0)

    @property
    def view(self):
        return self.references.view

    def _selected(self, _row: int) -> None:
        self.form.show_fields()
        self.form.show_citations()

    def _confirm_delete(self, row: int) -> bool:
        """Deleting a cited reference asks first, naming where it is cited."""
        ref = self.model.item(row)
        cited = citations_of(self.document.report, ref.id) if ref.id else []
        if not cited:
            return True
        places = list(dict.fromkeys(place_name(self.document.report, pointer) for pointer, _ in cited))
        name = ref.first_author() or ref.title or ref.id
        return interaction.current.confirm(
            self, "Delete a cited reference?",
            f"“{name}” is cited {len(cited)} time{'s' if len(cited) != 1 else ''}: in {', '.join(places)}.",
            "Its citation markers stay in the text and will be listed as problems until you remove them. "
            "Undo brings the reference back.")

    def paste_references(self) -> None:
        from .reference_paste import PasteReferencesDialog
        PasteReferencesDialog(self.document, self).exec()

    def import_references(self) -> None:
        from ..dialogs.reference_import import import_into
        import_into(self.document, self)

    def export_references(self) -> None:
        from ..dialogs.reference_export import export_from
        export_from(self.document, self)

    def find_duplicates(self) -> None:
        from .reference_duplicates import DuplicatesDialog
        dialog = DuplicatesDialog(self.document, self)
        if not dialog.pairs:
            interaction.current.show_info(self, "Find duplicates", "No likely duplicate references were found.")
            return
        dialog.exec()

    def focus_path(self, pointer: str) -> bool:
        return self.references.focus_pointer(pointer)
