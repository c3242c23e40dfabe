"""The tables of an export as rows of strings: courses, outcomes, adverse events, tests, timeline.

A table with no rows is None, so the export leaves it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.domain.derived import cumulative_dose
from editor.domain.numbers import format_number
from editor.domain.offsets import anchor_times, reckon
from editor.domain.quantity import TimePoint
from editor.domain.report import CaseReport
from editor.domain.timepoints import PRESENTATION, describe
from editor.domain.treatment import TreatmentCourse


@dataclass
class Table:
    key: str  # stable id for anchors: "treatment", "outcomes", ...
    caption: str
    header: list[str]
    rows: list[list[str]]  # cells may hold citation markers


def amount(quantity) -> str:
    """A quantity as read aloud: time units in the plural ("6 months", "21 years")."""
    if quantity is None:
        return ""
    text = quantity.display()
    if quantity.unit in ("day", "week", "month", "year") and quantity.value != 1:
        text += "s"
    return text


def words(value) -> str:
    """An enum value as words: "complete_remission" -> "complete remission"."""
    if value is None:
        return ""
    text = getattr(value, "value", value)
    return str(text).replace("_", " ")


def course_cumulative(course: TreatmentCourse) -> str:
    """The computed cumulative dose; the reported one only when it cannot be computed."""
    derived = cumulative_dose(course)
    if derived is not None:
        return derived.display()
    return course.cumulative_dose.display() if course.cumulative_dose else ""


def _course_names(report: CaseReport, ids: list[str]) -> str:
    names = []
    for course_id in ids:
        course = report.course(course_id)
        names.append(course.label() if course else course_id)
    return "; ".join(names)


def treatment_table(report: CaseReport) -> Table | None:
    rows = []
    for c in report.treatment_courses:
        rows.append([
            c.agent or "",
            words(c.route),
            c.dose.display() if c.dose else "",
            c.frequency.display() if c.frequency else "",
            str(c.number_of_doses) if c.number_of_doses is not None else "",
            describe(c.start, report),
            describe(c.end, report),
            course_cumulative(c),
        ])
    if not rows:
        return None
    header = ["Agent", "Route", "Dose", "Frequency", "Doses", "Start", "End", "Cumulative dose"]
    return Table("treatment", "Treatment courses", header, rows)


def outcome_table(report: CaseReport) -> Table | None:
    rows = [
        [
            words(o.kind),
            describe(o.time, report),
            amount(o.duration),
            _course_names(report, o.course_ids),
            o.description or "",
        ]
        for o in report.outcomes
    ]
    if not rows:
        return None
    return Table("outcomes", "Outcomes", ["Outcome", "Time", "Duration", "Attributed to", "Description"], rows)


def adverse_event_table(report: CaseReport) -> Table | None:
    rows = []
    for ae in report.adverse_events:
        resolved = "" if ae.resolved is None else ("yes" if ae.resolved else "no")
        rows.append([
            ae.description or "",
            _course_names(report, ae.course_ids),
            str(ae.grade) if ae.grade is not None else "",
            describe(ae.time, report),
            ae.action_taken or "",
            resolved,
        ])
    if not rows:
        return None
    header = ["Adverse event", "Attributed to", "CTCAE grade", "Time", "Action taken", "Resolved"]
    return Table("adverse-events", "Adverse events", header, rows)


def investigation_table(report: CaseReport) -> Table | None:
    rows = []
    for inv in report.investigations:
        value = "" if inv.value is None else _value(inv.value)
        rows.append([
            inv.name or "",
            f"{value} {inv.unit or ''}".strip(),
            inv.reference_range or "",
            describe(inv.time, report),
            inv.note or "",
        ])
    if not rows:
        return None
    header = ["Investigation", "Result", "Reference range", "Time", "Note"]
    return Table("investigations", "Investigations", header, rows)


def _value(value) -> str:
    return format_number(value) if isinstance(value, (int, float)) else str(value)


def timeline_table(report: CaseReport) -> Table | None:
    """Dated items and free timeline events, in time order where it can be computed."""
    events: list[tuple[TimePoint | None, str]] = []
    for dx in report.diagnoses:
        if dx.time and dx.label:
            events.append((dx.time, f"Diagnosis: {dx.label}"))
    for c in report.treatment_courses:
        if c.start:
            events.append((c.start, f"Start of {c.label()}"))
        if c.end:
            events.append((c.end, f"End of {c.label()}"))
    for o in report.outcomes:
        if o.time and (o.kind or o.description):
            events.append((o.time, words(o.kind).capitalize() or o.description or ""))
    for ae in report.adverse_events:
        if ae.time and ae.description:
            events.append((ae.time, f"Adverse event: {ae.description}"))
    for ev in report.timeline:
        if ev.description:
            events.append((ev.time, ev.description))
    if not events:
        return None
    anchors = anchor_times(report)
    ordered = sorted(enumerate(events), key=lambda item: _time_key(item[1][0], item[0], anchors))
    rows = [[describe(t, report), text] for _, (t, text) in ordered]
    return Table("timeline", "Events in time order", ["Time", "Event"], rows)


def _time_key(time: TimePoint | None, index: int, anchors) -> tuple:
    """Calendar dates first in date order, then times counted from presentation, then the rest as written."""
    if time is not None and time.date:
        return (0, time.date, index)
    reckoning = reckon(time, anchors)
    if reckoning is not None and reckoning.anchor == PRESENTATION:
        return (1, reckoning.approximate_days(), index)
    return (2, 0, index)
