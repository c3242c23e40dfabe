"""Reference integrity rules."""

import datetime

import pytest

from editor.domain import PersonName, Reference
from editor.validation import Severity
from editor.validation.rules.journals import abbreviates, words

from .helpers import clean_report, run


def with_ref(**fields):
    report = clean_report()
    for name, value in fields.items():
        setattr(report.references[1], name, value)
    return report


@pytest.mark.parametrize("rule_id, field, bad, fixed", [
    ("references.doi-syntax", "doi", "https://doi.org/10.1038/ki.2012.205", "10.1038/ki.2012.205"),
    ("references.pmid-syntax", "pmid", "PMID: 22785167", "22785167"),
    ("references.pmcid-syntax", "pmcid", "3456789", "PMC3456789"),
])
def test_identifier_written_with_a_prefix_gets_a_certain_fix(rule_id, field, bad, fixed):
    [f] = run(rule_id, with_ref(**{field: bad}))
    assert f.path == f"/references/1/{field}" and f.severity is Severity.ERROR
    assert f.fix == ((f"/references/1/{field}", fixed),)
    assert run(rule_id, with_ref(**{field: fixed})) == []


@pytest.mark.parametrize("rule_id, field, bad", [
    ("references.doi-syntax", "doi", "10.1038ki.2012.205"),
    ("references.pmid-syntax", "pmid", "123456789"),
    ("references.pmcid-syntax", "pmcid", "PMC34x"),
])
def test_malformed_identifier_without_a_guess(rule_id, field, bad):
    [f] = run(rule_id, with_ref(**{field: bad}))
    assert f.fix is None and bad in f.message


def test_short_last_page_is_expanded_and_true_reversal_reported():
    [f] = run("references.page-order", with_ref(first_page="840", last_page="56"))
    assert f.path == "/references/1/last_page" and f.fix == (("/references/1/last_page", "856"),)
    [f] = run("references.page-order", with_ref(first_page="S336", last_page="S331"))
    assert f.fix is None
    assert run("references.page-order", with_ref(first_page="S331", last_page="S336")) == []


def test_implausible_year():
    assert [f.path for f in run("references.implausible-year", with_ref(year=212))] == ["/references/1/year"]
    assert len(run("references.implausible-year", with_ref(year=datetime.date.today().year + 2))) == 1
    assert run("references.implausible-year", with_ref(year=datetime.date.today().year + 1)) == []


def test_invalid_month_and_day():
    assert [f.path for f in run("references.invalid-date", with_ref(month=13))] == ["/references/1/month"]
    assert [f.path for f in run("references.invalid-date", with_ref(month=4, day=31))] == ["/references/1/day"]
    assert [f.path for f in run("references.invalid-date", with_ref(year=2015, month=2, day=29))] == ["/references/1/day"]
    assert run("references.invalid-date", with_ref(year=2016, month=2, day=29)) == []


def test_fields_missing_for_the_kind():
    found = run("references.missing-fields", with_ref(container=None, year=None))
    assert [f.path for f in found] == ["/references/1/container", "/references/1/year"]
    report = clean_report()
    report.references[1] = Reference(id="ref-2", kind="book", title="Nephrology", year=2010)
    assert [f.path for f in run("references.missing-fields", report)] == ["/references/1/publisher"]
    report.references[1] = Reference(id="ref-2", kind="web", title="KDIGO", url="https://kdigo.org")
    assert [f.path for f in run("references.missing-fields", report)] == ["/references/1/accessed"]


def test_missing_fields_are_named_as_the_kind_calls_them():
    found = run("references.missing-fields", with_ref(container=None, volume=None, first_page=None, last_page=None,
                                                      article_number=None, doi=None))
    assert [f.message.split(" has no ")[1] for f in found] == ["journal.", "volume, article number, pages or DOI."]
    report = clean_report()
    report.references[1] = Reference(id="ref-2", kind="chapter", title="Minimal change disease", publisher="Springer")
    [chapter] = run("references.missing-fields", report)
    assert chapter.message.endswith("Reference 2 (Minimal change disease), a chapter reference, has no book title.") and "Add the book title" in chapter.hint


def test_et_al_after_fewer_than_six_authors():
    four = [PersonName(family=n, initials="X") for n in ("Wei", "Trachtman", "Li", "Dong")]
    [f] = run("references.et-al-few-authors", with_ref(authors=four, et_al=True))
    assert f.path == "/references/1/et_al"
    six = four + [PersonName(family="Smith", initials="A"), PersonName(family="Jones", initials="B")]
    assert run("references.et-al-few-authors", with_ref(authors=six, et_al=True)) == []


def test_same_doi_or_pmid_twice():
    report = clean_report()
    report.references[1].doi = "10.1155/2016/1630365".upper()
    [f] = run("references.duplicate-doi", report)
    assert f.path == "/references/1/doi" and "reference 1" in f.message
    report.references[1].pmid = "27088223"
    assert [f.path for f in run("references.duplicate-pmid", report)] == ["/references/1/pmid"]
    assert run("references.duplicate-doi", clean_report()) == []


def test_journal_in_full_and_abbreviated():
    report = clean_report()
    report.references[0].container = "Kidney International"  # reference 2 has "Kidney Int"
    [f] = run("references.journal-abbreviation", report)
    assert f.path == "/references/0/container"
    assert f.fix == (("/references/0/container", "Kidney Int"),)
    assert run("references.journal-abbreviation", clean_report()) == []


def test_abbreviation_detected_without_the_table():
    assert abbreviates(words("Pediatric Nephrol"), words("Pediatric nephrology"))
    assert abbreviates(words("J Am Soc Nephrol"), words("Journal of the American Society of Nephrology"))
    assert not abbreviates(words("Clin J Am Soc Nephrol"), words("Journal of the American Society of Nephrology"))
