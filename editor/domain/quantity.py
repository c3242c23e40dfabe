"""Quantities (a number or a range, with a unit code) and time points."""

from __future__ import annotations

import re
from datetime import date as _calendar_date

from pydantic import field_validator

from .base import DocModel, Number, StrEnum
from .numbers import format_number
from .timepoints import describe

PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class Quantity(DocModel):
    """A value (or a ``low``-``high`` range) with a unit code from ``units.py``."""

    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None

    @property
    def is_range(self) -> bool:
        return self.value is None and (self.low is not None or self.high is not None)

    def display(self) -> str:
        if self.value is not None:
            number = format_number(self.value)
        elif self.is_range:
            number = f"{_fmt(self.low)}–{_fmt(self.high)}"
        else:
            return ""
        return f"{number} {self.unit}".strip() if self.unit else number


def _fmt(number: Number | None) -> str:
    """A bound of a range: "?" when the report leaves it out."""
    return "?" if number is None else format_number(number)


class TimeUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class TimePoint(DocModel):
    """When something happened.

    Either a partial calendar ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)
    or an ``offset`` of ``unit`` from an ``anchor`` (``"presentation"`` or another
    item's id). ``text`` keeps the wording of the report ("after one year").
    """

    date: str | None = None
    offset: Number | None = None
    unit: TimeUnit | None = None
    anchor: str | None = None
    text: str | None = None

    @field_validator("date")
    @classmethod
    def _partial_date(cls, value: str | None) -> str | None:
        if value is not None and not PARTIAL_DATE.match(value):
            raise ValueError("a date is written YYYY, YYYY-MM or YYYY-MM-DD")
        if value is not None and len(value) == 10:
            try:
                _calendar_date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{value} is not in the calendar (no such day in that month)") from None
        return value

    @property
    def is_empty(self) -> bool:
        return self.date is None and self.offset is None and not self.text

    def display(self) -> str:
        """The time in words, its anchor named by id ("1 year after course-2"); see ``timepoints.describe``."""
        return describe(self)
