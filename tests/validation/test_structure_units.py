"""Structure and unit rules: a bad and a good example each, with exact paths."""

from editor.domain.operations import set_value
from editor.validation import Severity, validate

from .helpers import clean_report, run


def test_clean_report_has_no_findings():
    assert validate(clean_report()) == []


def test_missing_title_and_whitespace_title():
    report = clean_report()
    report.metadata.title = "   "
    [f] = run("structure.missing-title", report)
    assert f.path == "/metadata/title" and f.severity is Severity.ERROR


def test_no_authors():
    report = clean_report()
    report.metadata.authors = []
    assert [f.path for f in run("structure.no-authors", report)] == ["/metadata/authors"]


def test_abstract_with_one_part_is_not_missing():
    report = clean_report(abstract={"case_presentation": "A 21-year-old man."})
    assert run("structure.missing-abstract", report) == []
    report = clean_report(abstract={})
    assert [f.path for f in run("structure.missing-abstract", report)] == ["/abstract"]


def test_no_treatment_course():
    report = clean_report(treatment_courses=[], outcomes=[])
    assert [f.path for f in run("structure.no-treatment-course", report)] == ["/treatment_courses"]


def test_duplicate_id_points_at_the_second_item():
    report = clean_report()
    report.outcomes[1].id = "course-1"
    [f] = run("structure.duplicate-id", report)
    assert f.path == "/outcomes/1/id"
    assert "treatment course 1" in f.message


def test_unknown_dose_unit_is_kept_and_flagged():
    report = clean_report()
    set_value(report, path="/treatment_courses/1/dose/unit", value="milligrams weekly")
    [f] = run("units.unknown-unit", report)
    assert f.path == "/treatment_courses/1/dose/unit" and f.severity is Severity.WARNING
    assert report.treatment_courses[1].dose.unit == "milligrams weekly"


def test_unit_alias_gets_a_note_with_a_certain_fix():
    report = clean_report()
    report.treatment_courses[1].dose.unit = "mcg"
    assert run("units.unknown-unit", report) == []
    [f] = run("units.alias", report)
    assert f.severity is Severity.INFO and f.fix == (("/treatment_courses/1/dose/unit", "µg"),)


def test_age_in_a_unit_that_is_no_duration():
    report = clean_report(patient={"age": {"value": 21, "unit": "mg"}})
    assert [f.path for f in run("units.age-unit", report)] == ["/patient/age/unit"]
    assert run("units.age-unit", clean_report()) == []


def test_lab_units_ratios_are_readable_free_text_is_not():
    report = clean_report()
    for unit in ("µmol/L", "mg/dL", "g/24h", "mL/min/1.73 m²", "%"):
        report.investigations[0].unit = unit
        assert run("units.lab-unit", report) == [], unit
    report.investigations[0].unit = "micromols per litre"
    assert [f.path for f in run("units.lab-unit", report)] == ["/investigations/0/unit"]


def test_template_instruction_left_in_a_field_is_an_error_with_a_fix():
    report = clean_report(introduction="Replace this: why the case is important (CARE 4).")
    report.discussion = "Rituximab worked.Replace this: the strengths and limitations."
    findings = run("structure.template-text", report)
    assert [f.path for f in findings] == ["/introduction", "/discussion"]
    assert findings[0].severity.value == "error" and findings[1].start == len("Rituximab worked.")
    for finding in findings:
        for pointer, value in finding.fix:
            set_value(report, path=pointer, value=value)
    assert report.introduction is None and report.discussion == "Rituximab worked."
    assert run("structure.template-text", report) == []
