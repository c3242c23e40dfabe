"""The CARE checklist mapping: 13 items, sub-items, statuses and where each is covered."""

import pytest

from editor.domain import CareNote
from editor.domain.operations import set_value
from editor.io.native import load
from editor.validation.care import CARE_ITEMS, care_item, care_status, flat_status

from .helpers import clean_report


def by_number(report):
    return {s.number: s for s in flat_status(report)}


def test_thirteen_items_with_care_sub_items():
    assert [i.number for i in CARE_ITEMS] == [str(n) for n in range(1, 14)]
    assert [p.number for p in care_item("10").parts] == ["10a", "10b", "10c", "10d"]
    assert care_item("3b").topic == "Abstract" and "Case presentation" in care_item("3b").description
    with pytest.raises(KeyError):
        care_item("14")


def test_complete_example_is_covered_and_says_where():
    status = by_number(load("samples/complete-example.case.json"))
    for number in ("1", "2", "3", "4", "5a", "6", "7", "9", "12", "13"):
        assert status[number].status == "covered", (number, status[number].reason)
    assert status["12"].pointer == "/patient_perspective" and status["12"].section == "Patient perspective"
    assert status["13"].pointer == "/consent/statement"


def test_seed_sample_shows_its_gaps():
    status = by_number(load("samples/rituximab-fsgs.case.json"))
    assert status["1"].status == "partly" and "case report" in status["1"].reason
    assert status["12"].status == "missing"
    assert status["13"].status == "missing"
    assert status["3"].status == "covered"


def test_item_with_some_parts_covered_is_partly():
    report = clean_report(abstract={"background": "New.", "case_presentation": "A man."})
    status = by_number(report)
    assert status["3a"].status == status["3b"].status == "covered"
    assert status["3c"].status == "missing"
    assert status["3"].status == "partly" and "3c" in status["3"].reason


def test_not_reported_needs_a_reason_and_covered_wins():
    report = clean_report(patient_perspective=None)
    set_value(report, path="/care_notes/12", value=CareNote(not_reported=True))
    assert by_number(report)["12"].status == "missing"
    assert "no reason" in by_number(report)["12"].reason
    set_value(report, path="/care_notes/12", value=CareNote(not_reported=True, reason="Patient declined."))
    item = by_number(report)["12"]
    assert (item.status, item.reason) == ("not_reported", "Patient declined.")
    set_value(report, path="/patient_perspective", value="I felt better.")
    assert by_number(report)["12"].status == "covered"


def test_sub_item_not_reported_counts_for_the_item():
    report = clean_report(abstract={"background": "New.", "case_presentation": "A man."})
    set_value(report, path="/care_notes/3c", value=CareNote(not_reported=True, reason="Journal has no conclusion."))
    assert by_number(report)["3"].status == "covered"


def test_keywords_outside_two_to_five_are_partly_covered():
    report = clean_report(metadata={"title": "x", "keywords": ["a"]})
    assert by_number(report)["2"].status == "partly"
    assert len(care_status(report)) == 13


def test_plural_parts_read_as_plain_english_in_the_checklist():
    empty = by_number(clean_report(clinical_findings=None, patient={"presenting_symptoms": None}))
    assert empty["6"].reason == "The clinical findings are empty."
    assert empty["5b"].reason == "The presenting symptoms are empty."
    assert by_number(clean_report(clinical_findings="Oedema of both legs."))["6"].reason == \
        "The clinical findings are written."
    assert by_number(clean_report(abstract={"conclusion": None}))["3c"].reason == "The conclusion is empty."
