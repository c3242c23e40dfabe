"""Derived values: cumulative doses and Vancouver citation numbers."""

from __future__ import annotations

from editor.domain import CaseReport, Quantity, TreatmentCourse
from editor.domain.derived import (
    citations_in,
    compress_numbers,
    cumulative_dose,
    reference_numbers,
    reference_order,
    replace_citations,
    same_amount,
)
from editor.io.native import load

from ..conftest import SAMPLES


def course(**fields) -> TreatmentCourse:
    return TreatmentCourse.model_validate(fields)


def test_seed_rituximab_courses_total_2_g_and_3_g():
    seed = load(SAMPLES / "rituximab-fsgs.case.json")
    totals = {c.id: cumulative_dose(c) for c in seed.treatment_courses if c.agent == "rituximab"}
    assert {k: (q.value, q.unit) for k, q in totals.items()} == {
        "course-rituximab-1": (2, "g"), "course-rituximab-2": (3, "g")}


def test_cumulative_dose_is_none_when_it_cannot_be_known():
    assert cumulative_dose(course(dose={"value": 500, "unit": "mg"})) is None  # number of doses missing
    assert cumulative_dose(course(number_of_doses=4)) is None  # dose missing
    assert cumulative_dose(course(dose={"value": 500}, number_of_doses=4)) is None  # unit missing
    assert cumulative_dose(course(dose={"low": 500, "high": 1000, "unit": "mg"}, number_of_doses=2)) is None


def test_cumulative_dose_stays_exact_and_keeps_small_totals_in_their_unit():
    total = cumulative_dose(course(dose={"value": 0.4, "unit": "g"}, number_of_doses=6))
    assert (total.value, total.unit) == (2.4, "g")
    total = cumulative_dose(course(dose={"value": 100, "unit": "mg"}, number_of_doses=3))
    assert (total.value, total.unit) == (300, "mg")
    total = cumulative_dose(course(dose={"value": 375, "unit": "mg/m2"}, number_of_doses=4))
    assert (total.value, total.unit) == (1500, "mg/m²")  # alias read; only mass and volume are rescaled
    total = cumulative_dose(course(dose={"value": 5000, "unit": "IU"}, number_of_doses=2))
    assert (total.value, total.unit) == (10000, "IU")


def test_same_amount_across_units():
    assert same_amount(Quantity(value=2.4, unit="g"), Quantity(value=2400, unit="mg")) is True
    assert same_amount(Quantity(value=3, unit="g"), Quantity(value=2000, unit="mg")) is False
    assert same_amount(Quantity(value=2, unit="g"), Quantity(value=2, unit="mL")) is None
    assert same_amount(Quantity(value=2, unit="g"), Quantity(unit="g")) is None


def report_citing(**texts) -> CaseReport:
    data = {"references": [{"id": f"ref-{k}", "title": k} for k in "abcd"]}
    for pointer, text in texts.items():
        part, _, field = pointer.partition("__")
        if field:
            data.setdefault(part, {})[field] = text
        else:
            data[part] = text
    return CaseReport.model_validate(data)


def test_numbers_follow_first_citation_in_reading_order():
    # Written out of reading order on purpose: the abstract comes before the introduction and discussion.
    report = report_citing(
        discussion="As shown [@ref-a; @ref-d].",
        introduction="Known [@ref-b] and [@ref-a].",
        abstract__background="Background [@ref-c].",
    )
    assert reference_numbers(report) == {"ref-c": 1, "ref-b": 2, "ref-a": 3, "ref-d": 4}


def test_uncited_references_are_unnumbered_and_listed_last():
    report = report_citing(introduction="Only [@ref-c] and [@ref-a].")
    assert reference_numbers(report) == {"ref-c": 1, "ref-a": 2}
    order = [(n, r.id) for n, r in reference_order(report)]
    assert order == [(1, "ref-c"), (2, "ref-a"), (None, "ref-b"), (None, "ref-d")]


def test_citation_of_a_missing_reference_gets_no_number():
    report = report_citing(introduction="[@ref-zz; @ref-b]")
    assert reference_numbers(report) == {"ref-b": 1}


def test_course_and_outcome_texts_count_after_the_fixed_fields():
    report = report_citing(discussion="[@ref-b]")
    report.treatment_courses.append(TreatmentCourse(id="course-1", response="As reported [@ref-a]."))
    assert reference_numbers(report) == {"ref-b": 1, "ref-a": 2}


def test_citation_markers_are_found_with_their_place():
    text = "Known [@ref-1; @ref-2] and [@ref-3]."
    found = list(citations_in(text, "/introduction"))
    assert [c.ref_ids for c in found] == [("ref-1", "ref-2"), ("ref-3",)]
    assert text[found[0].start : found[0].end] == "[@ref-1; @ref-2]"
    assert found[1].path == "/introduction"


def test_rendered_numbers_compress_runs_and_mark_missing():
    numbers = {"ref-1": 1, "ref-2": 2, "ref-3": 3, "ref-5": 5}
    assert compress_numbers([3, 1, 2, 5]) == "1-3,5"
    assert compress_numbers([1, 2]) == "1,2"
    assert replace_citations("A [@ref-1; @ref-2; @ref-3; @ref-5].", numbers) == "A [1-3,5]."
    assert replace_citations("B [@ref-9].", numbers) == "B [?]."
    assert replace_citations("C [@ref-2; @ref-9].", numbers) == "C [2,?]."
