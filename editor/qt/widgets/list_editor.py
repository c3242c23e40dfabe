"""A table over one list of the report with Add, Remove, Move up and Move down, all undoable."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from ..models.list_table import ListTableModel


class ListEditor(QWidget):
    """``new_item()`` makes the item Add inserts; ``current_changed(row)`` follows the selection (-1: none)."""

    current_changed = Signal(int)

    def __init__(self, model: ListTableModel, new_item: Callable[[], Any], noun: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.new_item = new_item
        self.noun = noun
        # how Remove deletes a row; a panel may replace it to tidy links in the same undo step
        self.remove_row: Callable[[int], None] = lambda row: model.document.remove_item(model.list_pointer, row)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons and the form
        self.table.setAccessibleName(f"{noun.capitalize()} list")
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.current_changed.emit(cur.row()))
        model.rowsInserted.connect(lambda *_: self._update_buttons())
        model.rowsRemoved.connect(lambda *_: self._emit_current())
        model.modelReset.connect(self._emit_current)
        self.add_button = self._button(f"&Add {noun}", self.add, "Ctrl+Ins")
        self.remove_button = self._button("Re&move", self.remove, QKeySequence.StandardKey.Delete)
        self.up_button = self._button("Move &up", lambda: self.move(-1), "Alt+Up")
        self.down_button = self._button("Move do&wn", lambda: self.move(1), "Alt+Down")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.current_changed.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def _button(self, text: str, handler: Callable[[], Any], shortcut) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: handler())
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text.replace('&', '')} ({keys} in the table)")
        action_owner = self.table
        from PySide6.QtGui import QAction

        action = QAction(text, action_owner)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: handler())
        action_owner.addAction(action)
        return button

    # --- rows -------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, column)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def add(self) -> int:
        item = self.new_item()
        if item is None:
            return -1
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.model.document.insert_item(self.model.list_pointer, item, row)
        self.select_row(row)
        return row

    def remove(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.remove_row(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    def move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row >= 0 and 0 <= target < self.model.rowCount():
            self.model.document.move_item(self.model.list_pointer, row, target)
            self.select_row(target)

    def _emit_current(self) -> None:
        self.current_changed.emit(self.current_row())

    def _update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
