"""A panel for one list of the report: the table above, a form for the selected row below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QSplitter, QVBoxLayout, QWidget

from ..document import Document
from ..models.list_table import ListTableModel
from ..widgets.list_editor import ListEditor
from .base import Panel
from .forms import heading


def focus_in_list(editor: ListEditor, panel: Panel, pointer: str) -> bool:
    """Select the row a pointer is in, then focus its field in the form (or the table cell)."""
    list_pointer = editor.model.list_pointer
    if pointer == list_pointer:
        editor.table.setFocus()
        return True
    rest = pointer[len(list_pointer) + 1:] if pointer.startswith(list_pointer + "/") else ""
    row_text, _, field = rest.partition("/")
    if not row_text.isdigit() or int(row_text) >= editor.model.rowCount():
        return False
    row = int(row_text)
    column = next((i for i, c in enumerate(editor.model.columns)
                   if c.field and c.field.strip("/") and ("/" + field).startswith(c.field)), 0)
    editor.select_row(row, column)
    widget = panel.binder.widget_for(pointer)
    if widget is not None and widget.isVisibleTo(panel):
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        editor.table.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


class ListFormPanel(Panel):
    """Subclasses set ``model_class``, ``noun``, ``intro``, and define ``new_item`` and ``build_form``."""

    model_class: type[ListTableModel]
    noun: str = "item"
    intro: str = ""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.binder.base = None  # no row selected yet
        self.model = self.model_class(document, self)
        self.editor = ListEditor(self.model, self.new_item, self.noun, self)
        self.form_box = QGroupBox(f"Selected {self.noun}", self)
        self.form = QFormLayout(self.form_box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.build_form(self.form)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.form_box)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title, self.intro))
        layout.addWidget(splitter, 1)
        self.editor.current_changed.connect(self._row_changed)
        self._row_changed(-1)
        if self.model.rowCount():
            self.editor.select_row(0)

    def new_item(self) -> Any:
        raise NotImplementedError

    def build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def _row_changed(self, row: int) -> None:
        self.binder.set_base(f"{self.model.list_pointer}/{row}" if row >= 0 else None)
        self.form_box.setEnabled(row >= 0)
        self.form_box.setTitle(f"Selected {self.noun}" if row >= 0 else f"Select or add a {self.noun} to edit it")

    def focus_path(self, pointer: str) -> bool:
        return focus_in_list(self.editor, self, pointer)

    def taken_ids(self) -> set[str | None]:
        return {item.id for item in self.model.items()}
