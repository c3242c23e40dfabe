"""The references table: Vancouver numbers by first citation, cached between edits."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from editor.domain import derived
from editor.domain.references import Reference

from ..document import Document
from .list_table import Column, ListTableModel

SortRole = Qt.ItemDataRole.UserRole + 2
UNCITED = "—"
UNCITED_COLOUR = QColor("#8a8a8a")
_NARRATIVE_TOPS = {p.split("/")[1] for p in derived.NARRATIVE_FIELDS}
_LIST_TEXTS = {"treatment_courses": ("response", "note"), "outcomes": ("description",), "timeline": ("description",)}


def identifiers(ref: Reference) -> str:
    parts = []
    if ref.doi:
        parts.append(f"doi:{ref.doi}")
    if ref.pmid:
        parts.append(f"PMID {ref.pmid}")
    return " · ".join(parts)


def may_move_citations(path: str) -> bool:
    """Whether a change at ``path`` can alter which references are cited, or in what order."""
    parts = path.split("/")[1:]
    if not parts or not parts[0]:
        return True
    top = parts[0]
    if top == "references" or top in _NARRATIVE_TOPS:
        return True
    if top in _LIST_TEXTS:
        return len(parts) <= 2 or parts[2] in _LIST_TEXTS[top]
    return False


class ReferenceTableModel(ListTableModel):
    """Rows in document order; ``numbers`` is recomputed only when a citation may have moved."""

    list_pointer = "/references"
    columns = [
        Column("No.", lambda r: ""),  # filled from the cached numbers in data()
        Column("First author", lambda r: r.first_author() + (" et al." if len(r.authors) > 1 or r.et_al else "")),
        Column("Title", lambda r: r.title, "/title", tooltip=lambda r: r.title),
        Column("Journal / book", lambda r: r.container, "/container"),
        Column("Year", lambda r: r.year, "/year", parse=lambda t: int(t) if str(t).strip() else None,
               alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column("DOI / PMID", identifiers),
    ]
    NUMBER, YEAR = 0, 4

    def items(self) -> list:
        """The list itself, without walking a pointer: data() runs tens of thousands of times per sort."""
        return getattr(self.document.report, self.list_pointer[1:])

    def __init__(self, document: Document, parent=None):
        super().__init__(document, parent)
        self.numbers: dict[str, int] = derived.reference_numbers(document.report)
        document.changed.connect(self._renumber)

    def number(self, row: int) -> int | None:
        return self.numbers.get(self.item(row).id)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == SortRole and index.column() == self.NUMBER:  # first: sorting asks this 20,000 times
            refs = self.document.report.references
            row = index.row()
            number = self.numbers.get(refs[row].id) if 0 <= row < len(refs) else None
            return number if number is not None else 1_000_000 + row
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        if column == self.NUMBER and role == Qt.ItemDataRole.DisplayRole:
            number = self.number(index.row())
            return UNCITED if number is None else str(number)
        if column == self.NUMBER and role == Qt.ItemDataRole.ToolTipRole:
            return None if self.number(index.row()) else "Not cited anywhere in the text"
        if role == Qt.ItemDataRole.ForegroundRole:
            return UNCITED_COLOUR if self.number(index.row()) is None else None
        if role == SortRole:
            if column == self.YEAR:
                return self.item(index.row()).year or 0
            return (super().data(index, Qt.ItemDataRole.DisplayRole) or "").lower()
        return super().data(index, role)

    def _renumber(self, change) -> None:
        if not any(may_move_citations(p) for p in change.paths()):
            return
        numbers = derived.reference_numbers(self.document.report)
        if numbers == self.numbers:
            return
        old, self.numbers = self.numbers, numbers
        changed = [row for row, ref in enumerate(self.items()) if old.get(ref.id) != numbers.get(ref.id)]
        for first, last in _runs(changed):  # only the renumbered rows: the proxy re-sorts just those
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, SortRole])


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class ReferenceFilterModel(QSortFilterProxyModel):
    """Sorted by number (cited first); the filter box matches any text column, whatever the case."""

    def __init__(self, source: ReferenceTableModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)
        self.sort(ReferenceTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
