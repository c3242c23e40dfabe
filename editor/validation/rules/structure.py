"""Structure: the parts every case report needs, and unique ids (units are checked in ``units.py``)."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain
from operator import attrgetter

from ...domain.derived import reference_name
from ...domain.report import ID_LISTS, TEMPLATE_PREFIX
from ..citations import NAME_SCOPE, NUMBERING_SCOPE, citation_numbers, reference_ids
from ..finding import Severity
from ..registry import flag, rule


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


@rule(id="structure.missing-title", severity=Severity.ERROR, title="The report has no title", scope=["metadata/title"])
def missing_title(report):
    """A case report needs a title naming the diagnosis or intervention.

    Bad: metadata.title is empty.
    Good: "Intravenous rituximab in severe refractory primary FSGS: a case report".
    """
    if _blank(report.metadata.title):
        yield flag("/metadata/title", "The report has no title.",
                   "Write a title that names the diagnosis or intervention and says 'case report'.")


@rule(id="structure.no-authors", severity=Severity.ERROR, title="The report lists no authors", scope=["metadata/authors"])
def no_authors(report):
    """At least one author must be listed.

    Bad: metadata.authors is an empty list.
    Good: one author, family name "Gan", given name "Wee Leng".
    """
    if not report.metadata.authors:
        yield flag("/metadata/authors", "No author is listed.", "Add the authors in the order of the byline.")


@rule(id="structure.missing-abstract", severity=Severity.ERROR, title="The abstract is empty", scope=["abstract"])
def missing_abstract(report):
    """The structured abstract must have at least one part written.

    Bad: background, case presentation and conclusion all empty.
    Good: a case presentation of two or three sentences (the other parts may still be gaps).
    """
    a = report.abstract
    if _blank(a.background) and _blank(a.case_presentation) and _blank(a.conclusion):
        yield flag("/abstract", "The abstract is empty.",
                   "Write the background, the case presentation and the conclusion of the abstract.")


@rule(id="structure.no-treatment-course", severity=Severity.ERROR, title="No treatment course is recorded",
      scope=["treatment_courses"])
def no_treatment_course(report):
    """A case report describes at least one intervention as a treatment course.

    Bad: treatment_courses is empty.
    Good: one course: rituximab 500 mg intravenous, weekly, 4 doses.
    """
    if not report.treatment_courses:
        yield flag("/treatment_courses", "No treatment course is recorded.",
                   "Add each therapy the patient received as a treatment course (agent, dose, route, dates).")


_ID_SCOPE = [f"{name}/*/id" for name in ID_LISTS] + ["metadata/affiliations/*/id"]
_ID = attrgetter("id")


@lru_cache(maxsize=4)
def _repeats(ids: tuple) -> bool:
    """Whether an id (not None) occurs twice."""
    blanks = ids.count(None)
    return len(set(ids)) != len(ids) - blanks + (blanks > 0)


def _repeated_reference_names(report) -> dict[int, str]:
    """Names of the references whose id a later reference repeats, as the References panel numbers them.

    The rule names the first holder of a repeated id; references come last in ``ID_LISTS``, so a
    first holder that is a reference is repeated by a later reference. Usually there is none, and an
    edit of a text or a reference's author then reruns nothing.
    """
    refs = report.references
    ids = reference_ids(report)
    if not _repeats(ids):
        return {}
    numbers = citation_numbers(report)
    first: dict[str, int] = {}
    names: dict[int, str] = {}
    for i, ref_id in enumerate(ids):
        if ref_id is not None and first.setdefault(ref_id, i) != i and first[ref_id] not in names:
            names[first[ref_id]] = reference_name(refs[first[ref_id]], numbers.get(ref_id), capital=False)
    return names


@rule(id="structure.duplicate-id", severity=Severity.ERROR, title="Two items share an id",
      scope=_ID_SCOPE, context=_repeated_reference_names, context_scope=NUMBERING_SCOPE + NAME_SCOPE)
def duplicate_id(report, reference_names):
    """Every item that can be referred to needs an id no other item has.

    Bad: a treatment course and an outcome both with id "course-1".
    Good: "course-1" for the course, "outcome-1" for the outcome.
    """
    lists = [("metadata/affiliations", report.metadata.affiliations)]
    lists += [(name, getattr(report, name)) for name in ID_LISTS]
    ids = list(chain.from_iterable(map(_ID, items) for _, items in lists))
    blanks = ids.count(None)
    if len(set(ids)) == len(ids) - blanks + (blanks > 0):
        return  # the common case, checked at C speed
    first: dict[str, str] = {}
    for where, items in lists:
        for i, item in enumerate(items):
            item_id = item.id
            if item_id is None:
                continue
            if item_id not in first:
                first[item_id] = f"/{where}/{i}"
                continue
            yield flag(f"/{where}/{i}/id", f"The id '{item_id}' is already used by {_describe(first[item_id], reference_names)}.",
                       "Give this item an id of its own; links to the id would otherwise point at two items.")


def _describe(path: str, reference_names: dict[int, str]) -> str:
    _, name, index = path.split("/")[-3:] if path.startswith("/metadata") else ("", *path.strip("/").split("/"))
    if name == "references":
        return reference_names[int(index)]
    singular = {"diagnoses": "diagnosis", "investigations": "investigation", "treatment_courses": "treatment course",
                "outcomes": "outcome", "adverse_events": "adverse event", "timeline": "timeline event",
                "references": "reference", "affiliations": "affiliation"}.get(name, name)
    return f"{singular} {int(index) + 1}"


_TEMPLATE_FIELDS = ("/metadata/title", "/metadata/running_title", "/abstract/background",
                    "/abstract/case_presentation", "/abstract/conclusion", "/introduction",
                    "/patient/presenting_symptoms", "/patient/medical_history", "/patient/family_history",
                    "/patient/psychosocial_history", "/patient/comorbidities", "/clinical_findings",
                    "/discussion", "/patient_perspective", "/consent/statement", "/metadata/funding",
                    "/metadata/conflicts_of_interest", "/metadata/acknowledgements")


@rule(id="structure.template-text", severity=Severity.ERROR, title="An instruction of the CARE template is still in the text",
      scope=[p.strip("/") for p in _TEMPLATE_FIELDS])
def template_text(report):
    """Text a template put there to be replaced must not reach a journal.

    Bad: the introduction still reads "Replace this: a brief background of why this case is important…".
    Good: the introduction says why the case matters, in the authors' words.
    """
    for pointer in _TEMPLATE_FIELDS:
        section, _, name = pointer.strip("/").rpartition("/")
        text = getattr(getattr(report, section) if section else report, name)
        start = text.find(TEMPLATE_PREFIX) if text else -1
        if start >= 0:
            kept = text[:start].rstrip() or None  # the author's own words before the instruction
            where = "still holds" if kept is None else "contains"
            yield flag(pointer, f"This field {where} an instruction of the CARE template (“{TEMPLATE_PREFIX} …”).",
                       "Replace the instruction with your own text, or delete it if the part does not apply.",
                       start=start, end=len(text), fix=((pointer, kept),), fix_label="Delete the instruction")
