"""Which of two time points comes first, when that can be known.

Partial dates compare at their common precision: 2018 is before 2019-05, but
2019 and 2019-05 cannot be ordered. Offsets compare when they count from the
same anchor (after following anchors that are themselves offsets): days and
weeks convert exactly, months and years among themselves; a mix of the two
compares only when the difference keeps its sign for any month of 28 to 31 days.
"""

from __future__ import annotations

from typing import Mapping

from ..domain.offsets import anchor_times, reckon
from ..domain.quantity import TimePoint

BEFORE, SAME, AFTER = -1, 0, 1


def compare_dates(a: str, b: str) -> int | None:
    """-1, 0 or 1 for two partial dates, or None when their common precision cannot tell."""
    a_parts, b_parts = a.split("-"), b.split("-")
    for x, y in zip(a_parts, b_parts):
        if x != y:
            return BEFORE if int(x) < int(y) else AFTER
    return SAME if len(a_parts) == len(b_parts) else None


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
    ra, rb = reckon(a, anchors), reckon(b, anchors)
    if ra is None or rb is None or ra.circular or rb.circular or ra.anchor != rb.anchor:
        return None
    days, months = ra.days - rb.days, ra.months - rb.months
    # the difference in days lies between these bounds, a month being 28 to 31 days
    low = days + months * (28 if months > 0 else 31)
    high = days + months * (31 if months > 0 else 28)
    if low > 0:
        return AFTER
    if high < 0:
        return BEFORE
    return SAME if low == high == 0 else None


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
            if tp is None or not tp.anchor or tp.anchor == "presentation":
                continue  # most times count from presentation: nothing to follow
            reckoning = reckon(tp, self.anchors)
            for anchor in reckoning.via if reckoning is not None else ():
                if anchor not in chain:
                    chain[anchor] = snapshot(self.anchors.get(anchor))
        self.chain = chain

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimeContext) and self.chain == other.chain

    __hash__ = None  # type: ignore[assignment]
