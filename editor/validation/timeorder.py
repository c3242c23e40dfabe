"""Which of two time points comes first, when that can be known.

Partial dates compare at their common precision: 2018 is before 2019-05, but
2019 and 2019-05 cannot be ordered. Offsets compare when they count from the
same anchor (after following anchors that are themselves offsets): days and
weeks convert exactly, months and years among themselves; a mix of the two
compares only when the difference keeps its sign for any month of 28 to 31 days.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Mapping

from ..domain.quantity import TimePoint

BEFORE, SAME, AFTER = -1, 0, 1
_DAYS = {"day": 1, "week": 7}
_MONTHS = {"month": 1, "year": 12}
_MAX_CHAIN = 16  # anchors followed before giving up (guards against cycles)


def compare_dates(a: str, b: str) -> int | None:
    """-1, 0 or 1 for two partial dates, or None when their common precision cannot tell."""
    a_parts, b_parts = a.split("-"), b.split("-")
    for x, y in zip(a_parts, b_parts):
        if x != y:
            return BEFORE if int(x) < int(y) else AFTER
    return SAME if len(a_parts) == len(b_parts) else None


def _exact(number):
    return Fraction(repr(number)) if isinstance(number, float) else number


def _offset(tp: TimePoint, anchors: Mapping[str, TimePoint]) -> tuple[str, Fraction, Fraction] | None:
    """(final anchor, days, months) of an offset, following anchors that are offsets themselves."""
    days, months = 0, 0  # ints stay ints; floats become exact fractions
    current = tp
    for _ in range(_MAX_CHAIN):
        if current.offset is None or current.unit is None:
            return None
        unit = current.unit.value
        if unit in _DAYS:
            days += _exact(current.offset) * _DAYS[unit]
        else:
            months += _exact(current.offset) * _MONTHS[unit]
        anchor = current.anchor or "presentation"
        parent = anchors.get(anchor) if anchor != "presentation" else None
        if parent is None or parent.date is not None or parent.offset is None:
            return anchor, days, months
        current = parent
    return None


def compare(a: TimePoint | None, b: TimePoint | None, anchors: Mapping[str, TimePoint] | None = None) -> int | None:
    """-1 when ``a`` is surely before ``b``, 1 when surely after, 0 when the same, None when unknown.

    ``anchors`` maps item ids to their time points (see ``anchor_times``), so
    "2 weeks after course-3" can be compared with times counted from presentation.
    """
    if a is None or b is None:
        return None
    if a.date and b.date:
        return compare_dates(a.date, b.date)
    if a.date or b.date:
        return None
    if anchors is None:
        anchors = {}
    oa, ob = _offset(a, anchors), _offset(b, anchors)
    if oa is None or ob is None or oa[0] != ob[0]:
        return None
    days, months = oa[1] - ob[1], oa[2] - ob[2]
    # the difference in days lies between these bounds, a month being 28 to 31 days
    low = days + months * (28 if months > 0 else 31)
    high = days + months * (31 if months > 0 else 28)
    if low > 0:
        return AFTER
    if high < 0:
        return BEFORE
    return SAME if low == high == 0 else None


def anchor_times(report) -> "AnchorTimes":
    """Each item's own time by id (a course's start, any other item's time), built on first use."""
    return AnchorTimes(report)


class AnchorTimes(Mapping):
    """A lazy id -> time point map: most reports count everything from presentation and never need it."""

    def __init__(self, report) -> None:
        self._report = report
        self._times: dict[str, TimePoint] | None = None

    def _build(self) -> dict[str, TimePoint]:
        if self._times is None:
            times: dict[str, TimePoint] = {}
            for course in self._report.treatment_courses:
                if course.id and course.start is not None:
                    times[course.id] = course.start
            for name in ("diagnoses", "investigations", "outcomes", "adverse_events", "timeline"):
                for item in getattr(self._report, name):
                    if item.id and item.time is not None:
                        times[item.id] = item.time
            self._times = times
        return self._times

    def __getitem__(self, key: str) -> TimePoint:
        return self._build()[key]

    def __iter__(self):
        return iter(self._build())

    def __len__(self) -> int:
        return len(self._build())


def snapshot(tp: TimePoint | None) -> tuple | None:
    """A time point's values as they stand (edits change time points in place)."""
    return None if tp is None else (tp.date, tp.offset, tp.unit, tp.anchor)


class TimeContext:
    """What comparing some time points needs besides the points: the anchors they count from.

    Two contexts are equal when those anchors (followed along their chains)
    have the same times, so an edit elsewhere leaves the comparisons valid.
    """

    def __init__(self, report, points) -> None:
        self.anchors = anchor_times(report)
        chain: dict[str, tuple | None] = {}
        for tp in points:
            anchor = tp.anchor if tp is not None else None
            for _ in range(_MAX_CHAIN):
                if not anchor or anchor == "presentation" or anchor in chain:
                    break
                parent = self.anchors.get(anchor)
                chain[anchor] = snapshot(parent)
                anchor = parent.anchor if parent is not None else None
        self.chain = chain

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimeContext) and self.chain == other.chain

    __hash__ = None  # type: ignore[assignment]
