"""Errors of reading and writing report files, each a single line a person can act on."""

from __future__ import annotations

import json


class LoadError(Exception):
    """A report file that cannot be read; ``str()`` is one line naming the file and the fix.

    ``pointer`` is the JSON Pointer of the first bad field, ``line``/``column``
    the place of a JSON syntax error (1-based), when known.
    """

    def __init__(
        self,
        source: str,
        reason: str,
        *,
        pointer: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.pointer = pointer
        self.line = line
        self.column = column


class SaveError(Exception):
    """A report that could not be written; the file on disk is left as it was."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"{target}: {reason}")
        self.target = target
        self.reason = reason


# What a field expected, in words, by pydantic error type.
_EXPECTED = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list [...]",
    "dict_type": "an object {...}",
    "model_type": "an object {...}",
    "model_attributes_type": "an object {...}",
    "none_required": "null",
}
MAX_LISTED = 3  # problems spelled out in one message; the rest are counted


def describe_invalid(errors: list[dict], data: object) -> tuple[str, str]:
    """(first pointer, one-line reason) for pydantic ``errors`` on the raw ``data``.

    Errors are grouped by field, so the several tries of a union
    (``int | float``) read as one "expected a whole number or a number".
    """
    groups: dict[str, list[dict]] = {}
    for error in errors:
        groups.setdefault(_pointer(error["loc"], data), []).append(error)
    listed = [_describe_field(pointer, errs) for pointer, errs in list(groups.items())[:MAX_LISTED]]
    reason = "; ".join(listed)
    if len(groups) > MAX_LISTED:
        reason += f" (and {len(groups) - MAX_LISTED} more wrong values)"
    return next(iter(groups)), reason


def _pointer(loc: tuple, data: object) -> str:
    """RFC 6901 pointer of the part of ``data`` that ``loc`` reaches.

    pydantic's ``loc`` may end in union member tags ("int", "float"), which are
    not in the document; walking the data drops them.
    """
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(node, dict) and isinstance(key, str) and key in node:
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            node = node[key]
        else:
            break
        parts.append(str(key).replace("~", "~0").replace("/", "~1"))
    return "".join("/" + p for p in parts)


def _describe_field(pointer: str, errors: list[dict]) -> str:
    where = pointer or "the whole report"
    got = _show(errors[0].get("input"))
    for error in errors:
        if error["type"] == "value_error":
            return f"{where}: {error['ctx']['error']} (got {got})"
    phrases: list[str] = []
    for error in errors:
        if error["type"] == "enum":
            phrase = f"one of {error['ctx']['expected']}"
        else:
            phrase = _EXPECTED.get(error["type"], error["msg"].removeprefix("Input should be ").lower())
        if phrase not in phrases:
            phrases.append(phrase)
    if "a number" in phrases and "a whole number" in phrases:
        phrases.remove("a whole number")
    return f"{where}: expected {' or '.join(phrases)}, got {got}"


def _show(value: object, limit: int = 40) -> str:
    """A short JSON rendering of a bad value (long text is cut, it may be narrative)."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
