"""A structured report of the seed case (rituximab in refractory FSGS) for the export tests.

Built here so the export tests do not depend on samples/ being finished.
"""

from __future__ import annotations

from editor.domain import CaseReport

LAST_REFERENCE_TITLE = "Development of antirituximab antibodies in children with nephrotic syndrome"


def seed_case() -> CaseReport:
    return CaseReport.model_validate(
        {
            "metadata": {
                "title": "Intravenous Rituximab in Severe Refractory Primary Focal Segmental "
                "Glomerulosclerosis: a case report",
                "keywords": ["refractory focal segmental glomerulosclerosis", "intravenous Rituximab"],
                "authors": [
                    {"family": "Gan", "given": "Wee Leng", "initials": "WL", "affiliation_ids": ["aff-1"],
                     "corresponding": True, "email": "wlgan@example.org", "orcid": "0000-0002-1825-0097"},
                    {"family": "Mustafar", "given": "Ruslinda", "initials": "R", "affiliation_ids": ["aff-1", "aff-2"]},
                    {"family": "Kamaruzaman", "given": "Lydia", "initials": "L", "affiliation_ids": ["aff-2"]},
                ],
                "affiliations": [
                    {"id": "aff-1", "department": "Nephrology Unit", "institution": "Universiti Kebangsaan Malaysia "
                     "Medical Centre", "city": "Kuala Lumpur", "country": "Malaysia"},
                    {"id": "aff-2", "department": "Department of Medicine", "institution": "Hospital Canselor Tuanku "
                     "Muhriz", "city": "Kuala Lumpur", "country": "Malaysia"},
                ],
                "funding": "None.",
                "conflicts_of_interest": "The authors declare no conflicts of interest.",
            },
            "abstract": {
                "background": "In primary focal segmental glomerulosclerosis (FSGS) with heavy proteinuria, "
                "high-dose prednisolone is the mainstay of treatment.",
                "case_presentation": "A 21-year-old man with primary FSGS did not reach remission with steroids, "
                "cyclophosphamide, mycophenolate mofetil or cyclosporine A.",
                "conclusion": "Rituximab induced remission in refractory steroid-dependent FSGS.",
            },
            "introduction": "Managing glomerulonephritis remains a challenge [@kim2016; @valerio2008]. "
            "Other immunosuppressants are warranted when remission is not achieved [@kdigo2012].",
            "patient": {
                "age": {"value": 21, "unit": "year"},
                "sex": "male",
                "presenting_symptoms": "Severe nephrotic syndrome and acute kidney injury.",
                "medical_history": "Primary FSGS, steroid dependent.",
            },
            "clinical_findings": "Generalised oedema; blood pressure 150/90 mmHg.",
            "diagnoses": [
                {"id": "dx-1", "label": "Primary focal segmental glomerulosclerosis", "basis": "renal biopsy",
                 "code": {"system": "ICD-10", "value": "N04.1"}, "primary": True, "time": {"date": "2014"}},
            ],
            "investigations": [
                {"id": "inv-1", "name": "serum creatinine", "value": 250, "unit": "µmol/L",
                 "reference_range": "60-110", "time": {"date": "2015-03"}},
            ],
            "treatment_courses": [
                {"id": "course-1", "agent": "cyclophosphamide", "route": "intravenous",
                 "dose": {"value": 0.4, "unit": "g"}, "number_of_doses": 6, "line": 2,
                 "frequency": {"interval": 2, "unit": "week"}, "start": {"date": "2015-03"},
                 "response": "No remission [@ochi2012]."},
                {"id": "course-2", "agent": "rituximab", "route": "intravenous",
                 "dose": {"value": 500, "unit": "mg"}, "number_of_doses": 4, "line": 4,
                 "frequency": {"interval": 1, "unit": "week"}, "start": {"date": "2016-01"},
                 "end": {"date": "2016-02"}},
            ],
            "outcomes": [
                {"id": "outcome-1", "kind": "complete_remission", "course_ids": ["course-2"],
                 "time": {"date": "2016-04"}, "duration": {"value": 1, "unit": "year"},
                 "description": "Remission for one year."},
                {"id": "outcome-2", "kind": "relapse", "time": {"date": "2017-04"}},
            ],
            "adverse_events": [
                {"id": "ae-1", "description": "Cushingoid features", "grade": 2, "resolved": True},
            ],
            "timeline": [{"id": "event-1", "time": {"date": "2015-02"}, "description": "Acute haemodialysis"}],
            "discussion": "Rituximab induces remission in some adults [@ochi2012; @ren2017].\n\n"
            "Anti-rituximab antibodies may explain loss of response [@ahn2014].",
            "patient_perspective": "I was relieved to stop dialysis.",
            "consent": {"obtained": True, "statement": "Written informed consent was obtained from the patient."},
            "references": [
                {"id": "kim2016", "authors": [{"family": "Kim", "initials": "JS"}, {"family": "Han", "initials": "BG"},
                 {"family": "Choi", "initials": "SO"}, {"family": "Cha", "initials": "SK"}],
                 "title": "Secondary focal segmental glomerulosclerosis: from podocyte injury to "
                 "glomerulosclerosis", "container": "Biomed Res Int", "year": 2016, "volume": "2016",
                 "article_number": "1630365", "doi": "10.1155/2016/1630365", "pmid": "27088085"},
                {"id": "valerio2008", "authors": [{"family": "Valerio", "initials": "F"},
                 {"family": "Sottini", "initials": "L"}, {"family": "Turina", "initials": "S"}], "et_al": True,
                 "title": "Choosing the right treatment approach in focal and segmental glomerular sclerosis",
                 "container": "G Ital Nefrol", "year": 2008, "volume": "25", "supplement": "Suppl 44",
                 "first_page": "S88", "last_page": "S98"},
                {"id": "kdigo2012", "group_author": "Kidney Disease: Improving Global Outcomes (KDIGO) "
                 "Glomerulonephritis Work Group", "kind": "book",
                 "title": "KDIGO clinical practice guideline for glomerulonephritis", "publisher": "KDIGO",
                 "place": "Brussels", "year": 2012},
                {"id": "ochi2012", "authors": [{"family": "Ochi", "initials": "A"}, {"family": "Takei", "initials": "T"}],
                 "et_al": True, "title": "Rituximab treatment for adult patients with focal segmental "
                 "glomerulosclerosis", "container": "Intern Med", "year": 2012, "month": 4, "volume": "51",
                 "issue": "7", "first_page": "759", "last_page": "762"},
                {"id": "ren2017", "authors": [{"family": "Ren", "initials": "H"}], "et_al": True,
                 "title": "Rituximab treatment in adults with refractory minimal change disease or focal "
                 "segmental glomerulosclerosis", "container": "Oncotarget", "year": 2017, "volume": "8",
                 "issue": "55", "first_page": "93438", "last_page": "93443"},
                {"id": "ahn2014", "authors": [{"family": "Ahn", "initials": "YH"}, {"family": "Kang", "initials": "HG"}],
                 "et_al": True, "title": LAST_REFERENCE_TITLE, "container": "Pediatr Nephrol", "year": 2014,
                 "volume": "29", "issue": "8", "first_page": "1461", "last_page": "1464"},
            ],
        }
    )


def every_report() -> list[tuple[str, CaseReport]]:
    """The hand-built seed, an empty draft, and every sample that loads (invalid ones included)."""
    from pathlib import Path

    from editor.io import native
    from editor.io.errors import LoadError

    samples = Path(__file__).resolve().parents[2] / "samples"
    reports = [("seed-case", seed_case()), ("empty-draft", CaseReport())]
    for path in sorted(samples.glob("*.case.json")) + sorted(samples.glob("invalid/*.case.json")):
        try:
            reports.append((path.name, native.load(path)))
        except LoadError:
            continue  # unreadable on purpose (malformed JSON, newer version): nothing to export
    return reports


def sample_names() -> list[str]:
    return [name for name, _ in every_report()]
