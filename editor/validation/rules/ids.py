"""Cross-references: links between items, citation markers and time anchors must point at something."""

from __future__ import annotations

from ...domain.derived import citations_in, reference_name
from ...domain.report import ID_LISTS
from ..citations import NARRATIVE, NUMBERING_SCOPE, REFERENCES, citation_numbers
from ..fieldset import FieldSet
from ..finding import Severity
from ..paragraphs import cited_ids
from ..registry import flag, rule


def _reference_ids(report) -> frozenset[str]:
    return frozenset(ref.id for ref in report.references)


@rule(id="ids.missing-course", severity=Severity.ERROR, title="An outcome or adverse event points at a missing course",
      scope=["outcomes/*/course_ids", "adverse_events/*/course_ids", "treatment_courses/*/id"])
def missing_course(report):
    """Outcomes and adverse events are attributed to courses by id; the id must exist.

    Bad: an outcome with course_ids ["course-9"] when no course has that id.
    Good: course_ids ["course-7"], the first rituximab course.
    """
    courses = {c.id for c in report.treatment_courses}
    for name, what in (("outcomes", "outcome"), ("adverse_events", "adverse event")):
        for i, item in enumerate(getattr(report, name)):
            for j, course_id in enumerate(item.course_ids):
                if course_id not in courses:
                    yield flag(f"/{name}/{i}/course_ids/{j}",
                               f"This {what} is attributed to treatment course '{course_id}', which does not exist.",
                               "Choose the course it is attributed to from the list, or remove the link.")


@rule(id="ids.missing-evidence", severity=Severity.ERROR, title="An outcome cites an investigation that does not exist",
      scope=["outcomes/*/evidence_ids", "investigations/*/id"])
def missing_evidence(report):
    """An outcome's evidence is a list of investigation ids; each must exist.

    Bad: evidence_ids ["inv-40"] with no investigation "inv-40".
    Good: evidence_ids ["inv-3"], the 24-hour urine protein that showed the remission.
    """
    known = {inv.id for inv in report.investigations}
    for i, outcome in enumerate(report.outcomes):
        for j, inv_id in enumerate(outcome.evidence_ids):
            if inv_id not in known:
                yield flag(f"/outcomes/{i}/evidence_ids/{j}",
                           f"This outcome rests on investigation '{inv_id}', which does not exist.",
                           "Link the investigation that shows the outcome, or remove the link.")


@rule(id="ids.missing-reference", severity=Severity.ERROR, title="A citation points at a reference that does not exist",
      fields=NARRATIVE, context=_reference_ids, scope=["references/*/id"])
def missing_reference(path, text, known):
    """Each ``[@id]`` marker in the text must name a reference in the list.

    Bad: "... remains a challenge [@kim2016]" with no reference "kim2016".
    Good: "... remains a challenge [@ref-1]" where reference "ref-1" is Kim JS et al. 2016.
    """
    if type(text) is not str or cited_ids(text) <= known:
        return
    for cite in citations_in(text, path):
        missing = [ref_id for ref_id in cite.ref_ids if ref_id not in known]
        if missing:
            names = ", ".join(f"'{m}'" for m in missing)
            yield flag(cite.path, f"The citation cites {names}, which is not in the reference list.",
                       "Add the reference, or correct or remove the citation.", start=cite.start, end=cite.end)


@rule(id="ids.uncited-reference", severity=Severity.INFO, title="A reference is never cited in the text",
      fields=REFERENCES, context=citation_numbers, scope=NUMBERING_SCOPE)
def uncited_reference(path, ref, numbers):
    """Vancouver style numbers references by first citation; an uncited one gets no number.

    Bad: reference "ref-26" appears in the list but no text cites [@ref-26].
    Good: the discussion cites it: "... anti-rituximab antibodies [@ref-26]".
    """
    if ref.id not in numbers:
        yield flag(path, f"{reference_name(ref, None)} is never cited, so it has no number in the list.",
                   "Cite it where the text relies on it, or remove it from the list.")


_TIME_FIELDS = (("diagnoses", ("time",)), ("investigations", ("time",)), ("treatment_courses", ("start", "end")),
                ("outcomes", ("time",)), ("adverse_events", ("time",)), ("timeline", ("time",)))


def time_points(report):
    """(pointer, time point) for every dated or offset item in the report."""
    for i, dx in enumerate(report.diagnoses):
        yield f"/diagnoses/{i}/time", dx.time
    for i, inv in enumerate(report.investigations):
        yield f"/investigations/{i}/time", inv.time
    for i, course in enumerate(report.treatment_courses):
        yield f"/treatment_courses/{i}/start", course.start
        yield f"/treatment_courses/{i}/end", course.end
    for name in ("outcomes", "adverse_events", "timeline"):
        for i, item in enumerate(getattr(report, name)):
            yield f"/{name}/{i}/time", item.time


TIME_SCOPE = [f"{name}/*/{part}" for name in ("diagnoses", "investigations", "outcomes", "adverse_events", "timeline")
              for part in ("time", "id")] + ["treatment_courses/*/start", "treatment_courses/*/end",
                                             "treatment_courses/*/id", "references/*/id"]


TIME_POINTS = FieldSet((f"{name}/*/{part}" for name, parts in _TIME_FIELDS for part in parts),
                       keep=lambda tp: tp.anchor is not None and tp.anchor != "presentation")


def _all_ids(report) -> frozenset[str]:
    return frozenset(item.id for name in ID_LISTS for item in getattr(report, name))


@rule(id="ids.missing-anchor", severity=Severity.ERROR, title="A time is counted from an item that does not exist",
      fields=TIME_POINTS, context=_all_ids, scope=[f"{name}/*/id" for name in ID_LISTS])
def missing_anchor(path, tp, known):
    """An offset ("6 months after course-7") needs its anchor: "presentation" or an existing item's id.

    Bad: outcome time 1 year after "course-12" when there is no course-12.
    Good: outcome time 1 year after "course-7", the first rituximab course.
    """
    if tp.anchor is not None and tp.anchor != "presentation" and tp.anchor not in known:
        yield flag(f"{path}/anchor", f"This time is counted from '{tp.anchor}', which is not an item of the report.",
                   "Count it from presentation or from an existing course, outcome or event.")
