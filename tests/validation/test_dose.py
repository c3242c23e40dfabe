"""Dose rules: cumulative arithmetic across units, basis and unit, tenfold slips, missing units."""

import json

from editor.domain import Quantity
from editor.domain.operations import set_value
from editor.validation import Severity
from editor.validation.rules.dose import DOSE_RANGES, usual_ranges

from .helpers import clean_report, run


def test_same_amount_in_another_unit_is_fine():
    # 6 x 400 mg reported as 2.4 g
    assert run("dose.cumulative-mismatch", clean_report()) == []


def test_cumulative_mismatch_offers_the_derived_value_in_the_reported_unit():
    report = clean_report()
    report.treatment_courses[0].cumulative_dose.value = 2.0  # 6 x 400 mg is 2.4 g, not 2 g
    [f] = run("dose.cumulative-mismatch", report)
    assert f.path == "/treatment_courses/0/cumulative_dose/value" and f.severity is Severity.WARNING
    assert "2.4 g" in f.message
    assert f.fix == (("/treatment_courses/0/cumulative_dose/value", 2.4),
                     ("/treatment_courses/0/cumulative_dose/unit", "g"))
    for pointer, value in f.fix:  # applying the quick fix clears the finding
        set_value(report, path=pointer, value=value)
    assert run("dose.cumulative-mismatch", report) == []


def test_cumulative_dose_in_an_incomparable_unit():
    report = clean_report()
    report.treatment_courses[0].cumulative_dose.unit = "mg/kg"
    [f] = run("dose.cumulative-mismatch", report)
    assert f.path == "/treatment_courses/0/cumulative_dose/unit" and f.fix is None


def test_mass_unit_with_per_kg_basis_and_the_reverse():
    report = clean_report()
    set_value(report, path="/treatment_courses/1/dose_basis", value="per_kg")
    [f] = run("dose.basis-unit", report)
    assert f.path == "/treatment_courses/1/dose/unit" and "per kilogram" in f.message
    report = clean_report()
    report.treatment_courses[1].dose.unit = "mg/m²"  # basis says fixed
    assert [f.path for f in run("dose.basis-unit", report)] == ["/treatment_courses/1/dose/unit"]
    report.treatment_courses[1].dose_basis = None  # no basis given: nothing to disagree with
    assert run("dose.basis-unit", report) == []


def test_mg_for_microgram_slip_is_caught():
    report = clean_report()
    report.treatment_courses[1].dose.unit = "g"  # rituximab 500 g
    [f] = run("dose.out-of-range", report)
    assert f.path == "/treatment_courses/1/dose/value"
    assert "Rituxan" in f.message  # the source of the usual range is named
    report = clean_report(treatment_courses=[{"id": "c", "agent": "Tacrolimus", "route": "oral",
                                              "dose": {"value": 2, "unit": "µg"}}], outcomes=[])
    assert [f.path for f in run("dose.out-of-range", report)] == ["/treatment_courses/0/dose/value"]


def test_unusual_but_not_tenfold_dose_is_not_flagged():
    report = clean_report()
    report.treatment_courses[1].dose.value = 2000  # twice the usual top, not ten times
    assert run("dose.out-of-range", report) == []
    report.treatment_courses[1].dose = {"value": 375, "unit": "mg/m²"}
    report = clean_report(treatment_courses=[{"id": "c", "agent": "rituximab", "route": "intravenous",
                                              "dose": {"value": 375, "unit": "mg/m²"}}], outcomes=[])
    assert run("dose.out-of-range", report) == []


def test_dose_with_number_but_no_unit():
    report = clean_report()
    report.treatment_courses[1].dose.unit = None
    [f] = run("dose.missing-unit", report)
    assert f.path == "/treatment_courses/1/dose/unit" and f.severity is Severity.ERROR


def test_dose_table_covers_the_drugs_asked_for_with_sources():
    data = json.loads(DOSE_RANGES.read_text(encoding="utf-8"))
    assert len(data["drugs"]) >= 25
    for drug in ("rituximab", "prednisolone", "methylprednisolone", "prednisone", "cyclophosphamide",
                 "cyclosporine", "ciclosporin", "tacrolimus", "mycophenolate mofetil", "mycophenolic acid",
                 "methotrexate", "azathioprine", "hydroxychloroquine", "furosemide"):
        assert usual_ranges(drug), drug
    for drug in data["drugs"]:
        assert drug["source"].strip()
        for r in drug["ranges"]:
            assert 0 < r["low"] <= r["high"] and r["basis"] in ("fixed", "per_kg", "per_m2")


def test_drug_course_without_any_dose_is_named_but_a_reported_total_is_enough():
    report = clean_report()
    report.treatment_courses[1].dose = None
    report.treatment_courses[1].cumulative_dose = None
    [f] = run("dose.not-given", report)
    assert f.path == "/treatment_courses/1/dose" and "rituximab" in f.message
    report.treatment_courses[1].cumulative_dose = Quantity(value=2, unit="g")
    assert run("dose.not-given", report) == []
    report.treatment_courses[1].cumulative_dose = None
    report.treatment_courses[1].kind = "procedure"
    assert run("dose.not-given", report) == []
