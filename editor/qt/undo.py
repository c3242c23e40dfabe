"""Undo commands: each wraps one domain ``Change`` and asks the document to apply it."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from editor.domain.operations import Change, SetValue

if TYPE_CHECKING:
    from .document import Document

TEXT_EDIT_ID = 1001  # commands with this id merge when they edit the same field in a row


class ChangeCommand(QUndoCommand):
    """One undoable step. ``merge_key`` set: consecutive edits of one field merge (typing)."""

    def __init__(self, document: "Document", change: Change, text: str, merge_key: str | None = None):
        super().__init__(text)
        # Weak: the document's QUndoStack owns this command in C++; a strong reference
        # back would make a cycle that Python's collector frees in the wrong order.
        self._document = weakref.ref(document)
        self.change = change
        self.merge_key = merge_key

    def redo(self) -> None:
        document = self._document()
        if document is not None:
            document.apply_change(self.change)

    def undo(self) -> None:
        document = self._document()
        if document is not None:
            document.apply_change(self.change.inverse())

    def id(self) -> int:  # noqa: A003 - Qt's name
        return TEXT_EDIT_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, ChangeCommand) or other.merge_key != self.merge_key:
            return False
        if not (isinstance(self.change, SetValue) and isinstance(other.change, SetValue)):
            return False
        if other.change.path != self.change.path:
            return False
        self.change = SetValue(self.change.path, self.change.old, other.change.new, self.change.label)
        return True
