"""Keywords as an editable list: type one and press Enter to add it; edit, remove or reorder in the list."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ..document import Document
from ..models.report_tables import KeywordTableModel
from .list_editor import ListEditor


class KeywordListEditor(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText("Type a keyword and press Enter (CARE asks for 2 to 5)")
        self.entry.setAccessibleName("New keyword")
        self.model = KeywordTableModel(document, self)
        self.list = ListEditor(self.model, self._typed_keyword, "keyword", self)
        self.list.table.horizontalHeader().hide()
        self.list.table.verticalHeader().hide()
        self.list.table.setMinimumHeight(110)
        self.list.table.setMaximumHeight(150)
        self.entry.returnPressed.connect(self.list.add)
        top = QHBoxLayout()
        top.addWidget(self.entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setFocusProxy(self.entry)

    def _typed_keyword(self) -> str | None:
        keyword = self.entry.text().strip()
        if not keyword:
            self.entry.setFocus()
            return None
        self.entry.clear()
        return keyword
