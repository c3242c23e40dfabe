"""Operations: the only way a document changes.

Each function applies one change to the report and returns a ``Change`` that
records it; ``change.inverse()`` gives the change that undoes it, and
``change.apply(report)`` re-applies. The Qt layer wraps changes in undo
commands; the CLI and tests call the same functions.

Paths are JSON Pointers into the report (``/treatment_courses/3/dose/unit``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from .report import CaseReport


class OperationError(ValueError):
    """A change that cannot be made: the path is wrong or the value has the wrong type."""


def split_pointer(pointer: str) -> list[str]:
    if pointer in ("", "/"):
        return []
    if not pointer.startswith("/"):
        raise OperationError(f"not a JSON Pointer: {pointer!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def join_pointer(parts: list[str | int]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def get_at(report: Any, pointer: str) -> Any:
    """The value at a pointer, or None where the path runs through a missing part."""
    obj = report
    for part in split_pointer(pointer):
        if obj is None:
            return None
        obj = _child(obj, part)
    return obj


def _child(obj: Any, part: str) -> Any:
    if isinstance(obj, list):
        if not part.isdigit() or int(part) >= len(obj):
            raise OperationError(f"no item {part!r} in a list of {len(obj)}")
        return obj[int(part)]
    if isinstance(obj, dict):
        return obj.get(part)
    if isinstance(obj, BaseModel):
        if part in type(obj).model_fields:
            return getattr(obj, part)
        return (obj.model_extra or {}).get(part)
    raise OperationError(f"cannot go into {type(obj).__name__} with {part!r}")


def _assign(parent: Any, part: str, value: Any) -> None:
    if isinstance(parent, list):
        parent[int(part)] = value
    elif isinstance(parent, dict):
        if value is None:
            parent.pop(part, None)
        else:
            parent[part] = value
    elif isinstance(parent, BaseModel):
        if value is None and part not in type(parent).model_fields:
            (parent.model_extra or {}).pop(part, None)  # an extra field set to nothing is gone, not null
            return
        try:
            type(parent).__pydantic_validator__.validate_assignment(parent, part, value)
        except Exception as exc:  # pydantic's ValidationError, re-raised in plain words
            raise OperationError(f"{part}: {exc}") from exc
    else:
        raise OperationError(f"cannot set {part!r} on {type(parent).__name__}")


def _field_model(parent: Any, part: str) -> type[BaseModel] | None:
    """The model class a missing field of ``parent`` would hold, to create it on demand."""
    if not isinstance(parent, BaseModel):
        return None
    info = type(parent).model_fields.get(part)
    if info is None:
        return None
    for candidate in getattr(info.annotation, "__args__", (info.annotation,)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


class Change:
    label: str = ""

    def apply(self, report: CaseReport) -> None:
        raise NotImplementedError

    def inverse(self) -> "Change":
        raise NotImplementedError

    def paths(self) -> list[str]:
        """Pointers this change touched, for views to refresh."""
        raise NotImplementedError


@dataclass
class SetValue(Change):
    path: str
    old: Any
    new: Any
    label: str = ""

    def apply(self, report: CaseReport) -> None:
        parts = split_pointer(self.path)
        parent = get_at(report, join_pointer(parts[:-1]))
        _assign(parent, parts[-1], self.new)

    def inverse(self) -> "SetValue":
        return SetValue(self.path, self.new, self.old, self.label)

    def paths(self) -> list[str]:
        return [self.path]


@dataclass
class InsertItem(Change):
    list_path: str
    index: int
    item: Any
    label: str = ""

    def apply(self, report: CaseReport) -> None:
        get_at(report, self.list_path).insert(self.index, self.item)

    def inverse(self) -> "RemoveItem":
        return RemoveItem(self.list_path, self.index, self.item, self.label)

    def paths(self) -> list[str]:
        return [self.list_path]


@dataclass
class RemoveItem(Change):
    list_path: str
    index: int
    item: Any
    label: str = ""

    def apply(self, report: CaseReport) -> None:
        del get_at(report, self.list_path)[self.index]

    def inverse(self) -> InsertItem:
        return InsertItem(self.list_path, self.index, self.item, self.label)

    def paths(self) -> list[str]:
        return [self.list_path]


@dataclass
class MoveItem(Change):
    list_path: str
    source: int
    target: int
    label: str = ""

    def apply(self, report: CaseReport) -> None:
        items = get_at(report, self.list_path)
        items.insert(self.target, items.pop(self.source))

    def inverse(self) -> "MoveItem":
        return MoveItem(self.list_path, self.target, self.source, self.label)

    def paths(self) -> list[str]:
        return [self.list_path]


@dataclass
class Batch(Change):
    """Several changes made as one step (one undo)."""

    changes: list[Change] = field(default_factory=list)
    label: str = ""

    def apply(self, report: CaseReport) -> None:
        for change in self.changes:
            change.apply(report)

    def inverse(self) -> "Batch":
        return Batch([c.inverse() for c in reversed(self.changes)], self.label)

    def paths(self) -> list[str]:
        return [p for c in self.changes for p in c.paths()]


def plan_set_value(report: CaseReport, *, path: str, value: Any, label: str = "") -> SetValue:
    """The change that would set ``path`` to ``value``, checked but not applied.

    When ``/treatment_courses/0/dose/unit`` is set on a course without a dose,
    the change is the whole new ``dose``, so its inverse gives back ``None``.
    Raises OperationError when the path is wrong or the value has the wrong type.
    """
    parts = split_pointer(path)
    if not parts:
        raise OperationError("cannot replace the whole report")
    obj: Any = report
    for depth, part in enumerate(parts[:-1]):
        child = _child(obj, part)
        if child is None:
            model = _field_model(obj, part)
            if model is None:
                raise OperationError(f"nothing at {join_pointer(parts[: depth + 1])}")
            fresh = model()
            set_value(fresh, path=join_pointer(parts[depth + 1 :]), value=value)
            return SetValue(join_pointer(parts[: depth + 1]), None, fresh, label)
        obj = child
    name = parts[-1]
    if isinstance(obj, list):
        return SetValue(path, obj[int(name)], value, label)
    old = _child(obj, name)
    if isinstance(obj, BaseModel) and name in type(obj).model_fields:
        scratch = obj.model_copy()
        _assign(scratch, name, value)  # validates and coerces ("oral" -> Route.ORAL)
        value = getattr(scratch, name)
    return SetValue(path, old, value, label)


def set_value(report: CaseReport, *, path: str, value: Any, label: str = "") -> SetValue:
    """Set the field at ``path`` (see ``plan_set_value``) and return the change."""
    change = plan_set_value(report, path=path, value=value, label=label)
    change.apply(report)
    return change


def insert_item(report: CaseReport, *, list_path: str, index: int | None = None, item: Any, label: str = "") -> InsertItem:
    items = get_at(report, list_path)
    if not isinstance(items, list):
        raise OperationError(f"{list_path} is not a list")
    change = InsertItem(list_path, len(items) if index is None else index, item, label)
    change.apply(report)
    return change


def remove_item(report: CaseReport, *, list_path: str, index: int, label: str = "") -> RemoveItem:
    items = get_at(report, list_path)
    change = RemoveItem(list_path, index, items[index], label)
    change.apply(report)
    return change


def move_item(report: CaseReport, *, list_path: str, source: int, target: int, label: str = "") -> MoveItem:
    items = get_at(report, list_path)
    if not (0 <= source < len(items) and 0 <= target < len(items)):
        raise OperationError(f"cannot move item {source} to {target} in {list_path}")
    change = MoveItem(list_path, source, target, label)
    change.apply(report)
    return change
