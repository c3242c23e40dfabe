"""A searchable list of the report's references, to cite one or several at the cursor."""

from __future__ import annotations

import re

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

RefIdRole = Qt.ItemDataRole.UserRole + 1


def describe_reference(ref, number: int | None = None) -> str:
    """"17. Pescovitz MD et al. (2006) Resolution of recurrent FSGS… [ref-17]": what a person searches by.

    ``number`` is the reference's number in the preview's list; without one it is marked "uncited".
    """
    authors = ref.first_author() or "(no author)"
    if len(ref.authors) > 1 or ref.et_al:
        authors += " et al."
    year = f" ({ref.year})" if ref.year else ""
    place = f"{number}." if number else "uncited ·"
    return f"{place} {authors}{year} {ref.title or '(no title)'} [{ref.id}]"


class CitationPicker(QDialog):
    def __init__(self, references: list, parent: QWidget | None = None, numbers: dict[str, int] | None = None):
        super().__init__(parent)
        self.setWindowTitle("Insert citation")
        self.resize(760, 480)
        self.model = QStandardItemModel(self)
        numbers = numbers or {}
        for ref in references:
            item = QStandardItem(describe_reference(ref, numbers.get(ref.id)))
            item.setData(ref.id, RefIdRole)
            item.setToolTip(ref.raw or describe_reference(ref))
            item.setEditable(False)
            self.model.appendRow(item)
        self.filter = QSortFilterProxyModel(self)
        self.filter.setSourceModel(self.model)
        self.filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("author, title words or year")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        label = QLabel("&Search references:", self)
        label.setBuddy(self.search)
        self.list = QListView(self)
        self.list.setModel(self.filter)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)  # a long title wraps instead of running off the right edge
        self.list.setAlternatingRowColors(True)
        self.list.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Cite")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(QLabel("Ctrl+click to cite several at once; Enter cites.", self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.search.setFocus()
        self._select_first()

    def _filter(self, text: str) -> None:
        # every word must appear somewhere: "cattran 2004" finds Cattran's 2004 paper
        words = [w for w in text.split() if w]
        pattern = "".join(f"(?=.*{re.escape(w)})" for w in words)
        self.filter.setFilterRegularExpression(pattern)
        self._select_first()

    def _select_first(self) -> None:
        if self.filter.rowCount() and not self.list.selectionModel().hasSelection():
            self.list.setCurrentIndex(self.filter.index(0, 0))

    def visible_ids(self) -> list[str]:
        return [self.filter.index(r, 0).data(RefIdRole) for r in range(self.filter.rowCount())]

    def chosen_ids(self) -> list[str]:
        rows = sorted(self.list.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(RefIdRole) for i in rows]


def citation_marker(ref_ids: list[str]) -> str:
    """["a", "b"] -> "[@a; @b]", the marker kept in the text."""
    return "[" + "; ".join(f"@{i}" for i in ref_ids) + "]"


def insert_marker(document, field, pointer: str, ref_ids: list[str]) -> None:
    """Write the marker for ``ref_ids`` at ``field``'s cursor (one undo step) and put the cursor after it."""
    marker = citation_marker(ref_ids)
    text = document.get(pointer) or ""
    position = min(field.textCursor().position(), len(text))
    document.set_value(pointer, text[:position] + marker + text[position:], text="Insert citation")
    cursor = field.textCursor()
    cursor.setPosition(position + len(marker))
    field.setTextCursor(cursor)
    field.setFocus()
