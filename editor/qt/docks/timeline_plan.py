"""Where each course, outcome and adverse event sits in time, as days on one axis (no Qt here).

A partial date covers its whole period: "2021-07" runs from 1 July to 1 August,
so a course given "2021-07" to "2021-07" is a month long. An offset is placed
from its anchor (presentation, or another item's own time, as
``validation.timeorder.anchor_times`` gives it): a week is 7 days, a month
30.44, a year 365.25. Items counted from presentation share an axis with dated
items only when presentation itself has no date to give; the frame that places
more items wins and the rest are listed as not placed, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Mapping

from editor.domain.quantity import TimePoint
from editor.validation.timeorder import anchor_times

CALENDAR, PRESENTATION = "calendar", "presentation"
DAYS_PER = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}
_MAX_CHAIN = 16


@dataclass(frozen=True)
class Span:
    """A time as a stretch of days: ``frame`` says what day 0 is (calendar ordinal or presentation)."""

    frame: str
    start: float
    end: float


@dataclass(frozen=True)
class Bar:
    pointer: str
    label: str
    lane: str
    start: float
    end: float
    open_end: bool  # the end is not stated: drawn as a dashed tail


@dataclass(frozen=True)
class Marker:
    pointer: str
    label: str
    lane: str  # "Outcomes" or "Adverse events"
    day: float


@dataclass
class TimelinePlan:
    frame: str = CALENDAR
    bars: list[Bar] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    not_placed: list[tuple[str, str, str]] = field(default_factory=list)  # pointer, label, reason

    @property
    def is_empty(self) -> bool:
        return not self.bars and not self.markers


def date_span(text: str) -> tuple[float, float]:
    """A partial date as [first day, day after the last) in calendar ordinals."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1).toordinal(), date(parts[0] + 1, 1, 1).toordinal()
    if len(parts) == 2:
        year, month = parts
        after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return date(year, month, 1).toordinal(), after.toordinal()
    day = date(*parts).toordinal()
    return day, day + 1


def resolve(tp: TimePoint | None, anchors: Mapping[str, TimePoint]) -> Span | str:
    """The span of ``tp``, or the reason it cannot be placed (words for a clinician)."""
    shift = 0.0
    current = tp
    for _ in range(_MAX_CHAIN):
        if current is None or current.is_empty:
            return "no date"
        if current.date:
            start, end = date_span(current.date)
            return Span(CALENDAR, start + shift, end + shift)
        if current.offset is None or current.unit is None:
            return f"no date (“{current.text}”)" if current.text else "no date"
        shift += float(current.offset) * DAYS_PER[current.unit.value]
        anchor = current.anchor or "presentation"
        if anchor == "presentation":
            return Span(PRESENTATION, shift, shift)
        if anchor not in anchors:
            return f"counted from {anchor}, which has no date"
        current = anchors[anchor]
    return "its time is counted in a circle of items"


def plan(report) -> TimelinePlan:
    """Bars for courses (by line of therapy) and markers for outcomes and adverse events."""
    anchors = anchor_times(report)
    candidates: list[tuple] = []  # (kind, pointer, (label, lane), start span, end span or reason)
    not_placed: list[tuple[str, str, str]] = []

    for i, course in enumerate(report.treatment_courses):
        pointer, label = f"/treatment_courses/{i}", course_label(course)
        start = resolve(course.start, anchors)
        if isinstance(start, str):
            not_placed.append((pointer, label, start))
            continue
        end = resolve(course.end, anchors) if course.end is not None else "no end"
        candidates.append(("course", pointer, (label, lane_of(course)), start, end))
    for list_name, lane, describe in (("outcomes", "Outcomes", outcome_label),
                                      ("adverse_events", "Adverse events", event_label)):
        for i, item in enumerate(getattr(report, list_name)):
            pointer, label = f"/{list_name}/{i}", describe(item)
            span = resolve(item.time, anchors)
            if isinstance(span, str):
                not_placed.append((pointer, label, span))
            else:
                candidates.append(("marker", pointer, (label, lane), span, None))

    frames = [c[3].frame for c in candidates]
    frame = PRESENTATION if frames.count(PRESENTATION) > frames.count(CALENDAR) else CALENDAR
    result = TimelinePlan(frame=frame)
    for kind, pointer, (label, lane), span, end in candidates:
        if span.frame != frame:
            reason = ("counted from presentation, which has no date" if span.frame == PRESENTATION
                      else "a calendar date, while the others count from presentation")
            not_placed.append((pointer, label, reason))
        elif kind == "marker":
            result.markers.append(Marker(pointer, label, lane, (span.start + span.end) / 2))
        else:
            closed = isinstance(end, Span) and end.frame == frame
            stop = max(end.end, span.end) if closed else span.end
            result.bars.append(Bar(pointer, label, lane, span.start, stop, open_end=not closed))
    result.not_placed = not_placed
    return result


def lane_of(course) -> str:
    return f"Line {course.line}" if course.line else "No line stated"


def lane_order(lane: str) -> tuple[int, int, str]:
    """Lines of therapy in order, then courses without a line, then outcomes and adverse events."""
    if lane.startswith("Line "):
        return (0, int(lane[5:]), lane)
    return ({"No line stated": 1, "Outcomes": 2, "Adverse events": 3}.get(lane, 4), 0, lane)


def course_label(course) -> str:
    """Agent and dose: "rituximab 500 mg"."""
    parts = [course.agent or "(no agent)"]
    if course.dose is not None and course.dose.display():
        parts.append(course.dose.display())
    return " ".join(parts)


def outcome_label(outcome) -> str:
    kind = outcome.kind.value.replace("_", " ") if outcome.kind else "outcome"
    if kind == "other" and outcome.description:
        return _short(outcome.description)
    return kind


def event_label(event) -> str:
    grade = f" (grade {event.grade})" if event.grade else ""
    return _short(event.description or "adverse event") + grade


def _short(text: str, limit: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
