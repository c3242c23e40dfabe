"""Every quick fix says what it does: the problems list shows its label, never a bare "Apply quick fix"."""

from __future__ import annotations

import inspect

import pytest

from editor.domain import TimePoint
from editor.domain.clinical import TimelineEvent
from editor.validation import all_rules, validate

from .helpers import clean_report


def _broken_reports():
    """Reports that trigger each rule able to offer a fix, each broken in one or two places."""
    title = clean_report()
    title.metadata.title = "Rituximab in refractory FSGS"

    texts = clean_report()
    texts.patient.medical_history = "Seen by Dr Smith on 14 March 2021, MRN 12345678, phone +44 20 7946 0958."
    texts.introduction = "Replace this: a brief background of why this case is important."
    texts.treatment_courses[0].cumulative_dose.value = 3  # 6 x 400 mg is 2.4 g
    texts.treatment_courses[1].dose.unit = "mcg"

    dated = clean_report()  # presentation dated to the day: a date of care becomes "day N"
    dated.timeline.insert(0, TimelineEvent(id="event-p", description="Presentation", time=TimePoint(date="2021-03-01")))
    dated.discussion = "On 14 March 2021 she relapsed."

    refs = clean_report()
    refs.references[0].container = "Kidney International"  # reference 2 writes "Kidney Int"
    refs.references[1].doi = "https://doi.org/10.1038/ki.2012.205"
    refs.references[1].pmid = "PMID: 22785167"
    refs.references[1].pmcid = "3456789"
    refs.references[1].last_page = "56"
    return [title, texts, dated, refs]


def _findings_with_fixes():
    return [f for report in _broken_reports() for f in validate(report) if f.fix]


def test_no_rule_offers_a_fix_without_saying_what_it_does():
    fixes = _findings_with_fixes()
    unlabelled = [(f.rule, f.message) for f in fixes if not f.fix_label.strip()]
    assert not unlabelled
    # every rule whose code can build a fix was made to offer one above, so none escapes this test
    fixing_rules = {r.id for r in all_rules() if "fix=" in inspect.getsource(r.func)}
    assert fixing_rules <= {f.rule for f in fixes}


@pytest.mark.parametrize("rule_id, label", [
    ("references.doi-syntax", "Set the DOI to 10.1038/ki.2012.205"),
    ("references.pmid-syntax", "Set the PMID to 22785167"),
    ("references.pmcid-syntax", "Set the PMCID to PMC3456789"),
    ("references.page-order", "Write the last page in full: 856"),
    ("references.journal-abbreviation", "Use the NLM abbreviation 'Kidney Int'"),
    ("care.title-case-report", "Add ': a case report' to the title"),
    ("dose.cumulative-mismatch", "Set the cumulative dose to 2.4 g"),
    ("units.alias", "Write 'µg'"),
])
def test_label_names_the_value_the_fix_writes(rule_id, label):
    assert label in {f.fix_label for f in _findings_with_fixes() if f.rule == rule_id}


def test_removal_labels_say_what_is_removed():
    labels = {f.fix_label for f in _findings_with_fixes() if f.rule.startswith("deid.")}
    assert {"Remove the record number", "Remove the phone number", "Remove the date", "Replace with 'day 13'"} <= labels
