"""A list of the report's items as a table, with a form for the selected one beside it.

Shared by the treatment courses, outcomes, adverse events and references panels:
the buttons (add, duplicate, delete, move), keeping the form bound to the
selected item as rows come and go, and selecting a row for a finding.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QScrollArea, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from editor.domain.operations import OperationError
from editor.domain.report import ID_LISTS, new_id

from ..document import Document
from ..models.list_table import ListTableModel
from .binding import Binder


def item_at(document: Document, base: str | None) -> Any:
    """The item a form is bound to, or None (no selection, or a row just removed)."""
    if not base:
        return None
    try:
        return document.get(base)
    except (OperationError, IndexError):
        return None


class ListSection(QWidget):
    """``new_item()`` makes a blank item; ``confirm_delete(row)`` may refuse a deletion."""

    selected = Signal(int)  # the selected row in the document's list, or -1

    def __init__(self, document: Document, model: ListTableModel, binder: Binder, form: QWidget, noun: str,
                 new_item: Callable[[], Any], proxy=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.model, self.binder, self.form, self.noun = document, model, binder, form, noun
        self.new_item = new_item
        self.proxy = proxy
        self.confirm_delete: Callable[[int], bool] = lambda row: True
        self.view = QTableView(self)
        self.view.setModel(proxy if proxy is not None else model)
        self.view.setAccessibleName(f"Table of {noun}s")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._follow_selection())
        for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.modelReset):
            signal.connect(lambda *_: self._follow_selection())

        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.add_button = self.button(f"Add {noun}", self.add, "Add a new item after the selected one")
        self.duplicate_button = self.button("Duplicate", self.duplicate, "Copy the selected item")
        self.delete_button = self.button("Delete", self.delete, "Delete the selected item")
        self.up_button = self.button("Move up", lambda: self.move(-1), "Move the selected item up")
        self.down_button = self.button("Move down", lambda: self.move(1), "Move the selected item down")
        self.buttons.addStretch(1)

        self.scroll = scroll = QScrollArea(self)
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the form fits the width
        scroll.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.splitter, 1)
        self._follow_selection()

    def button(self, text: str, handler: Callable[[], None], tip: str, at: int | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(handler)
        if at is None:
            self.buttons.addWidget(button)
        else:
            self.buttons.insertWidget(at, button)
        return button

    # --- selection ------------------------------------------------------------
    def current_row(self) -> int:
        """The selected item's index in the document's list, or -1."""
        index = self.view.selectionModel().currentIndex()
        if not index.isValid():
            return -1
        if self.proxy is not None:
            index = self.proxy.mapToSource(index)
        return index.row()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if self.proxy is not None:
            index = self.proxy.mapFromSource(index)
            if not index.isValid():  # hidden by the filter: clear the filter to show it
                self.proxy.setFilterFixedString("")
                index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _follow_selection(self) -> None:
        row = self.current_row()
        valid = 0 <= row < self.model.rowCount()
        base = self.model.item_pointer(row) if valid else None
        if base != self.binder.base:
            self.binder.set_base(base)
        self.form.setEnabled(valid)
        for button in (self.duplicate_button, self.delete_button):
            button.setEnabled(valid)
        self.up_button.setEnabled(valid and row > 0 and self.proxy is None)
        self.down_button.setEnabled(valid and row < self.model.rowCount() - 1 and self.proxy is None)
        self.selected.emit(row if valid else -1)

    # --- editing ------------------------------------------------------------
    def fresh_id(self) -> str:
        list_name = self.model.list_pointer.strip("/")
        taken = {getattr(item, "id", None) for _, _, item in self.document.report.identified_items()}
        return new_id(ID_LISTS.get(list_name, "item"), taken)

    def insert(self, item: Any, text: str) -> int:
        """Insert ``item`` after the selected row (or at the end) and select it."""
        row = self.current_row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        self.document.insert_item(self.model.list_pointer, item, index, text=text)
        self.select_row(index)
        return index

    def add(self) -> None:
        item = self.new_item()
        item.id = self.fresh_id()
        self.insert(item, f"Add {self.noun}")
        self.form.setFocus()

    def duplicate(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        copy = self.model.item(row).model_copy(deep=True)
        copy.id = self.fresh_id()
        self.insert(copy, f"Duplicate {self.noun}")

    def delete(self) -> None:
        row = self.current_row()
        if row < 0 or not self.confirm_delete(row):
            return
        self.document.remove_item(self.model.list_pointer, row, text=f"Delete {self.noun}")
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def move(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.document.move_item(self.model.list_pointer, row, target, text=f"Move {self.noun}")
        self.select_row(target)

    # --- findings ------------------------------------------------------------
    def focus_pointer(self, pointer: str) -> bool:
        """Select the row ``pointer`` is in and focus the field it names."""
        prefix = self.model.list_pointer + "/"
        if not pointer.startswith(prefix):
            return False
        row_text = pointer[len(prefix):].split("/", 1)[0]
        if not row_text.isdigit() or int(row_text) >= self.model.rowCount():
            return False
        self.select_row(int(row_text))
        widget = self.binder.widget_for(pointer)
        if widget is None:
            self.view.setFocus()
            return True
        bound = next(self.binder.pointer(b) for b in self.binder.bindings if b.widget is widget)
        rest = pointer[len(bound):].strip("/").split("/")[0]
        self.scroll.ensureWidgetVisible(widget)
        if hasattr(widget, "focus_part"):
            widget.focus_part(rest)
        else:
            widget.setFocus()
        return True
