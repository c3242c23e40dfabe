"""Sets of fields named by pointer patterns, for rules checked one field (or one item) at a time.

``FieldSet(["abstract/background", "treatment_courses/*/response"])`` names
those fields; ``values(report)`` yields ``(pointer, value)`` for each one that
holds a value, and ``values(report, within=parts)`` only those under (or
containing) the edited path, so re-validation touches just the edited field.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from pydantic import BaseModel

Parts = tuple[str, ...]


def split(pattern: str) -> Parts:
    pattern = pattern.strip("/")
    return tuple(pattern.split("/")) if pattern else ()


def overlap(pattern: Parts, changed: Parts) -> bool:
    """Whether one is a prefix of the other, ``*`` in ``pattern`` matching any single part."""
    for want, got in zip(pattern, changed):
        if want != "*" and want != got:
            return False
    return True


def _child(obj: Any, key: str) -> Any:
    if isinstance(obj, list):
        return obj[int(key)] if key.isdigit() and int(key) < len(obj) else None
    if isinstance(obj, dict):
        return obj.get(key)
    if isinstance(obj, BaseModel):
        return obj.__dict__.get(key)  # declared fields only, as the patterns name them
    return None


def _children(obj: Any) -> Iterable[tuple[str, Any]]:
    if isinstance(obj, list):
        return ((str(i), v) for i, v in enumerate(obj))
    if isinstance(obj, dict):
        return ((str(k), v) for k, v in obj.items())
    return ()


class FieldSet:
    """The fields a per-field rule checks; patterns never nest (none is a prefix of another)."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns: tuple[Parts, ...] = tuple(dict.fromkeys(split(p) for p in patterns))
        for a in self.patterns:
            for b in self.patterns:
                if a != b and len(a) < len(b) and overlap(a, b):
                    raise ValueError(f"field patterns {'/'.join(a)!r} and {'/'.join(b)!r} nest")

    def __repr__(self) -> str:
        return f"FieldSet({['/'.join(p) for p in self.patterns]!r})"

    def values(self, report: Any, within: Parts = ()) -> Iterator[tuple[str, Any]]:
        """(pointer, value) of each field holding a value, restricted to those meeting ``within``."""
        for pattern in self.patterns:
            if overlap(pattern, within):
                yield from _expand(report, pattern, within, 0, "")

    def units(self, within: Parts) -> list[tuple[str, bool]]:
        """What an edit at ``within`` renews: (pointer, exact) with ``exact`` for one field, else a prefix."""
        out = []
        for pattern in self.patterns:
            if overlap(pattern, within):
                k = min(len(pattern), len(within))
                out.append(("".join("/" + p for p in within[:k]), k == len(pattern)))
        return out


def _expand(obj: Any, pattern: Parts, within: Parts, depth: int, pointer: str) -> Iterator[tuple[str, Any]]:
    if depth == len(pattern):
        if obj is not None:
            yield pointer, obj
        return
    part = pattern[depth]
    if depth < len(within):
        pairs: Iterable[tuple[str, Any]] = ((within[depth], _child(obj, within[depth])),)
    elif part == "*":
        pairs = _children(obj)
    else:
        pairs = ((part, _child(obj, part)),)
    for key, child in pairs:
        if child is not None:
            yield from _expand(child, pattern, within, depth + 1, f"{pointer}/{key}")
