"""One generic table model over a list in the document; subclasses only name columns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from editor.domain.operations import Batch, Change, InsertItem, MoveItem, OperationError, RemoveItem, SetValue

from ..document import Document

ItemRole = Qt.ItemDataRole.UserRole + 1  # data(index, ItemRole) gives the domain object


@dataclass
class Column:
    """A column: its title, how to show an item, and (if editable) the field it edits.

    ``field`` is a pointer relative to the item ("/dose/unit"); ``parse`` turns
    typed text into the value to store (raise ValueError to refuse it).
    """

    title: str
    display: Callable[[Any], Any]
    field: str | None = None
    parse: Callable[[str], Any] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    alignment: Qt.AlignmentFlag | None = None
    edit: Callable[[Any], Any] | None = None  # the text an editor starts from, when not the raw field


class ListTableModel(QAbstractTableModel):
    """Rows are the items of the list at ``list_pointer`` (e.g. "/treatment_courses")."""

    list_pointer: str = ""
    columns: list[Column] = []

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.last_error: str | None = None
        self._structural = False
        document.about_to_change.connect(self._before_change)
        document.changed.connect(self._after_change)

    # --- reading -----------------------------------------------------------
    def items(self) -> list:
        return self.document.get(self.list_pointer) or []

    def item(self, row: int) -> Any:
        return self.items()[row]

    def item_pointer(self, row: int) -> str:
        return f"{self.list_pointer}/{row}"

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.items())):
            return None
        item = self.item(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(item)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            value = self._edit_value(item, column)
            return "" if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment)
        if role == ItemRole:
            return item
        return None

    def _edit_value(self, item: Any, column: Column) -> Any:
        if column.edit is not None:
            return column.edit(item)
        if column.field is None:
            return column.display(item)
        if not column.field.strip("/"):
            return item  # the column edits the item itself (a keyword in a list of strings)
        value = item
        for part in column.field.strip("/").split("/"):
            value = getattr(value, part, None) if value is not None else None
        if hasattr(value, "value") and not isinstance(value, (int, float, str)):
            value = value.value  # enums edit as their text
        return value

    # --- editing -----------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].field is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.field is None or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            if column.parse is not None:
                value = column.parse(value)
            elif isinstance(value, str):
                value = value.strip() or None
            self.document.set_value(self.item_pointer(index.row()) + column.field, value,
                                    text=f"Edit {column.title.lower()}")
        except (ValueError, OperationError) as exc:
            self.last_error = f"{column.title}: {exc}"
            return False
        self.last_error = None
        return True

    # --- following the document ---------------------------------------------
    def _touches_rows(self, change: Change) -> bool:
        """Whether a change alters which rows exist (insert, remove, move, or the whole list)."""
        if isinstance(change, Batch):
            return any(self._touches_rows(c) for c in change.changes)
        if isinstance(change, (InsertItem, RemoveItem, MoveItem)):
            return change.list_path == self.list_pointer
        if isinstance(change, SetValue):
            return self.list_pointer.startswith(change.path)
        return False

    def _before_change(self, change: Change) -> None:
        self._structural = self._touches_rows(change)
        if not self._structural:
            return
        if isinstance(change, InsertItem):
            self.beginInsertRows(QModelIndex(), change.index, change.index)
        elif isinstance(change, RemoveItem):
            self.beginRemoveRows(QModelIndex(), change.index, change.index)
        elif isinstance(change, MoveItem) and change.source != change.target:
            target = change.target + 1 if change.target > change.source else change.target
            self.beginMoveRows(QModelIndex(), change.source, change.source, QModelIndex(), target)
        else:
            self.beginResetModel()

    def _after_change(self, change: Change) -> None:
        if self._structural:
            self._structural = False
            if isinstance(change, InsertItem):
                self.endInsertRows()
            elif isinstance(change, RemoveItem):
                self.endRemoveRows()
            elif isinstance(change, MoveItem) and change.source != change.target:
                self.endMoveRows()
            else:
                self.endResetModel()
            return
        for path in change.paths():
            self._refresh_row_of(path)

    def _refresh_row_of(self, path: str) -> None:
        prefix = self.list_pointer + "/"
        if not path.startswith(prefix):
            return
        row_text = path[len(prefix):].split("/", 1)[0]
        if row_text.isdigit() and int(row_text) < self.rowCount():
            row = int(row_text)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
