"""CARE completeness: title, keywords, abstract parts, timeline, consent and the patient's perspective."""

from __future__ import annotations

import re

from ..finding import Severity
from ..registry import flag, rule

_PARENS = re.compile(r"\s*\(([^()]*)\)")
_CASE_REPORT = re.compile(r"\bcase\s+reports?\b", re.IGNORECASE)
_TIMED = ["treatment_courses/*/start", "treatment_courses/*/end", "diagnoses/*/time", "outcomes/*/time",
          "adverse_events/*/time", "investigations/*/time"]


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _contains(haystack: str, needle: str) -> bool:
    needle = needle.strip().lower()
    return len(needle) >= 3 and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def focus_names(report) -> list[str]:
    """What a title may name as its focus: diagnosis labels (and their abbreviations) and course agents."""
    names: list[str] = []
    for diagnosis in report.diagnoses:
        if diagnosis.label:
            names.append(_PARENS.sub("", diagnosis.label))
            names.extend(_PARENS.findall(diagnosis.label))
    for course in report.treatment_courses:
        if course.agent:
            names.append(course.agent)
            names.append(course.agent.split()[0])  # "cyclosporine A" is named "cyclosporine"
    return list(dict.fromkeys(n.strip().lower() for n in names if n.strip()))


def title_names_focus(report) -> bool:
    title = (report.metadata.title or "").lower()
    return any(_contains(title, name) for name in focus_names(report))


@rule(id="care.title-focus", severity=Severity.WARNING, title="The title names neither the diagnosis nor the intervention",
      scope=["metadata/title", "diagnoses/*/label", "treatment_courses/*/agent"])
def title_focus(report):
    """CARE item 1: the title names the diagnosis or the intervention of primary focus.

    Bad: "An unusual case" with a diagnosis of FSGS and a rituximab course.
    Good: "Rituximab in refractory focal segmental glomerulosclerosis: a case report".
    """
    if _blank(report.metadata.title) or not focus_names(report):
        return  # no title is structure.missing-title; nothing recorded yet to compare with
    if not title_names_focus(report):
        yield flag("/metadata/title", "The title names neither a recorded diagnosis nor a treatment given.",
                   "Name the main diagnosis or intervention in the title, as readers search for it (CARE item 1).")


@rule(id="care.title-case-report", severity=Severity.WARNING, title="The title does not say 'case report'",
      scope=["metadata/title"])
def title_case_report(report):
    """CARE item 1: the title ends with the words "case report" so indexers and readers recognise it.

    Bad: "Intravenous rituximab in refractory primary FSGS".
    Good: "Intravenous rituximab in refractory primary FSGS: a case report".
    """
    title = report.metadata.title
    if not _blank(title) and not _CASE_REPORT.search(title):
        fixed = f"{title.rstrip(' .')}: a case report"
        yield flag("/metadata/title", "The title does not say that this is a case report.",
                   f"Add the words 'case report', for example: “{fixed}”.", fix=(("/metadata/title", fixed),),
                   fix_label="Add ': a case report' to the title")


@rule(id="care.keyword-count", severity=Severity.WARNING, title="Fewer than 2 or more than 5 keywords",
      scope=["metadata/keywords"])
def keyword_count(report):
    """CARE item 2: 2 to 5 keywords that identify the diagnoses or interventions.

    Bad: one keyword, "FSGS"; or seven keywords.
    Good: "focal segmental glomerulosclerosis", "rituximab", "nephrotic syndrome".
    """
    n = len([k for k in report.metadata.keywords if not _blank(k)])
    if n < 2:
        yield flag("/metadata/keywords", f"The report has {n} keyword{'s' * (n != 1)}; CARE asks for 2 to 5.",
                   "Add keywords for the main diagnosis and the main intervention.")
    elif n > 5:
        yield flag("/metadata/keywords", f"The report has {n} keywords; CARE asks for 2 to 5.",
                   "Keep the 5 that best identify the diagnosis and the intervention.")


_ABSTRACT_PARTS = (("background", "background (what is new about this case)"),
                   ("case_presentation", "case presentation"), ("conclusion", "conclusion (the take-away lesson)"))


@rule(id="care.abstract-part", severity=Severity.WARNING, title="A part of the structured abstract is missing",
      scope=["abstract"])
def abstract_part(report):
    """CARE item 3: the abstract has a background, a case presentation and a conclusion.

    Bad: a case presentation and a conclusion, but no background.
    Good: all three parts written, a few sentences each.
    """
    a = report.abstract
    missing = [(name, label) for name, label in _ABSTRACT_PARTS if _blank(getattr(a, name))]
    if len(missing) == len(_ABSTRACT_PARTS):
        return  # an empty abstract is structure.missing-abstract
    for name, label in missing:
        yield flag(f"/abstract/{name}", f"The abstract has no {label}.",
                   f"Write the {label.split(' (')[0]} of the abstract in one to three sentences.")


