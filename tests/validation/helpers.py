"""Small reports for rule tests: a clean base that each test breaks in one place."""

from editor.domain import CaseReport
from editor.validation import get_rule


def clean_report(**parts) -> CaseReport:
    """A short, consistent report (two courses, outcomes, references cited once each)."""
    data = {
        "metadata": {"title": "Rituximab in refractory FSGS: a case report",
                     "authors": [{"family": "Gan", "given": "Wee Leng"}],
                     "keywords": ["focal segmental glomerulosclerosis", "rituximab"]},
        "abstract": {"background": "FSGS is hard to treat [@ref-1].", "case_presentation": "A 21-year-old man; cyclophosphamide failed.",
                     "conclusion": "Rituximab helped [@ref-2]."},
        "patient": {"age": {"value": 21, "unit": "year"}, "sex": "male"},
        "investigations": [{"id": "inv-1", "name": "urine protein", "value": 0.2, "unit": "g/day",
                            "time": {"offset": 6, "unit": "month"}}],
        "treatment_courses": [
            {"id": "course-1", "agent": "cyclophosphamide", "route": "intravenous", "dose_basis": "fixed",
             "dose": {"value": 400, "unit": "mg"}, "number_of_doses": 6, "cumulative_dose": {"value": 2.4, "unit": "g"},
             "start": {"date": "2015-01"}, "end": {"date": "2015-06"}, "stop_reason": "no_response"},
            {"id": "course-2", "agent": "rituximab", "route": "intravenous", "dose_basis": "fixed",
             "dose": {"value": 500, "unit": "mg"}, "number_of_doses": 4, "cumulative_dose": {"value": 2, "unit": "g"},
             "start": {"date": "2016-02"}, "end": {"date": "2016-03"}},
        ],
        "outcomes": [
            {"id": "outcome-1", "kind": "complete_remission", "time": {"date": "2016-06"}, "course_ids": ["course-2"],
             "evidence_ids": ["inv-1"]},
            {"id": "outcome-2", "kind": "relapse", "time": {"date": "2017-06"}, "course_ids": ["course-2"]},
        ],
        "introduction": "Rituximab is an option when FSGS resists steroids.",
        "clinical_findings": "Oedema of both legs; blood pressure 140/90 mmHg.",
        "discussion": "Rituximab induced remission after cyclophosphamide failed.",
        "patient_perspective": "I was glad to avoid more steroids.",
        "consent": {"obtained": True, "statement": "Written informed consent was obtained from the patient."},
        "references": [
            {"id": "ref-1", "kind": "journal", "authors": [{"family": "Kim", "initials": "JS"}],
             "title": "Secondary FSGS", "container": "Biomed Res Int", "year": 2016, "volume": "2016",
             "article_number": "1630365", "doi": "10.1155/2016/1630365", "pmid": "27088223"},
            {"id": "ref-2", "kind": "journal", "authors": [{"family": "Radhakrishnan", "initials": "J"}],
             "title": "The KDIGO guideline", "container": "Kidney Int", "year": 2012, "month": 10, "volume": "82",
             "first_page": "840", "last_page": "856", "pmcid": "PMC3456789"},
        ],
    }
    data.update(parts)
    return CaseReport.model_validate(data)


def run(rule_id: str, report: CaseReport):
    """The findings of one rule on ``report``."""
    return get_rule(rule_id).run(report)
