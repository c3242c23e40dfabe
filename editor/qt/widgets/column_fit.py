"""Column widths that suit a table beside a form: one main column takes the room that is left.

``fit_columns(view, main, widths)`` gives each other column its width (in
average characters, so it follows the font) and, whenever the table is
resized, gives the main column (a course's agent, a reference's title) what
remains, never less than ``minimum`` pixels: below that the table scrolls
sideways rather than squeezing the column people read. The person can still
drag any column wider.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, main: int, widths: dict[int, int], minimum: int):
        super().__init__(view)
        self.view, self.main, self.minimum = view, main, minimum
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = view.fontMetrics().averageCharWidth()
        padding = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_HeaderMargin) + 6
        for column, chars in widths.items():
            header.resizeSection(column, chars * char + padding)
        view.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.main and not header.isSectionHidden(c))
        header.resizeSection(self.main, max(self.minimum, self.view.viewport().width() - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def fit_columns(view: QTableView, main: int, widths: dict[int, int], minimum: int = 160) -> ColumnFitter:
    """``widths`` maps column -> width in average characters; ``main`` takes the rest."""
    return ColumnFitter(view, main, widths, minimum)
