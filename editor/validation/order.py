"""Document order of JSON Pointers: the order a reader meets the fields in the editor."""

from __future__ import annotations

import types
import typing
from functools import lru_cache

from pydantic import BaseModel

from ..domain.report import CaseReport

_LAST = 10_000  # unknown (extra) fields sort after the known ones


def order_key(pointer: str) -> tuple:
    """A sort key: model field order for names, numeric order for list indices."""
    parts = pointer.strip("/").split("/") if pointer.strip("/") else []
    shape = tuple("#" if p.isdigit() else p for p in parts)
    positions = _positions(shape)
    return tuple(int(p) if p.isdigit() else pos for p, pos in zip(parts, positions))


@lru_cache(maxsize=4096)
def _positions(shape: tuple[str, ...]) -> tuple[int, ...]:
    out: list[int] = []
    model: type | None = CaseReport
    for part in shape:
        if part == "#":
            out.append(0)
            continue
        fields = list(model.model_fields) if _is_model(model) else []
        out.append(fields.index(part) if part in fields else _LAST)
        model = _inner_model(model.model_fields[part].annotation) if part in fields else None
    return tuple(out)


def _is_model(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _inner_model(annotation: object) -> type | None:
    """The model inside ``X | None``, ``list[X]`` or ``dict[str, X]``, if any."""
    if _is_model(annotation):
        return annotation  # type: ignore[return-value]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, dict):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None
