"""One open case report: the report, its file, its undo stack and change signals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from editor.domain import CaseReport
from editor.domain import operations as ops
from editor.domain.operations import Change

from .undo import ChangeCommand


class Document(QObject):
    """Every edit goes through ``push`` (or the helpers below), so it is undoable.

    Signals carry the domain ``Change``: ``about_to_change`` before it is applied
    (item models call beginInsertRows & co. there) and ``changed`` after.
    """

    about_to_change = Signal(object)
    changed = Signal(object)
    path_changed = Signal(object)
    modified_changed = Signal(bool)

    def __init__(self, report: CaseReport | None = None, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.report = report if report is not None else CaseReport()
        self.path = Path(path) if path else None
        self.imported_from: str | None = None  # the source of an imported draft not yet saved
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    # --- state -----------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path:
            return self.path.name
        return f"Untitled (imported from {self.imported_from})" if self.imported_from else "Untitled"

    def mark_saved(self, path: Path) -> None:
        if self.path != path:
            self.path = Path(path)
            self.path_changed.emit(self.path)
        self.undo_stack.setClean()

    def get(self, pointer: str) -> Any:
        return ops.get_at(self.report, pointer)

    # --- editing -----------------------------------------------------------
    def apply_change(self, change: Change) -> None:
        """Apply a change with notifications; called by undo commands only."""
        self.about_to_change.emit(change)
        change.apply(self.report)
        self.changed.emit(change)

    def push(self, change: Change, text: str, merge_key: str | None = None) -> None:
        """Apply ``change`` as one undoable step (it must not be applied yet)."""
        self.undo_stack.push(ChangeCommand(self, change, text, merge_key))

    def set_value(self, pointer: str, value: Any, text: str | None = None, merge: bool = False) -> bool:
        """Set one field; returns False (and changes nothing) when the value is the same.

        ``merge=True`` joins consecutive edits of this field into one undo step.
        Raises ``OperationError`` for a wrong path or a value of the wrong type.
        """
        change = ops.plan_set_value(self.report, path=pointer, value=value)
        if change.old == change.new:
            return False
        self.push(change, text or f"Edit {describe(pointer)}", merge_key=pointer if merge else None)
        return True

    def insert_item(self, list_pointer: str, item: Any, index: int | None = None, text: str | None = None) -> int:
        items = self.get(list_pointer)
        index = len(items) if index is None else index
        self.push(ops.InsertItem(list_pointer, index, item), text or f"Add {describe(list_pointer, singular=True)}")
        return index

    def remove_item(self, list_pointer: str, index: int, text: str | None = None) -> None:
        item = self.get(list_pointer)[index]
        self.push(ops.RemoveItem(list_pointer, index, item), text or f"Delete {describe(list_pointer, singular=True)}")

    def move_item(self, list_pointer: str, source: int, target: int, text: str | None = None) -> None:
        items = self.get(list_pointer)
        if source == target or not (0 <= source < len(items) and 0 <= target < len(items)):
            return
        self.push(ops.MoveItem(list_pointer, source, target), text or f"Move {describe(list_pointer, singular=True)}")

    def push_applied(self, change: Change, text: str) -> None:
        """Record a change a domain function has already applied (e.g. a reference merge).

        It is rolled back silently and re-applied through the undo stack, so views
        get their usual notifications.
        """
        change.inverse().apply(self.report)
        self.push(change, text)

    def push_batch(self, changes: list[Change], text: str) -> None:
        """Several unapplied changes as one undo step (they are applied in order)."""
        if changes:
            self.push(ops.Batch(list(changes), text), text)


def describe(pointer: str, singular: bool = False) -> str:
    """A readable name for a pointer, for Edit ▸ Undo texts: /metadata/title -> "title"."""
    parts = [p for p in pointer.split("/") if p and not p.isdigit()]
    name = (parts[-1] if parts else "report").replace("_", " ")
    if singular:
        name = {"references": "reference", "authors": "author", "affiliations": "affiliation",
                "diagnoses": "diagnosis", "investigations": "investigation",
                "treatment courses": "treatment course", "outcomes": "outcome",
                "adverse events": "adverse event", "timeline": "timeline event",
                "keywords": "keyword"}.get(name, name)
    return name
