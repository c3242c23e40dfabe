"""Sets of fields named by pointer patterns, for rules checked one field (or one item) at a time.

``FieldSet(["abstract/background", "treatment_courses/*/response"])`` names
those fields; ``values(report)`` yields ``(pointer, value)`` for each one that
holds a value, and ``values(report, within=parts)`` only those under (or
containing) the edited path, so re-validation touches just the edited field.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator

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
    if isinstance(obj, BaseModel):
        return obj.__dict__.get(key)  # declared fields only, as the patterns name them
    if isinstance(obj, list):
        return obj[int(key)] if key.isdigit() and int(key) < len(obj) else None
    if isinstance(obj, dict):
        return obj.get(key)
    return None


def _children(obj: Any) -> Iterable[tuple[Any, Any]]:
    if isinstance(obj, list):
        return enumerate(obj)
    if isinstance(obj, dict):
        return obj.items()
    return ()


_pass: dict | None = None  # walks shared by the rules of one validation pass (the report does not change)


@contextmanager
def one_pass(seed: dict | None = None) -> Iterator[dict]:
    """Within this block, rules walking the same fields of the same report share one walk.

    ``seed`` holds values known from the last pass that the edit cannot have changed; the
    block yields the pass's values, for the caller to keep some for the next pass.
    """
    global _pass
    outer = _pass
    if _pass is None:
        _pass = dict(seed) if seed else {}
    try:
        yield _pass
    finally:
        _pass = outer


def in_pass(key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()`` once per validation pass for ``key`` (rules sharing a context share it); every time outside."""
    if _pass is None:
        return compute()
    if key not in _pass:
        _pass[key] = compute()
    return _pass[key]


class FieldSet:
    """The fields a per-field rule checks; patterns never nest (none is a prefix of another)."""

    def __init__(self, patterns: Iterable[str], keep: Callable[[Any], bool] | None = None) -> None:
        """``keep`` may skip values that surely give no finding, before their pointers are built."""
        self.keep = keep
        self._trie: Trie | None = None
        self.patterns: tuple[Parts, ...] = tuple(dict.fromkeys(split(p) for p in patterns))
        for a in self.patterns:
            for b in self.patterns:
                if a != b and len(a) < len(b) and overlap(a, b):
                    raise ValueError(f"field patterns {'/'.join(a)!r} and {'/'.join(b)!r} nest")

    def __repr__(self) -> str:
        return f"FieldSet({['/'.join(p) for p in self.patterns]!r})"

    def values(self, report: Any, within: Parts = ()) -> list[tuple[str, Any]]:
        """(pointer, value) of each field holding a value, restricted to those meeting ``within``."""
        memo_key = (id(self), id(report), within)
        if _pass is not None and memo_key in _pass:
            return _pass[memo_key]
        if self._trie is None:
            self._trie = _trie(self.patterns)
        out: list[tuple[str, Any]] = []
        _walk(report, self._trie, [], within, self.keep, out)
        if _pass is not None:
            _pass[memo_key] = out
        return out

    def units(self, within: Parts) -> list[tuple[str, bool]]:
        """What an edit at ``within`` renews: (pointer, exact) with ``exact`` for one field, else a prefix."""
        out = []
        for pattern in self.patterns:
            if overlap(pattern, within):
                k = min(len(pattern), len(within))
                out.append(("".join("/" + p for p in within[:k]), k == len(pattern)))
        return out


Trie = dict  # part -> Trie of what follows, or None where a pattern ends


def _trie(patterns: Iterable[Parts]) -> Trie:
    root: Trie = {}
    for pattern in patterns:
        node = root
        for part in pattern[:-1]:
            node = node.setdefault(part, {})
        if pattern:
            node[pattern[-1]] = None
    return root


def _walk(obj: Any, node: Trie, parts: list, within: Parts, keep, out: list) -> None:
    """Append (pointer, value) for each pattern end under ``node``; ``parts`` is the path so far."""
    depth = len(parts)
    fixed = within[depth] if depth < len(within) else None
    for part, sub in node.items():
        if fixed is not None:
            if part != "*" and part != fixed:
                continue
            pairs: Iterable[tuple[Any, Any]] = ((fixed, _child(obj, fixed)),)
        elif part == "*":
            if sub is not None and depth + 1 >= len(within) and all(v is None for v in sub.values()):
                _leaves(obj, tuple(sub), "".join(f"/{p}" for p in parts), keep, out)
                continue
            pairs = _children(obj)
        else:
            pairs = ((part, obj.__dict__.get(part) if isinstance(obj, BaseModel) else _child(obj, part)),)
        for key, child in pairs:
            if child is None:
                continue
            if sub is None:
                if keep is None or keep(child):
                    out.append(("".join(f"/{p}" for p in parts) + f"/{key}", child))
            else:
                parts.append(key)
                _walk(child, sub, parts, within, keep, out)
                parts.pop()


def _leaves(items: Any, names: tuple[str, ...], pointer: str, keep, out: list) -> None:
    """The common case ``list/*/field`` inline: one loop over the items, no call per item."""
    for key, item in _children(items):
        values = item.__dict__ if isinstance(item, BaseModel) else None
        for name in names:
            value = values.get(name) if values is not None else _child(item, name)
            if value is not None and (keep is None or keep(value)):
                out.append((f"{pointer}/{key}/{name}", value))
