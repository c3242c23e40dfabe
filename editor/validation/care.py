"""Which items of the CARE 2013 checklist a report covers, and where (the checklist itself: ``care_items``).

    for item in care_status(report):
        print(item.number, item.topic, item.status, item.section or item.reason)

Each of the 13 items (and its sub-items, "3a", "5b" …) is ``covered``,
``partly`` covered, ``missing`` or ``not_reported``: the author marked it so in
``report.care_notes[<number>]`` with a reason. A covered item names the place
that covers it as a JSON Pointer and a section name a reader knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..domain.clinical import CareNote
from ..domain.derived import CITATION
from .care_items import (  # noqa: F401  (public names of the checklist, importable from here as before)
    CARE_ITEMS,
    COVERED,
    MISSING,
    NOT_REPORTED,
    PARTLY,
    SECTION_NAMES,
    STATUS_TEXT,
    CareItem,
    care_item,
    section_name,
)


@dataclass(frozen=True)
class CareItemStatus:
    number: str
    topic: str
    description: str
    status: str  # covered, partly, missing, not_reported
    reason: str  # why it has this status, in plain words
    pointer: str | None = None  # where it is covered (or where it belongs)
    parts: tuple["CareItemStatus", ...] = field(default=())

    @property
    def section(self) -> str:
        return section_name(self.pointer) if self.pointer else ""

    @property
    def status_text(self) -> str:
        return STATUS_TEXT[self.status]


def _text(value: str | None) -> bool:
    return bool(value and value.strip())


def _words(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_CHALLENGES = _words(r"\b(diagnostic (challenges?|difficult\w*|delays?|dilemmas?)|challeng\w* (to|in|of) (the )?diagnos\w*|"
                     r"delay\w* (in |of )?(the )?diagnos\w*|unavailab\w*|not available|access to|cost of|afford\w*)")
_DIFFERENTIAL = _words(r"\b(differential|excluded|ruled out|exclusion|secondary causes?|considered|mimic\w*)")
_PROGNOSIS = _words(r"\b(prognos\w*|stag(e|ing)|risk of|survival|outlook)")
_ADHERENCE = _words(r"\b(adheren\w*|complian\w*|toleran\w*|tolerat\w*|well tolerated|side effects?)")
_NO_ADVERSE = _words(r"\b(no|without) (serious |major )?(adverse|side)[ -](events?|effects?|reactions?)")
_STRENGTHS = _words(r"\b(strengths?|limitations?|limited by|weakness\w*)")
_RATIONALE = _words(r"\b(because|therefore|suggests?|likely|attribut\w*|caus\w*|explain\w*|due to)")
_LESSONS = _words(r"\b(lessons?|take-?aways?|in (summary|conclusion)|we (recommend|suggest)|should (be )?consider\w*)")


class _Check:
    """One sub-check: the status, why, and the place."""

    def __init__(self, report) -> None:
        self.r = report

    def first_text(self, pattern: re.Pattern, pointers: tuple[str, ...]) -> str | None:
        for pointer in pointers:
            text = _resolve(self.r, pointer)
            if text and pattern.search(text):
                return pointer
        return None


def _resolve(report, pointer: str):
    obj = report
    for part in pointer.strip("/").split("/"):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def _found(pointer: str | None, yes: str, no: str, where: str) -> tuple[str, str, str]:
    return (COVERED, yes, pointer) if pointer else (MISSING, no, where)


def _title(r) -> tuple[str, str, str]:
    from .rules.care import (
        title_names_focus,  # the rule and the checklist judge the title alike
    )

    title = r.metadata.title
    if not _text(title):
        return MISSING, "The report has no title.", "/metadata/title"
    focus, case_report = title_names_focus(r), "case report" in title.lower()
    if focus and case_report:
        return COVERED, "The title names the focus and says 'case report'.", "/metadata/title"
    lacks = " and ".join(w for w, ok in (("the diagnosis or intervention", focus), ("'case report'", case_report))
                         if not ok)
    return PARTLY, f"The title lacks {lacks}.", "/metadata/title"


def _keywords(r) -> tuple[str, str, str]:
    n = len([k for k in r.metadata.keywords if _text(k)])
    if 2 <= n <= 5:
        return COVERED, f"{n} keywords.", "/metadata/keywords"
    if n == 0:
        return MISSING, "No keywords.", "/metadata/keywords"
    return PARTLY, f"{n} keyword{'s' * (n != 1)}; CARE asks for 2 to 5.", "/metadata/keywords"


def _present(pointer: str, what: str, verb: str = "is"):
    """``verb`` agrees with ``what``: "The clinical findings are empty."."""
    def check(r) -> tuple[str, str, str]:
        if _text(_resolve(r, pointer)):
            return COVERED, f"{what} {verb} written.", pointer
        return MISSING, f"{what} {verb} empty.", pointer
    return check


def _introduction(r) -> tuple[str, str, str]:
    text = r.introduction
    if not _text(text):
        return MISSING, "The introduction is empty.", "/introduction"
    if not CITATION.search(text):
        return PARTLY, "The introduction cites no reference.", "/introduction"
    return COVERED, "The introduction is written, with references.", "/introduction"


def _demographics(r) -> tuple[str, str, str]:
    p = r.patient
    have = [name for name, ok in (("age", p.age is not None and (p.age.value is not None or p.age.low is not None)),
                                  ("sex", p.sex is not None)) if ok]
    if len(have) == 2:
        return COVERED, "Age and sex are given.", "/patient"
    if have:
        return PARTLY, f"Only the {have[0]} is given.", "/patient"
    return MISSING, "Neither age nor sex is given.", "/patient"


def _history(r) -> tuple[str, str, str]:
    p = r.patient
    parts = {"medical": p.medical_history, "family": p.family_history, "psychosocial": p.psychosocial_history}
    written = [k for k, v in parts.items() if _text(v)]
    if len(written) == 3:
        return COVERED, "Medical, family and psychosocial history are written.", "/patient/medical_history"
    if written:
        missing = ", ".join(k for k in parts if k not in written)
        return PARTLY, f"No {missing} history.", "/patient/medical_history"
    return MISSING, "No history is written.", "/patient/medical_history"


def _timeline(r) -> tuple[str, str, str]:
    if r.timeline:
        return COVERED, f"{len(r.timeline)} timeline events.", "/timeline"
    if has_timed_items(r):
        return COVERED, "Dated or timed items make the timeline.", "/timeline"
    return MISSING, "No timeline event and no dated or timed item.", "/timeline"


def has_timed_items(r) -> bool:
    """Whether any item carries a date or an offset (the timeline can be drawn from them)."""
    def timed(tp) -> bool:
        return tp is not None and (tp.date is not None or tp.offset is not None)
    if any(timed(c.start) or timed(c.end) for c in r.treatment_courses):
        return True
    return any(timed(item.time) for name in ("diagnoses", "outcomes", "adverse_events", "investigations")
               for item in getattr(r, name))


_TEXTS = ("/clinical_findings", "/discussion", "/abstract/case_presentation", "/introduction")


def _testing(r) -> tuple[str, str, str]:
    if r.investigations:
        return COVERED, f"{len(r.investigations)} investigations.", "/investigations"
    if any(_text(d.basis) for d in r.diagnoses):
        return COVERED, "The basis of the diagnosis is given.", "/diagnoses"
    return MISSING, "No investigation and no basis for a diagnosis.", "/investigations"


def _diagnosis(r) -> tuple[str, str, str]:
    if not any(_text(d.label) for d in r.diagnoses):
        return MISSING, "No diagnosis is recorded.", "/diagnoses"
    bases = tuple(f"/diagnoses/{i}/basis" for i in range(len(r.diagnoses)))
    if _Check(r).first_text(_DIFFERENTIAL, bases + _TEXTS):
        return COVERED, "Diagnoses are recorded and other diagnoses considered.", "/diagnoses"
    return PARTLY, "Diagnoses are recorded; no other diagnosis considered is mentioned.", "/diagnoses"


def _text_check(pattern: re.Pattern, pointers: tuple[str, ...], yes: str, no: str, where: str):
    def check(r) -> tuple[str, str, str]:
        return _found(_Check(r).first_text(pattern, pointers), yes, no, where)
    return check


def _types(r) -> tuple[str, str, str]:
    n = len([c for c in r.treatment_courses if _text(c.agent)])
    if n:
        return COVERED, f"{n} treatment course{'s' * (n != 1)} with an agent.", "/treatment_courses"
    return MISSING, "No treatment course names its agent.", "/treatment_courses"


def _administration(r) -> tuple[str, str, str]:
    drugs = [c for c in r.treatment_courses if c.kind.value == "drug"]
    if not drugs:
        return (MISSING, "No drug course.", "/treatment_courses") if not r.treatment_courses else \
            (COVERED, "Procedures only; no dose to give.", "/treatment_courses")
    dosed = [c for c in drugs if c.dose is not None and c.dose.display()]
    if len(dosed) == len(drugs):
        return COVERED, "Every drug course gives its dose.", "/treatment_courses"
    if dosed:
        return PARTLY, f"{len(drugs) - len(dosed)} of {len(drugs)} drug courses give no dose.", "/treatment_courses"
    return MISSING, "No drug course gives its dose.", "/treatment_courses"


def _changes(r) -> tuple[str, str, str]:
    courses = r.treatment_courses
    if len(courses) <= 1:
        return (COVERED, "A single course; nothing changed.", "/treatment_courses") if courses else \
            (MISSING, "No treatment course.", "/treatment_courses")
    if any(c.stop_reason is not None for c in courses):
        return COVERED, "Stop reasons explain the changes of treatment.", "/treatment_courses"
    return PARTLY, "Several courses, but none says why it stopped.", "/treatment_courses"


def _outcomes(r) -> tuple[str, str, str]:
    if r.outcomes:
        return COVERED, f"{len(r.outcomes)} outcomes.", "/outcomes"
    return MISSING, "No outcome is recorded.", "/outcomes"


def _follow_up_tests(r) -> tuple[str, str, str]:
    if any(o.evidence_ids for o in r.outcomes):
        return COVERED, "Outcomes cite the test results that show them.", "/outcomes"
    names = [i.name for i in r.investigations if i.name]
    if len(names) > len(set(names)):
        return COVERED, "Tests repeated over time show the course.", "/investigations"
    return MISSING, "No follow-up test result.", "/investigations"


def _adherence(r) -> tuple[str, str, str]:
    pointers = tuple(f"/treatment_courses/{i}/{n}" for i in range(len(r.treatment_courses))
                     for n in ("response", "note")) + ("/discussion", "/abstract/case_presentation")
    where = _Check(r).first_text(_ADHERENCE, pointers)
    if where or r.adverse_events:
        return COVERED, "Tolerability is described.", where or "/adverse_events"
    return MISSING, "Nothing says how the treatment was taken or tolerated.", "/treatment_courses"


def _adverse(r) -> tuple[str, str, str]:
    if r.adverse_events:
        return COVERED, f"{len(r.adverse_events)} adverse events.", "/adverse_events"
    where = _Check(r).first_text(_NO_ADVERSE, ("/discussion", "/abstract/case_presentation", "/clinical_findings"))
    return _found(where, "The text says there were no adverse events.", "No adverse event, and no statement that "
                  "there was none.", "/adverse_events")


def _literature(r) -> tuple[str, str, str]:
    text = r.discussion
    if not _text(text):
        return MISSING, "The discussion is empty.", "/discussion"
    if CITATION.search(text):
        return COVERED, "The discussion cites the literature.", "/discussion"
    return PARTLY, "The discussion cites no reference.", "/discussion"


def _lessons(r) -> tuple[str, str, str]:
    where = _Check(r).first_text(_LESSONS, ("/discussion",))
    if where:
        return COVERED, "The discussion states the lessons.", where
    if _text(r.abstract.conclusion):
        return COVERED, "The abstract's conclusion states the take-away.", "/abstract/conclusion"
    return MISSING, "No take-away lesson is stated.", "/discussion"


def _consent(r) -> tuple[str, str, str]:
    if _text(r.consent.statement):
        return COVERED, "A consent statement is written.", "/consent/statement"
    if r.consent.obtained:
        return PARTLY, "Consent is marked obtained, but no statement is written.", "/consent/statement"
    return MISSING, "No informed consent statement.", "/consent/statement"


_CHECKS = {
    "1": _title, "2": _keywords,
    "3a": _present("/abstract/background", "The background"),
    "3b": _present("/abstract/case_presentation", "The case presentation"),
    "3c": _present("/abstract/conclusion", "The conclusion"),
    "4": _introduction,
    "5a": _demographics, "5b": _present("/patient/presenting_symptoms", "The presenting symptoms", "are"), "5c": _history,
    "6": _present("/clinical_findings", "The clinical findings", "are"),
    "7": _timeline,
    "8a": _testing,
    "8b": _text_check(_CHALLENGES, _TEXTS, "Diagnostic challenges are discussed.",
                      "No diagnostic challenge is mentioned.", "/discussion"),
    "8c": _diagnosis,
    "8d": _text_check(_PROGNOSIS, _TEXTS, "The prognosis is discussed.", "The prognosis is not mentioned.",
                      "/discussion"),
    "9a": _types, "9b": _administration, "9c": _changes,
    "10a": _outcomes, "10b": _follow_up_tests, "10c": _adherence, "10d": _adverse,
    "11a": _text_check(_STRENGTHS, ("/discussion",), "Strengths and limitations are discussed.",
                       "No strength or limitation is discussed.", "/discussion"),
    "11b": _literature,
    "11c": _text_check(_RATIONALE, ("/discussion",), "The discussion argues its conclusions.",
                       "The discussion gives no rationale for its conclusions.", "/discussion"),
    "11d": _lessons,
    "12": _present("/patient_perspective", "The patient perspective"),
    "13": _consent,
}


def care_note(report, number: str) -> CareNote | None:
    note = report.care_notes.get(number)
    return note if isinstance(note, CareNote) else None


def marked_not_reported(report, number: str) -> str | None:
    """The author's reason when the item is marked not reported with a reason, else None."""
    note = care_note(report, number)
    if note is not None and note.not_reported and _text(note.reason):
        return note.reason.strip()
    return None


