"""Time order: courses end after they start, nothing follows a death, outcomes follow their courses."""

from __future__ import annotations

from ...domain.timepoints import anchor_name, describe, offset_words
from ...domain.treatment import OutcomeKind
from ..finding import Severity
from ..registry import flag, rule
from ..fieldset import FieldSet
from ..timeorder import AFTER, BEFORE, TimeContext, anchor_times, compare, snapshot
from .ids import TIME_SCOPE, time_points

_OUTCOME_SCOPE = TIME_SCOPE + ["outcomes/*/kind", "outcomes/*/course_ids"]
_REMISSIONS = (OutcomeKind.COMPLETE_REMISSION, OutcomeKind.PARTIAL_REMISSION)
# what ``timepoints.item_name`` reads to name an anchor: a message is reworded when one of these changes
NAME_SCOPE = ["treatment_courses/*/agent", "treatment_courses/*/dose", "treatment_courses/*/line",
              "outcomes/*/kind", "outcomes/*/description", "diagnoses/*/label", "investigations/*/name",
              "adverse_events/*/description", "timeline/*/description"]


def _when(tp, names: dict[str, str]) -> str:
    """A time in words, its anchor named as ``names`` says ("2 weeks after rituximab 500 mg, line 5")."""
    if tp is None:
        return "?"
    if not tp.date and tp.offset is not None and tp.unit is not None and tp.anchor in names:
        return offset_words(tp.offset, tp.unit.value, names[tp.anchor])
    return describe(tp)


def _anchor_names(report, times: TimeContext) -> dict[str, str]:
    """Each item the compared times count from, named in words (a missing one keeps its id)."""
    return {anchor: anchor_name(anchor, report) for anchor in times.chain}


def _course_times(report) -> tuple[TimeContext, dict[str, str]]:
    times = TimeContext(report, (tp for c in report.treatment_courses for tp in (c.start, c.end)))
    return times, _anchor_names(report, times)


@rule(id="time.course-ends-before-start", severity=Severity.ERROR, title="A treatment course ends before it starts",
      fields=FieldSet(["treatment_courses/*"]), context=_course_times, scope=TIME_SCOPE + NAME_SCOPE)
def course_ends_before_start(path, course, context):
    """A course's end cannot come before its start.

    Bad: start 2019-06, end 2019-02.
    Good: start 2019-02, end 2019-06 (or an end left empty while the course continues).
    """
    times, names = context
    if course.start is None or course.end is None:
        return
    if compare(course.end, course.start, times.anchors) == BEFORE:
        yield flag(f"{path}/end",
                   f"{course.label()} ends ({_when(course.end, names)}) before it starts "
                   f"({_when(course.start, names)}).",
                   "Check the start and end of the course; one of them is probably mistyped.")


@rule(id="time.after-death", severity=Severity.WARNING, title="Something happens after the patient's death",
      scope=_OUTCOME_SCOPE + NAME_SCOPE)
def after_death(report):
    """Nothing but an autopsy can follow death.

    Bad: death in 2020-03, then a treatment course starting 2020-05.
    Good: the course started 2019-11, before the death in 2020-03.
    """
    deaths = [o for o in report.outcomes if o.kind == OutcomeKind.DEATH and o.time is not None]
    if not deaths:
        return
    anchors = anchor_times(report)
    for death in deaths:
        for path, tp in time_points(report):
            if tp is None or tp is death.time:
                continue
            if compare(tp, death.time, anchors) == AFTER:
                yield flag(path, f"This is dated {describe(tp, report)}, after the patient's death "
                                 f"({describe(death.time, report)}).",
                           "Check the date of this item and of the death.")


def _outcome_times(report) -> tuple[TimeContext, dict, dict[str, str]]:
    """The anchors of outcome times and course starts (and their names), each course's agent and start."""
    courses = {c.id: (c.agent, snapshot(c.start), c.start) for c in report.treatment_courses}
    points = [o.time for o in report.outcomes] + [c.start for c in report.treatment_courses]
    times = TimeContext(report, points)
    return times, courses, _anchor_names(report, times)


@rule(id="time.outcome-before-course", severity=Severity.WARNING,
      title="An outcome is attributed to a course that started after it", fields=FieldSet(["outcomes/*"]),
      context=_outcome_times, scope=[*TIME_SCOPE, *NAME_SCOPE])
def outcome_before_course(path, outcome, context):
    """A course can only cause outcomes that come after its start.

    Bad: remission in 2018-04 attributed to rituximab started 2018-09.
    Good: remission in 2019-09 attributed to rituximab started 2018-09.
    """
    times, courses, names = context
    if outcome.time is None:
        return
    for course_id in outcome.course_ids:
        agent, _, start = courses.get(course_id, (None, None, None))
        if start is None:
            continue
        if compare(outcome.time, start, times.anchors) == BEFORE:
            yield flag(f"{path}/time",
                       f"This outcome ({_when(outcome.time, names)}) comes before the {agent or 'unnamed'} course "
                       f"it is attributed to started ({_when(start, names)}).",
                       "Correct the outcome's time or the course's start, or attribute the outcome to another course.")


@rule(id="time.relapse-without-remission", severity=Severity.WARNING, title="A relapse has no earlier remission",
      scope=_OUTCOME_SCOPE + ["outcomes/*/description"])
def relapse_without_remission(report):
    """A relapse follows a remission (complete or partial) recorded earlier.

    Bad: a relapse outcome, and no remission in the outcomes.
    Good: complete remission after rituximab, then a relapse one year later.
    """
    anchors = anchor_times(report)
    remissions = [(i, o) for i, o in enumerate(report.outcomes) if o.kind in _REMISSIONS]
    for i, outcome in enumerate(report.outcomes):
        if outcome.kind != OutcomeKind.RELAPSE:
            continue
        if not any(_earlier(j, rem, i, outcome, anchors) for j, rem in remissions):
            vague = next((j for j, o in enumerate(report.outcomes[:i])
                          if o.kind == OutcomeKind.OTHER and "remission" in (o.description or "").lower()), None)
            if vague is not None:  # a remission written in words but recorded as "other"
                yield flag(f"/outcomes/{vague}/kind",
                           f"Outcome {vague + 1} describes a remission but is recorded as 'other', so this "
                           "relapse has no remission before it.",
                           "Record that outcome as a complete or a partial remission.")
            else:
                yield flag(f"/outcomes/{i}/kind", "This relapse has no remission before it.",
                           "Record the remission that preceded the relapse, or correct the kind of outcome.")


def _earlier(j, remission, i, relapse, anchors) -> bool:
    """Whether a remission may come before the relapse: by time when known, else by list order."""
    order = compare(remission.time, relapse.time, anchors)
    if order is not None:
        return order == BEFORE
    return j < i or (remission.time is not None and relapse.time is not None)
