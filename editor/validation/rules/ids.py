"""Cross-references: links between items, citation markers and time anchors must point at something."""

from __future__ import annotations

from ...domain.derived import CITATION, CITATION_KEY, Citation, citations_in, narrative_texts
from ...domain.report import ID_LISTS
from ..finding import Severity
from ..registry import flag, rule

# Parts of the report that hold narrative text with citation markers.
NARRATIVE_SCOPE = [
    "abstract", "introduction", "patient", "clinical_findings", "discussion", "patient_perspective",
    "consent/statement", "treatment_courses/*/response", "treatment_courses/*/note",
    "outcomes/*/description", "timeline/*/description",
]

_cache: dict[str, tuple[str, frozenset[str]]] = {}


def field_citations(report) -> list[tuple[str, str, frozenset[str]]]:
    """(pointer, text, ids cited in it) for each narrative field with citation markers.

    A field is re-scanned only when its text changed since the last call, with
    two C-level regex passes; ``citations_in`` (positions) runs only where a
    marker needs reporting.
    """
    out = []
    for path, text in narrative_texts(report):
        if "[@" not in text:
            continue
        cached = _cache.get(path)
        if cached is None or cached[0] != text:
            markers = " ".join(CITATION.findall(text))
            cached = _cache[path] = (text, frozenset(CITATION_KEY.findall(markers)))
        out.append((path, text, cached[1]))
    return out


def report_citations(report) -> list[Citation]:
    """Every citation marker in reading order, with its position."""
    return [c for path, text, _ in field_citations(report) for c in citations_in(text, path)]


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
      scope=NARRATIVE_SCOPE + ["references/*/id"])
def missing_reference(report):
    """Each ``[@id]`` marker in the text must name a reference in the list.

    Bad: "... remains a challenge [@kim2016]" with no reference "kim2016".
    Good: "... remains a challenge [@ref-1]" where reference "ref-1" is Kim JS et al. 2016.
    """
    known = {ref.id for ref in report.references}
    for path, text, cited in field_citations(report):
        if cited <= known:
            continue
        for cite in citations_in(text, path):
            missing = [ref_id for ref_id in cite.ref_ids if ref_id not in known]
            if missing:
                names = ", ".join(f"'{m}'" for m in missing)
                yield flag(cite.path, f"The citation cites {names}, which is not in the reference list.",
                           "Add the reference, or correct or remove the citation.", start=cite.start, end=cite.end)


@rule(id="ids.uncited-reference", severity=Severity.INFO, title="A reference is never cited in the text",
      scope=NARRATIVE_SCOPE + ["references/*/id"])
def uncited_reference(report):
    """Vancouver style numbers references by first citation; an uncited one gets no number.

    Bad: reference "ref-26" appears in the list but no text cites [@ref-26].
    Good: the discussion cites it: "... anti-rituximab antibodies [@ref-26]".
    """
    cited: set[str] = set()
    for _, _, ids in field_citations(report):
        cited |= ids
    for i, ref in enumerate(report.references):
        if ref.id not in cited:
            yield flag(f"/references/{i}", f"Reference {i + 1} ({ref.first_author() or ref.title or ref.id}) is never cited.",
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


@rule(id="ids.missing-anchor", severity=Severity.ERROR, title="A time is counted from an item that does not exist",
      scope=TIME_SCOPE)
def missing_anchor(report):
    """An offset ("6 months after course-7") needs its anchor: "presentation" or an existing item's id.

    Bad: outcome time 1 year after "course-12" when there is no course-12.
    Good: outcome time 1 year after "course-7", the first rituximab course.
    """
    known: set[str] | None = None
    for path, tp in anchored_points(report):
        if known is None:
            known = {item.id for name in ID_LISTS for item in getattr(report, name)}
        if tp.anchor not in known:
            yield flag(f"{path}/anchor", f"This time is counted from '{tp.anchor}', which is not an item of the report.",
                       "Count it from presentation or from an existing course, outcome or event.")


def anchored_points(report):
    """(pointer, time point) for the offsets counted from an item rather than from presentation."""
    for list_name, parts in _TIME_FIELDS:
        for i, item in enumerate(getattr(report, list_name)):
            for part in parts:
                tp = getattr(item, part)
                if tp is not None and tp.anchor is not None and tp.anchor != "presentation":
                    yield f"/{list_name}/{i}/{part}", tp