def _status_of(report, item: CareItem) -> CareItemStatus:
    if item.parts:
        parts = tuple(_status_of(report, part) for part in item.parts)
        states = {p.status for p in parts}
        if states <= {COVERED, NOT_REPORTED} and COVERED in states:
            status, reason = COVERED, "Every part is covered or marked not reported."
        elif states == {NOT_REPORTED}:
            status, reason = NOT_REPORTED, "Every part is marked not reported."
        elif states <= {MISSING, NOT_REPORTED}:
            status, reason = MISSING, "No part is covered."
        else:
            open_parts = [p.number for p in parts if p.status in (MISSING, PARTLY)]
            status, reason = PARTLY, f"{', '.join(open_parts)} {'is' if len(open_parts) == 1 else 'are'} not fully covered."
        pointer = _common_pointer([p.pointer for p in parts if p.pointer]) or \
            next((p.pointer for p in parts if p.status == COVERED), parts[0].pointer)
        status_item = CareItemStatus(item.number, item.topic, item.description, status, reason, pointer, parts)
    else:
        status, reason, pointer = _CHECKS[item.number](report)
        status_item = CareItemStatus(item.number, item.topic, item.description, status, reason, pointer)
    return _apply_note(report, status_item)


def _common_pointer(pointers: list[str]) -> str | None:
    """/abstract/background and /abstract/conclusion -> /abstract; None when they share nothing."""
    split = [p.strip("/").split("/") for p in pointers]
    common: list[str] = []
    for parts in zip(*split):
        if len(set(parts)) != 1:
            break
        common.append(parts[0])
    return "/" + "/".join(common) if common else None


def _apply_note(report, found: CareItemStatus) -> CareItemStatus:
    """The author's note: "not reported" with a reason, or a location for what the checks cannot see."""
    if found.status == COVERED:
        return found
    note = care_note(report, found.number)
    if note is None:
        return found
    reason = marked_not_reported(report, found.number)
    if reason is not None:
        return CareItemStatus(found.number, found.topic, found.description, NOT_REPORTED, reason, found.pointer,
                              found.parts)
    if note.not_reported:
        return CareItemStatus(found.number, found.topic, found.description, found.status,
                              f"{found.reason} Marked not reported, but no reason is given.", found.pointer,
                              found.parts)
    return found


def care_status(report) -> list[CareItemStatus]:
    """The 13 CARE items, each with its sub-items, as covered, partly, missing or not reported."""
    return [_status_of(report, item) for item in CARE_ITEMS]


def flat_status(report) -> list[CareItemStatus]:
    """Items followed by their sub-items, in checklist order (for tables)."""
    out: list[CareItemStatus] = []
    for item in care_status(report):
        out.append(item)
        out.extend(item.parts)
    return out
