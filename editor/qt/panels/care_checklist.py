"""The CARE checklist view: each of the 13 items (and sub-items) with its status and where it is covered.

Double-click or Enter on an item shows the part of the report that covers it.
An item can be marked "not reported" with the author's reason; that is one
undoable edit of ``/care_notes/<item>`` (a ``CareNote``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.domain import CareNote
from editor.validation.care import COVERED, MISSING, NOT_REPORTED, PARTLY, care_status

from ..document import Document
from .base import Panel

NumberRole = Qt.ItemDataRole.UserRole
PointerRole = Qt.ItemDataRole.UserRole + 1
STATUS_COLOUR = {COVERED: "#1b7a2e", PARTLY: "#8a5a00", MISSING: "#b00020", NOT_REPORTED: "#555555"}
STATUS_MARK = {COVERED: "✔", PARTLY: "◐", MISSING: "✘", NOT_REPORTED: "–"}
REFRESH_MS = 250


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's current width, so no item is cut off."""

    PADDING = 6

    def __init__(self, tree: QTreeWidget):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if self.tree.header().sectionResizeMode(index.column()) == QHeaderView.ResizeMode.ResizeToContents:
            return hint  # a column as wide as its text never wraps
        width = self.tree.columnWidth(index.column()) - 2 * self.PADDING
        if index.column() == 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * depth
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if width <= 20 or not text:
            return hint
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        lines = bounds.height() // max(1, option.fontMetrics.lineSpacing())
        return QSize(hint.width(), hint.height() if lines <= 1 else max(hint.height(), bounds.height() + self.PADDING))


class CareChecklistPanel(Panel):
    title = "CARE checklist"
    pointers = ("/care_notes",)
    navigate_requested = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("care-checklist")
        self.tree.setAccessibleName("CARE checklist items")
        self.tree.setHeaderLabels(["Item", "Status", "Where it is covered, or why not"])
        # every item's whole text readable: wrapped, rows as tall as it needs, no "…"
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())  # rewrap at the new width
        self.tree.itemActivated.connect(lambda item, _col: self.go_to_item(item))
        self.tree.currentItemChanged.connect(self._current_changed)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText("Why this item is not reported (e.g. the patient declined)")
        self.mark = QPushButton("Mark &not reported", self)
        self.mark.clicked.connect(self.mark_current_not_reported)
        self.unmark = QPushButton("&Clear mark", self)
        self.unmark.clicked.connect(self.clear_current_mark)
        row = QHBoxLayout()
        reason_label = QLabel("&Reason:", self)
        reason_label.setBuddy(self.reason)
        row.addWidget(reason_label)
        row.addWidget(self.reason, 1)
        row.addWidget(self.mark)
        row.addWidget(self.unmark)
        layout = QVBoxLayout(self)
        heading = QLabel("<h3>CARE checklist</h3>", self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        document.changed.connect(lambda _change: self.timer.start())
        self.refresh()

    # --- showing the checklist -------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_number()
        self.tree.clear()
        statuses = care_status(self.document.report)
        for status in statuses:
            item = self._row(self.tree, status, f"{status.number}. {status.topic}")
            for part in status.parts:
                self._row(item, part, f"{part.number}. {part.description}")
            item.setExpanded(status.status != COVERED)
        counts = {key: sum(s.status == key for s in statuses) for key in STATUS_MARK}
        self.summary.setText(f"{counts[COVERED]} of 13 items covered, {counts[PARTLY]} partly, "
                             f"{counts[MISSING]} missing, {counts[NOT_REPORTED]} marked not reported. "
                             "Double-click an item to go to it.")
        if current:
            self.select(current)
        self._current_changed(self.tree.currentItem(), None)

    def _row(self, parent, status, label: str) -> QTreeWidgetItem:
        where = status.section if status.status == COVERED else status.reason
        item = QTreeWidgetItem(parent, [label, f"{STATUS_MARK[status.status]} {status.status_text}", where])
        item.setData(0, NumberRole, status.number)
        item.setData(0, PointerRole, status.pointer)
        item.setForeground(1, QBrush(QColor(STATUS_COLOUR[status.status])))
        item.setToolTip(0, status.description)
        item.setToolTip(2, f"{status.reason}\n{status.pointer or ''}".strip())
        return item

    def items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append(top)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def item_for(self, number: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(0, NumberRole) == number), None)

    def select(self, number: str) -> bool:
        item = self.item_for(number)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def current_number(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, NumberRole) if item is not None else None

    def focus_path(self, pointer: str) -> bool:
        """/care_notes/12 selects item 12."""
        number = pointer.rstrip("/").split("/")[-1] if pointer.startswith("/care_notes/") else None
        if number and self.select(number):
            self.tree.setFocus()
            return True
        return False

    # --- going to the place ---------------------------------------------------------
    def go_to_item(self, item: QTreeWidgetItem) -> None:
        pointer = item.data(0, PointerRole)
        if not pointer:
            return
        go_to = getattr(self.window(), "go_to", None)
        if callable(go_to):
            go_to(pointer)
        else:
            self.navigate_requested.emit(pointer)

    # --- not reported ------------------------------------------------------------------
    def _current_changed(self, item, _previous) -> None:
        note = self.document.report.care_notes.get(item.data(0, NumberRole)) if item is not None else None
        marked = isinstance(note, CareNote) and note.not_reported
        self.reason.setText(note.reason or "" if marked else "")
        self.mark.setEnabled(item is not None)
        self.unmark.setEnabled(bool(marked))

    def mark_not_reported(self, number: str, reason: str) -> bool:
        """Mark item ``number`` not reported, with ``reason`` (required); one undo step."""
        reason = reason.strip()
        if not reason:
            self.reason.setFocus()
            self.reason.setPlaceholderText("Give the reason first: journals ask why an item is not reported")
            return False
        old = self.document.report.care_notes.get(number)
        note = CareNote(location=old.location if isinstance(old, CareNote) else None, not_reported=True, reason=reason)
        changed = self.document.set_value(f"/care_notes/{number}", note, text=f"Mark CARE item {number} not reported")
        self.refresh()
        return changed

    def clear_mark(self, number: str) -> bool:
        if number not in self.document.report.care_notes:
            return False
        self.document.set_value(f"/care_notes/{number}", None, text=f"Clear CARE item {number} mark")
        self.refresh()
        return True

    def mark_current_not_reported(self) -> bool:
        number = self.current_number()
        return number is not None and self.mark_not_reported(number, self.reason.text())

    def clear_current_mark(self) -> bool:
        number = self.current_number()
        return number is not None and self.clear_mark(number)
