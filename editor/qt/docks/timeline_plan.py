"""Where each course, outcome, adverse event and timeline event sits in time, as days on one axis (no Qt here).

A partial date covers its whole period: "2021-07" runs from 1 July to 1 August,
so a course given "2021-07" to "2021-07" is a month long. An offset is placed
from its anchor (presentation, or another item's own time, as
``domain.offsets.anchor_times`` gives it): a week is 7 days, a month
``DAYS_PER_MONTH`` (30.4375), a year 12 months. When the report dates presentation (found the way the
de-identification rule finds it), offsets from presentation go on the calendar
axis. Otherwise the frame that places more items wins and the rest are listed
as not placed, with the reason. When some course cannot be placed, every
course is also listed in ``order_only``, by line of therapy, so the sequence of
lines stays visible without a scale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Mapping

from editor.domain.derived import CITATION
from editor.domain.offsets import anchor_times, presentation_date, reckon
from editor.domain.quantity import TimePoint
from editor.domain.timepoints import anchor_name

CALENDAR, PRESENTATION = "calendar", "presentation"


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
    lane: str  # "Outcomes", "Adverse events" or "Events"
    day: float


@dataclass(frozen=True)
class OrderedCourse:
    """A course in the order-only strip; ``reason`` says why it is not drawn to scale ("" when it also is)."""

    pointer: str
    label: str
    lane: str
    reason: str


@dataclass
class TimelinePlan:
    frame: str = CALENDAR
    bars: list[Bar] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    not_placed: list[tuple[str, str, str]] = field(default_factory=list)  # pointer, label, reason (not courses)
    order_only: list[OrderedCourse] = field(default_factory=list)  # by line of therapy, then document order
    presentation: date | None = None  # the day of presentation, when the report gives it

    @property
    def is_scaled_empty(self) -> bool:
        return not self.bars and not self.markers

    @property
    def is_empty(self) -> bool:
        return self.is_scaled_empty and not self.order_only


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


def resolve(tp: TimePoint | None, anchors: Mapping[str, TimePoint], presented: date | None = None,
            report=None) -> Span | str:
    """The span of ``tp``, or the reason it cannot be placed (words for a clinician).

    ``presented`` is the day of presentation when known: offsets from it then land on the calendar.
    With ``report``, a reason names the item counted from in words ("complete remission"), not by id.
    The chain of anchors is followed by ``domain.offsets.reckon``; months become days only here, to draw.
    """
    if tp is not None and tp.date:
        return Span(CALENDAR, *date_span(tp.date))
    reckoning = reckon(tp, anchors)
    if reckoning is None:
        return _undated(tp)
    if reckoning.circular:
        return "its time is counted in a circle of items"
    shift = reckoning.approximate_days()
    if reckoning.anchor == PRESENTATION:
        if presented is not None:
            day = presented.toordinal() + shift
            return Span(CALENDAR, day, day + 1)
        return Span(PRESENTATION, shift, shift)
    base = reckoning.base
    if base is None:
        return f"counted from {anchor_name(reckoning.anchor, report)}, which has no date"
    if base.date:
        start, end = date_span(base.date)
        return Span(CALENDAR, start + shift, end + shift)
    return _undated(base)


def _undated(tp: TimePoint | None) -> str:
    """Why a time that is neither a date nor an offset cannot be drawn."""
    if tp is None or tp.is_empty or not tp.text:
        return "no date"
    return f"no date (“{tp.text}”)"


def plan(report) -> TimelinePlan:
    """Bars for courses (by line of therapy), markers for outcomes, adverse events and timeline events."""
    anchors = anchor_times(report)
    presented = presentation_date(report)
    candidates: list[tuple] = []  # (kind, pointer, (label, lane), start span, course end or marker's listed label)
    not_placed: list[tuple[str, str, str]] = []
    courses: dict[str, OrderedCourse] = {}

    for i, course in enumerate(report.treatment_courses):
        pointer, label = f"/treatment_courses/{i}", course_label(course)
        start = resolve(course.start, anchors, presented, report)
        courses[pointer] = OrderedCourse(pointer, label, lane_of(course), start if isinstance(start, str) else "")
        if isinstance(start, str):
            continue
        end = resolve(course.end, anchors, presented, report) if course.end is not None else "no end"
        candidates.append(("course", pointer, (label, lane_of(course)), start, end))
    for list_name, lane, describe in (("outcomes", "Outcomes", outcome_label),
                                      ("adverse_events", "Adverse events", event_label),
                                      ("timeline", "Events", timeline_event_label)):
        for i, item in enumerate(getattr(report, list_name)):
            pointer, label = f"/{list_name}/{i}", describe(item)
            # in the not-placed list an outcome also names its course, so four "no response" differ
            listed = attributed(item, label, report) if list_name == "outcomes" else label
            span = resolve(item.time, anchors, presented, report)
            if isinstance(span, str):
                not_placed.append((pointer, listed, span))
            else:
                candidates.append(("marker", pointer, (label, lane), span, listed))

    frames = [c[3].frame for c in candidates]
    frame = PRESENTATION if frames.count(PRESENTATION) > frames.count(CALENDAR) else CALENDAR
    result = TimelinePlan(frame=frame, presentation=presented if frame == CALENDAR else None)
    for kind, pointer, (label, lane), span, end in candidates:
        if span.frame != frame:
            reason = ("counted from presentation, which has no date" if span.frame == PRESENTATION
                      else "a calendar date, while the others count from presentation")
            if kind == "course":
                courses[pointer] = OrderedCourse(pointer, label, lane, reason)
            else:
                not_placed.append((pointer, end, reason))  # a marker's "end" is its label for the list
        elif kind == "marker":
            result.markers.append(Marker(pointer, label, lane, (span.start + span.end) / 2))
        else:
            closed = isinstance(end, Span) and end.frame == frame
            stop = max(end.end, span.end) if closed else span.end
            result.bars.append(Bar(pointer, label, lane, span.start, stop, open_end=not closed))
    result.not_placed = not_placed
    if any(course.reason for course in courses.values()):
        result.order_only = sorted(courses.values(), key=lambda c: (lane_order(c.lane), _index(c.pointer)))
    return result


def _index(pointer: str) -> int:
    return int(pointer.rsplit("/", 1)[1])


def lane_of(course) -> str:
    return f"Line {course.line}" if course.line else "No line stated"


def lane_order(lane: str) -> tuple[int, int, str]:
    """Lines of therapy in order, then courses without a line, then outcomes and adverse events."""
    if lane.startswith("Line "):
        return (0, int(lane[5:]), lane)
    return ({"No line stated": 1, "Outcomes": 2, "Adverse events": 3, "Events": 4}.get(lane, 5), 0, lane)


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


def attributed(outcome, label: str, report) -> str:
    """An outcome's label with the course it is attributed to: "no response: prednisolone"."""
    course = report.course(outcome.course_ids[0]) if outcome.course_ids else None
    return f"{label}: {course.agent}" if course is not None and course.agent else label


def event_label(event) -> str:
    grade = f" (grade {event.grade})" if event.grade else ""
    return _short(event.description or "adverse event") + grade


def timeline_event_label(event) -> str:
    """The event's words without citation markers: "First visit: nephrotic syndrome; kidney biopsy."."""
    text = CITATION.sub("", event.description or "").replace(" .", ".")
    return _short(text, 90) if text.strip() else "event"  # the chart elides it to the room it has


def _short(text: str, limit: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
