"""The CARE 2013 checklist as data: the 13 items, their sub-items, and the report's sections by name.

``care.py`` works out which items a report covers; this module only holds the
checklist's words (CARE 2013, Gagnier JJ et al.) and the names readers give
the parts of a report.
"""

from __future__ import annotations

from dataclasses import dataclass

COVERED, PARTLY, MISSING, NOT_REPORTED = "covered", "partly", "missing", "not_reported"
STATUS_TEXT = {COVERED: "Covered", PARTLY: "Partly covered", MISSING: "Missing", NOT_REPORTED: "Not reported"}


@dataclass(frozen=True)
class CareItem:
    number: str  # "1" … "13", sub-items "3a"
    topic: str
    description: str
    parts: tuple["CareItem", ...] = ()


def _item(number: str, topic: str, description: str, *parts: tuple[str, str]) -> CareItem:
    return CareItem(number, topic, description,
                    tuple(CareItem(f"{number}{letter}", topic, text) for letter, text in parts))


# CARE 2013 (Gagnier JJ et al., Glob Adv Health Med 2013;2(5):38-43; care-statement.org checklist).
CARE_ITEMS: tuple[CareItem, ...] = (
    _item("1", "Title", 'The diagnosis or intervention of primary focus followed by the words "case report".'),
    _item("2", "Key words", "2 to 5 key words that identify diagnoses or interventions in this case report."),
    _item("3", "Abstract", "Structured or unstructured summary of the case.",
          ("a", "Introduction: what is unique about this case and what it adds to the literature."),
          ("b", "Case presentation: main symptoms, important clinical findings, main diagnoses, "
                "interventions and outcomes."),
          ("c", "Conclusion: what are the main take-away lessons from this case?")),
    _item("4", "Introduction", "One or two paragraphs summarising why this case is unique (may include references)."),
    _item("5", "Patient information", "The patient's information, de-identified.",
          ("a", "De-identified patient-specific information (age, sex, ethnicity, occupation)."),
          ("b", "Primary concerns and symptoms of the patient."),
          ("c", "Medical, family and psychosocial history, comorbidities and past interventions with outcomes.")),
    _item("6", "Clinical findings", "Describe significant physical examination and important clinical findings."),
    _item("7", "Timeline", "Historical and current information from this episode of care organised as a timeline."),
    _item("8", "Diagnostic assessment", "How the diagnosis was reached.",
          ("a", "Diagnostic testing (physical examination, laboratory testing, imaging, surveys)."),
          ("b", "Diagnostic challenges (access to testing, financial or cultural)."),
          ("c", "Diagnosis, including other diagnoses considered."),
          ("d", "Prognosis (such as staging in oncology) where applicable.")),
    _item("9", "Therapeutic intervention", "What was done and how.",
          ("a", "Types of therapeutic intervention (pharmacologic, surgical, preventive, self-care)."),
          ("b", "Administration of therapeutic intervention (dosage, strength, duration)."),
          ("c", "Changes in therapeutic intervention, with rationale.")),
    _item("10", "Follow-up and outcomes", "What happened after the intervention.",
          ("a", "Clinician- and patient-assessed outcomes, if available."),
          ("b", "Important follow-up diagnostic and other test results."),
          ("c", "Intervention adherence and tolerability (how was this assessed?)."),
          ("d", "Adverse and unanticipated events.")),
    _item("11", "Discussion", "What the case teaches.",
          ("a", "Strengths and limitations in the management of this case."),
          ("b", "Discussion of the relevant medical literature with references."),
          ("c", "The rationale for the conclusions, including assessment of possible causes."),
          ("d", "The primary take-away lessons of this case report, without references.")),
    _item("12", "Patient perspective", "The patient should share their perspective on the treatment(s) they received."),
    _item("13", "Informed consent", "Did the patient give informed consent? Please provide if requested."),
)


def care_item(number: str) -> CareItem:
    """The item or sub-item with this number ("7", "10c"); KeyError when there is none."""
    for item in CARE_ITEMS:
        if item.number == number:
            return item
        for part in item.parts:
            if part.number == number:
                return part
    raise KeyError(number)


# Where things live, as a reader names them.
SECTION_NAMES: dict[str, str] = {
    "/metadata/title": "Title", "/metadata/keywords": "Keywords", "/abstract": "Abstract",
    "/abstract/background": "Abstract: background", "/abstract/case_presentation": "Abstract: case presentation",
    "/abstract/conclusion": "Abstract: conclusion", "/introduction": "Introduction", "/patient": "Patient",
    "/patient/presenting_symptoms": "Patient: presenting symptoms", "/patient/medical_history": "Patient: history",
    "/clinical_findings": "Clinical findings", "/diagnoses": "Diagnoses", "/investigations": "Investigations",
    "/treatment_courses": "Treatment courses", "/outcomes": "Outcomes", "/adverse_events": "Adverse events",
    "/timeline": "Timeline", "/discussion": "Discussion", "/patient_perspective": "Patient perspective",
    "/consent": "Consent", "/consent/statement": "Consent: statement",
}


def section_name(pointer: str) -> str:
    """The reader's name of the part of the report at ``pointer`` (longest known prefix)."""
    probe = pointer
    while probe:
        if probe in SECTION_NAMES:
            return SECTION_NAMES[probe]
        probe = probe.rsplit("/", 1)[0]
    return pointer or "Whole report"
