"""Unsorted text: what an import could not place, kept in the report's extra field ``unsorted``.

Each piece (``{"heading", "text", "reason"}``) is shown with where it came from
and why it was left, its text read-only but selectable. "Move to…" appends the
text to a narrative field and takes the piece off the list, in one undoable
step; "Discard" takes it off (undoable too). The field never reaches an export.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenu, QPlainTextEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from editor.domain import operations as ops
from editor.io.import_result import UNSORTED_FIELD

from ..document import Document
from .base import Panel
from .forms import heading

POINTER = f"/{UNSORTED_FIELD}"
# Where a piece can go: the report's running-text fields, as the navigator names them
DESTINATIONS: tuple[tuple[str, str], ...] = (
    ("Introduction", "/introduction"),
    ("Clinical findings", "/clinical_findings"),
    ("Discussion", "/discussion"),
    ("Patient perspective", "/patient_perspective"),
    ("Consent statement", "/consent/statement"),
    ("Abstract: background", "/abstract/background"),
    ("Abstract: case presentation", "/abstract/case_presentation"),
    ("Abstract: conclusion", "/abstract/conclusion"),
)
INTRO = ("Text the import could not place. It stays with the draft but is never exported: move each piece "
         "into its part of the report, or discard it. Both can be undone.")


def pieces_of(document: Document) -> list[dict[str, Any]]:
    """The unsorted pieces; a piece edited by hand into a plain string still shows."""
    value = document.get(POINTER)
    if not isinstance(value, list):
        return []
    return [p if isinstance(p, dict) else {"text": str(p)} for p in value]


class UnsortedTextPanel(Panel):
    section, title, pointers = "unsorted", "Unsorted text", (POINTER,)

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.cards: list[PieceCard] = []
        self.page = QWidget()
        self.page_layout = QVBoxLayout(self.page)
        self.page_layout.addWidget(heading(self.title, INTRO))
        self.empty = QLabel("Nothing unsorted: everything imported has its place in the report.")
        self.empty.setObjectName("nothing-unsorted")
        self.empty.setWordWrap(True)
        self.page_layout.addWidget(self.empty)
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(10)
        self.page_layout.addLayout(self.list_layout)
        self.page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.page)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        document.changed.connect(self._changed)
        self.rebuild()

    def _changed(self, change: ops.Change) -> None:
        if any(p == POINTER or p.startswith(POINTER + "/") for p in change.paths()):
            self.rebuild()

    def rebuild(self) -> None:
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.deleteLater()
        pieces = pieces_of(self.document)
        self.cards = [PieceCard(self, index, piece, len(pieces)) for index, piece in enumerate(pieces)]
        for card in self.cards:
            self.list_layout.addWidget(card)
        self.empty.setVisible(not pieces)

    # --- the two edits -------------------------------------------------------------------
    def move_piece(self, index: int, target: str) -> None:
        """Append piece ``index`` to the field at ``target`` and take it off the list: one undo step."""
        pieces = self.document.get(POINTER)
        text = pieces_of(self.document)[index].get("text") or ""
        before = self.document.get(target) or ""
        joined = f"{before.rstrip()}\n\n{text}" if before.strip() else text
        name = next(label for label, pointer in DESTINATIONS if pointer == target)
        changes = [ops.plan_set_value(self.document.report, path=target, value=joined),
                   ops.SetValue(POINTER, pieces, _without(pieces, index))]
        self.document.push(ops.Batch(changes), f"Move unsorted text to {name}")

    def discard_piece(self, index: int) -> None:
        pieces = self.document.get(POINTER)
        self.document.push(ops.SetValue(POINTER, pieces, _without(pieces, index)), "Discard unsorted text")

    def focus_path(self, pointer: str) -> bool:
        parts = pointer.removeprefix(POINTER).strip("/").split("/")
        index = int(parts[0]) if parts[0].isdigit() else 0
        if index >= len(self.cards):
            return False
        self.scroll.ensureWidgetVisible(self.cards[index])
        self.cards[index].text.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def _without(pieces: list, index: int) -> list | None:
    """A new list without piece ``index``; None (the field goes) when none is left."""
    rest = [p for i, p in enumerate(pieces) if i != index]
    return rest or None


class PieceCard(QFrame):
    """One piece: where it came from, why it was left, its text, and what to do with it."""

    def __init__(self, panel: UnsortedTextPanel, index: int, piece: dict[str, Any], count: int):
        super().__init__(panel.page)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"unsorted-piece-{index}")
        layout = QVBoxLayout(self)
        source = escape(str(piece.get('heading') or '(no heading)'), quote=False)
        origin = QLabel(f"<b>{index + 1} of {count} — from “{source}”</b>")
        reason = QLabel(f"Not placed because: {escape(str(piece.get('reason') or 'no reason given'), quote=False)}")
        reason.setWordWrap(True)
        reason.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(origin)
        layout.addWidget(reason)
        self.text = QPlainTextEdit(str(piece.get("text") or ""))
        self.text.setReadOnly(True)  # still selectable and copyable
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(f"Unsorted text {index + 1}")
        lines = min(max(_wrapped_lines(self.text.toPlainText()), 2), 8)  # short pieces whole, long ones scroll
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * lines + 16)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.move_button = QPushButton("&Move to…")
        self.move_button.setToolTip("Append this text to a part of the report and take it off this list")
        self.move_menu = QMenu(self.move_button)
        for label, pointer in DESTINATIONS:
            action = self.move_menu.addAction(label)
            action.setObjectName(pointer)
            action.triggered.connect(lambda _checked=False, p=pointer: panel.move_piece(index, p))
        self.move_button.setMenu(self.move_menu)
        self.discard_button = QPushButton("&Discard")
        self.discard_button.setToolTip("Take this text off the draft (Edit ▸ Undo brings it back)")
        self.discard_button.clicked.connect(lambda: panel.discard_piece(index))
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


def _wrapped_lines(text: str, width: int = 95) -> int:
    return sum(max(1, -(-len(block) // width)) for block in text.split("\n"))
