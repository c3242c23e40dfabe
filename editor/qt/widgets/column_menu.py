"""Show or hide a table's columns from a menu on its header, remembered per table in the settings.

``install_column_menu(view, "courses", main=1)``: right-clicking the header
offers every column with a tick; the main column (a course's agent, a
reference's title) stays ticked and greyed, so the table always says what each
row is. Columns are remembered by title, so a column added in a later version
shows by default.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from ..settings import Settings


class ColumnMenu(QObject):
    def __init__(self, view: QTableView, table: str, main: int, after: Callable[[], None] | None = None):
        super().__init__(view)
        self.view, self.table, self.main, self.after = view, table, main, after
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._open)
        hidden = Settings().hidden_columns(table)
        for column in range(header.count()):
            header.setSectionHidden(column, column != main and self.title(column) in hidden)
        if after is not None:
            after()

    def title(self, column: int) -> str:
        return str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")

    def menu(self) -> QMenu:
        """The checkable list of columns, as the header's context menu shows it."""
        menu = QMenu(self.view)
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            action = QAction(self.title(column), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            if column == self.main:
                action.setEnabled(False)
                action.setToolTip("This column names each row, so it is always shown")
            action.toggled.connect(lambda shown, c=column: self.set_shown(c, shown))
            menu.addAction(action)
        menu.addSeparator()
        show_all = menu.addAction("Show all columns")
        show_all.triggered.connect(self.show_all)
        return menu

    def _open(self, pos: QPoint) -> None:
        self.menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    def set_shown(self, column: int, shown: bool) -> None:
        if column == self.main:
            return
        header = self.view.horizontalHeader()
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < 30:
            header.resizeSection(column, header.defaultSectionSize())
        self._save()

    def show_all(self) -> None:
        for column in range(self.view.horizontalHeader().count()):
            self.set_shown(column, True)

    def _save(self) -> None:
        header = self.view.horizontalHeader()
        Settings().set_hidden_columns(self.table, {self.title(c) for c in range(header.count())
                                                   if header.isSectionHidden(c)})
        if self.after is not None:
            self.after()


def install_column_menu(view: QTableView, table: str, main: int,
                        after: Callable[[], None] | None = None) -> ColumnMenu:
    """``after()`` runs when a column is shown or hidden (for example to give the main column the room)."""
    return ColumnMenu(view, table, main, after)
