"""One wording for a time point, used by the exports, the GUI, validation and the timeline.

"2021-03", "at presentation", "2 weeks after rituximab 500 mg, line 5", or the
report's own words. With the report at hand the anchor is named by its item
(a course by agent, dose and line; an outcome by its kind); without it, by its
id, which is also what a person types in a time field ("1 year after course-2").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .numbers import format_number

if TYPE_CHECKING:  # the models import this module; only the type checker needs them here
    from .quantity import TimePoint
    from .report import CaseReport

PRESENTATION = "presentation"
_NAME_WORDS = 6  # a description names its item by its first few words


def describe(time: TimePoint | None, report: CaseReport | None = None) -> str:
    """A time as a reader says it; "" when nothing is known."""
    if time is None:
        return ""
    if time.date:
        return time.date
    if time.offset is not None and time.unit is not None:
        return offset_words(time.offset, time.unit.value, anchor_name(time.anchor, report))
    return time.text or ""


def offset_words(offset, unit: str, anchor: str) -> str:
    """``2, "week", "presentation"`` -> "2 weeks after presentation"; a zero offset is "at presentation"."""
    if offset == 0:
        return f"at {anchor}"
    return f"{format_number(offset)} {unit}{'' if offset == 1 else 's'} after {anchor}"


def anchor_name(anchor: str | None, report: CaseReport | None = None) -> str:
    """How the item a time counts from is named: its label in words, or its id when it cannot be found."""
    if anchor in (None, "", PRESENTATION):
        return PRESENTATION
    found = report.find(anchor) if report is not None else None
    if found is None:
        return anchor
    return item_name(found[2]) or anchor


def item_name(item: Any) -> str:
    """A course by its label, an outcome by its kind, anything else by its label, name or description."""
    label = getattr(item, "label", None)
    if callable(label):
        return label()  # a treatment course: "rituximab 500 mg, line 5"
    kind = getattr(item, "kind", None)
    kind = str(getattr(kind, "value", kind) or "").replace("_", " ")
    if kind and kind != "other":
        return kind  # an outcome: "complete remission"
    for name in ("label", "name", "description"):
        text = getattr(item, name, None)
        if isinstance(text, str) and text.strip():
            return _first_words(text)
    return ""


def _first_words(text: str) -> str:
    """The start of a long description: its first sentence, at most a few words."""
    first = text.split(". ")[0].rstrip(".").split()
    return " ".join(first[:_NAME_WORDS]) + ("…" if len(first) > _NAME_WORDS else "")
