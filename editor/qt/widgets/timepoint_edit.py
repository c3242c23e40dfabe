"""A one-line editor for a ``TimePoint``: "2016-03", "6 months", "1 year after course-2" or free words.

Typing is parsed as the person writes; what cannot be read as a date or an
offset is kept as the report's own words (``text``), never refused.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QWidget

from editor.domain.quantity import PARTIAL_DATE, TimePoint, TimeUnit

_OFFSET = re.compile(
    r"^(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>days?|d|weeks?|wk|months?|mo|years?|y|yr)"
    r"(?:\s+after\s+(?P<anchor>[\w:.\-]+))?$",
    re.IGNORECASE,
)
_UNITS = {"d": "day", "wk": "week", "mo": "month", "y": "year", "yr": "year"}


def parse_time_point(text: str) -> TimePoint | None:
    """The time point a person typed; None for an empty field."""
    text = text.strip()
    if not text:
        return None
    if PARTIAL_DATE.match(text):
        return TimePoint(date=text)
    match = _OFFSET.match(text)
    if match:
        unit = match["unit"].lower()
        unit = _UNITS.get(unit, unit.rstrip("s"))
        value = float(match["value"])
        return TimePoint(offset=int(value) if value.is_integer() else value, unit=TimeUnit(unit),
                         anchor=match["anchor"] or None)
    return TimePoint(text=text)


def show_time_point(time: TimePoint | None) -> str:
    """The text that ``parse_time_point`` reads back as the same time point."""
    if time is None:
        return ""
    if time.date:
        return time.date
    if time.offset is not None and time.unit is not None:
        value = int(time.offset) if float(time.offset).is_integer() else time.offset
        unit = time.unit.value + ("" if value == 1 else "s")
        return f"{value} {unit}" + (f" after {time.anchor}" if time.anchor and time.anchor != "presentation" else "")
    return time.text or ""


class TimePointEdit(QLineEdit):
    """Bind with ``binder.bind_line(edit, field, parse=parse_time_point, show=show_time_point)``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("2016-03, 6 months, 1 year after course-2, or words")
        self.setToolTip("A date (YYYY, YYYY-MM, YYYY-MM-DD), a time after presentation "
                        "(\"6 months\") or after another item (\"2 weeks after course-1\"), "
                        "or the report's own words")
