"""De-identification: what identifies a patient is found, with its span and a fix; clean reports stay quiet."""

import pytest

from editor.domain import TimelineEvent
from editor.domain.operations import set_value
from editor.io.native import load
from editor.validation import validate
from editor.validation.deid_patterns import cpf_valid, dni_valid, nhs_valid, scan

from .helpers import clean_report, run

BAD = [
    ("Mrs Jane Doe was admitted.", "name", "Mrs Jane Doe"),
    ("The patient, John Smith, presented.", "name", "patient, John Smith"),
    ("DOB: 03/04/1961.", "birth-date", "DOB: 03/04/1961"),
    ("He was born on 3 March 1950.", "birth-date", "born on 3 March 1950"),
    ("On 14 March 2021 she received rituximab.", "care-date", "14 March 2021"),
    ("Seen on March 3, 2020.", "care-date", "March 3, 2020"),
    ("Biopsy 2021-03-14.", "care-date", "2021-03-14"),
    ("MRN 4451223 was used.", "record-number", "MRN 4451223"),
    ("NHS number 943 476 5919.", "record-number", "NHS number 943 476 5919"),
    ("Call 020 7946 0958.", "phone", "020 7946 0958"),
    ("Fax: +44 20 7946 0958.", "phone", "Fax: +44 20 7946 0958"),
    ("Write to jane.doe@mail.com today.", "email", "jane.doe@mail.com"),
    ("She lives at 12 Baker Street.", "address", "12 Baker Street"),
    ("Mora na Rua das Flores, 123.", "address", "Rua das Flores, 123"),
    ("Postcode SW1A 1AA.", "postcode", "SW1A 1AA"),
    ("Address: Springfield, IL 62704-1234.", "postcode", "62704-1234"),
    ("CEP 01310-100.", "postcode", "01310-100"),
    ("A 94-year-old man.", "age-over-89", "94-year-old"),
    ("SSN 123-45-6789.", "national-id", "SSN 123-45-6789"),
    ("NI number AB 12 34 56 C.", "national-id", "AB 12 34 56 C"),
    ("CPF 529.982.247-25.", "national-id", "CPF 529.982.247-25"),
    ("DNI 12345678Z.", "national-id", "DNI 12345678Z"),
]
CLEAN = ["Blood pressure 148/92 mmHg.", "Proteinuria 2.1 g/day; albumin 35-50 g/L.", "In March 2019 it recurred.",
         "These 2 may respond.", "As shown before [@ref-1; @ref-2].", "A 21-year-old man, aged 45 later.",
         "Rituximab 500 mg weekly for 4 doses.", "Age 90 days at onset.", "IgG and C3; PLA2R; N04.1.",
         "Kidney Int. 2012;82(8):840-56.", "Number 529.982.247-26.", "Code 12345678A."]


@pytest.mark.parametrize("text,kind,span", BAD)
def test_identifying_text_is_found_with_its_span(text, kind, span):
    hits = scan(text)
    assert [(h.kind, text[h.start:h.end]) for h in hits] == [(kind, span)]


@pytest.mark.parametrize("text", CLEAN)
def test_clinical_text_is_not_flagged(text):
    assert scan(text) == ()


def test_checksums():
    assert cpf_valid("529.982.247-25") and not cpf_valid("111.111.111-11")
    assert dni_valid("12345678Z") and not dni_valid("12345678A")
    assert nhs_valid("943 476 5919") and not nhs_valid("943 476 5918")


def test_samples_have_no_deid_finding():
    for path in ("samples/rituximab-fsgs.case.json", "samples/complete-example.case.json"):
        assert [f for f in validate(load(path)) if f.rule.startswith("deid.")] == []


def test_finding_carries_span_and_remove_fix():
    report = clean_report()
    set_value(report, path="/discussion", value="We thank Mrs Jane Doe. Her MRN 4451223 is on file.")
    findings = run("deid.identifier", report)
    assert [report.discussion[f.start:f.end] for f in findings] == ["Mrs Jane Doe", "MRN 4451223"]
    assert all("Jane" not in f.message for f in findings)  # the message never repeats the identifier
    ((path, fixed),) = findings[0].fix
    assert (path, fixed) == ("/discussion", "We thank [removed]. Her MRN 4451223 is on file.")


def test_references_and_authors_are_not_scanned():
    report = clean_report(metadata={"title": "Rituximab: a case report",
                                    "authors": [{"family": "Doe", "email": "jane.doe@mail.com"}]})
    set_value(report, path="/references/0/title", value="Dr Smith on 3 March 2019")
    assert run("deid.identifier", report) == [] and run("deid.care-date", report) == []


def test_date_of_care_becomes_relative_to_presentation_when_known():
    report = clean_report()
    set_value(report, path="/patient/medical_history", value="Biopsy on 17 March 2021.")
    (finding,) = run("deid.care-date", report)
    assert finding.fix == (("/patient/medical_history", "Biopsy on [removed]."),)
    report.timeline.append(TimelineEvent(id="event-presentation", time={"date": "2021-03-14"},
                                         description="Presentation"))
    (finding,) = run("deid.care-date", report)
    assert finding.fix == (("/patient/medical_history", "Biopsy on day 3."),)
    assert "day 3" in finding.hint


def test_structured_age_over_89():
    report = clean_report(patient={"age": {"value": 93, "unit": "year"}})
    assert [f.path for f in run("deid.identifier", report)] == ["/patient/age/value"]
