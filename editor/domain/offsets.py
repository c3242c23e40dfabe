"""Where an anchored time lies: its offsets added up along the chain of anchors, exactly.

"2 weeks after course-3", where course-3 starts "1 month after presentation",
is 14 days and 1 month after presentation. Days and weeks add up exactly in
days; months and years stay calendar units (a year is 12 months), because a
month is 28 to 31 days. Ordering checks use the exact sums; only drawing turns
months into days, with one mean month (``DAYS_PER_MONTH``).
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Iterator, Mapping, NamedTuple, Union

from .timepoints import PRESENTATION

if TYPE_CHECKING:  # the models import the wording module beside this one; only the type checker needs them
    from .quantity import TimePoint

Exact = Union[int, Fraction]  # whole offsets stay ints (fast); a typed decimal becomes its exact fraction
MAX_CHAIN = 16  # anchors followed before giving up: a longer chain is taken for a circle
DAYS_PER_MONTH = Fraction(36525, 1200)  # 30.4375, a mean Gregorian month: for drawing to scale only
_DAYS = {"day": 1, "week": 7}
_MONTHS = {"month": 1, "year": 12}


class Reckoning(NamedTuple):
    """How far a time lies from where its counting starts (a tuple: made for every comparison, so cheap)."""

    anchor: str  # "presentation", or the id of the item the chain stops at
    days: Exact  # days and weeks
    months: Exact  # months and years
    base: TimePoint | None = None  # that item's own time when it is not an offset: a date, words, or None
    via: tuple[str, ...] = ()  # every item id followed, nearest first
    circular: bool = False  # the anchors lead back to themselves: no start can be known

    def approximate_days(self) -> float:
        """The distance in days, a month being ``DAYS_PER_MONTH``: for drawing, never for ordering."""
        return float(self.days + self.months * DAYS_PER_MONTH)


def reckon(time: TimePoint | None, anchors: Mapping[str, TimePoint]) -> Reckoning | None:
    """The offsets of ``time`` summed back to presentation or to the first anchor that is not an offset.

    None when ``time`` is not an offset at all (no time, a date, or words only).
    ``anchors`` maps item ids to their own times (see ``anchor_times``).
    """
    if not _is_offset(time):
        return None
    days: Exact = 0
    months: Exact = 0
    via: tuple[str, ...] = ()
    current = time
    anchor = PRESENTATION
    for _ in range(MAX_CHAIN):
        unit = current.unit.value
        if unit in _DAYS:
            days += _exact(current.offset) * _DAYS[unit]
        else:
            months += _exact(current.offset) * _MONTHS[unit]
        anchor = current.anchor or PRESENTATION
        if anchor == PRESENTATION:
            return Reckoning(PRESENTATION, days, months, None, via)
        via += (anchor,)
        parent = anchors.get(anchor)
        if not _is_offset(parent):
            return Reckoning(anchor, days, months, parent, via)
        current = parent
    return Reckoning(anchor, days, months, None, via, circular=True)


def _is_offset(time: TimePoint | None) -> bool:
    return time is not None and not time.date and time.offset is not None and time.unit is not None


def _exact(number) -> Exact:
    """What was typed, exactly: 1.5 is 3/2, not its binary float."""
    return Fraction(repr(number)) if isinstance(number, float) else number


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

    def __iter__(self) -> Iterator[str]:
        return iter(self._build())

    def __len__(self) -> int:
        return len(self._build())


def presentation_date(report) -> date | None:
    """The calendar day of presentation, when a timeline event dated to the day says it is the presentation."""
    for event in report.timeline:
        tp = event.time
        if tp is None or not tp.date or len(tp.date) != 10:
            continue
        label = f"{event.id or ''} {event.description or ''}".lower()
        if "presentation" in label or "first visit" in label or "admission" in label:
            return date.fromisoformat(tp.date)
    return None