@rule(id="care.no-timeline", severity=Severity.WARNING, title="The report has no timeline",
      scope=["timeline", "care_notes", *_TIMED])
def no_timeline(report):
    """CARE item 7: the episode of care is laid out in time, by timeline events or dated items.

    Bad: no timeline event, and no course, diagnosis or outcome with a date or an offset.
    Good: rituximab started "2 weeks after presentation"; remission "6 months after presentation".
    """
    from ..care import has_timed_items, marked_not_reported

    if report.timeline or has_timed_items(report) or marked_not_reported(report, "7"):
        return
    yield flag("/timeline", "Nothing in the report is dated or placed in time, so no timeline can be drawn.",
               "Give the start of each course and the time of each outcome (a date, or e.g. '3 months after "
               "presentation'), or add timeline events.")


@rule(id="care.no-consent", severity=Severity.WARNING, title="No informed consent statement",
      scope=["consent", "care_notes"])
def no_consent(report):
    """CARE item 13: the report states that the patient (or next of kin) gave informed consent.

    Bad: consent left empty.
    Good: "Written informed consent for publication was obtained from the patient."
    """
    from ..care import marked_not_reported

    if not _blank(report.consent.statement) or marked_not_reported(report, "13"):
        return
    if report.consent.obtained:
        yield flag("/consent/statement", "Consent is marked as obtained, but the report has no consent statement.",
                   "Write the statement journals print, e.g. 'Written informed consent for publication was "
                   "obtained from the patient.'")
    else:
        yield flag("/consent/statement", "The report does not say that the patient consented to publication.",
                   "Obtain written consent for publication and state it; journals will not publish without it.")


@rule(id="care.no-patient-perspective", severity=Severity.INFO, title="No patient perspective",
      scope=["patient_perspective", "care_notes"])
def no_patient_perspective(report):
    """CARE item 12: the patient's own view of the treatment, when they can share it.

    Bad: no perspective and no reason given for leaving it out.
    Good: "The swelling made walking hard…" in the patient's words; or item 12 marked not reported,
    reason "the patient declined to contribute".
    """
    from ..care import marked_not_reported

    if _blank(report.patient_perspective) and not marked_not_reported(report, "12"):
        yield flag("/patient_perspective", "The report has no patient perspective.",
                   "Ask the patient for a few sentences on their treatment, or mark CARE item 12 not reported and "
                   "say why (in the CARE checklist).")


_SECTIONS = (("/introduction", "4", "introduction is", "why this case is unique, with references"),
             ("/clinical_findings", "6", "clinical findings are", "the examination and the important findings"),
             ("/discussion", "11", "discussion is", "strengths and limitations, the literature, the rationale"))


@rule(id="care.missing-section", severity=Severity.WARNING, title="The introduction, clinical findings or discussion is empty",
      scope=["introduction", "clinical_findings", "discussion", "care_notes"])
def missing_section(report):
    """CARE items 4, 6 and 11: the introduction, the clinical findings and the discussion are written.

    Bad: a report whose discussion is empty and not marked "not reported".
    Good: a discussion of the literature with references, or CARE item 11 marked not reported with a reason.
    """
    from ..care import marked_not_reported

    for pointer, item, name_is, what in _SECTIONS:
        if _blank(getattr(report, pointer[1:])) and marked_not_reported(report, item) is None:
            name = name_is.rsplit(" ", 1)[0]
            yield flag(pointer, f"The {name_is} empty (CARE item {item}).",
                       f"Write the {name}: {what}; or mark CARE item {item} not reported with a reason.")


@rule(id="care.no-test-results", severity=Severity.WARNING, title="No investigation or test result is recorded",
      scope=["investigations", "care_notes"])
def no_test_results(report):
    """CARE items 8a and 10b: the diagnostic tests and the important follow-up results.

    Bad: a nephrotic syndrome case with no proteinuria, albumin or creatinine value.
    Good: serum albumin and 24-hour urine protein at presentation and after each course.
    """
    from ..care import marked_not_reported

    if not report.investigations and marked_not_reported(report, "8") is None:
        yield flag("/investigations", "No investigation or test result is recorded.",
                   "Add the tests that made the diagnosis and show the response (e.g. proteinuria, serum albumin, "
                   "creatinine), each with its value, unit and time.")
