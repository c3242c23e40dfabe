"""Reference integrity: identifiers, pages and dates that can be true, the fields each kind needs."""

from __future__ import annotations

import calendar
import datetime
import re
from functools import lru_cache
from operator import attrgetter

from ...domain.derived import reference_name
from ..citations import NAME_SCOPE, NUMBERING_SCOPE, REFERENCES, citation_numbers
from ..finding import Severity
from ..registry import flag, rule

DOI = re.compile(r"^10\.\d{4,9}/\S+$")
DOI_PREFIX = re.compile(r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
PMID = re.compile(r"^\d{1,8}$")
PMID_PREFIX = re.compile(r"^\s*pmid:?\s*", re.IGNORECASE)
PMCID = re.compile(r"^PMC\d{1,9}$")
PAGE = re.compile(r"^([A-Za-z]*)(\d+)$")

# Fields each kind of reference needs; a tuple means any one of them will do.
REQUIRED: dict[str, list[str | tuple[str, ...]]] = {
    "journal": ["title", "container", "year", ("volume", "article_number", "first_page", "doi")],
    "book": ["title", "publisher", "year"],
    "chapter": ["title", "container", ("editors", "publisher")],
    "web": ["title", "url", "accessed"],
    "report": ["title", "year", ("publisher", "group_author")],
    "thesis": ["title", "year", "publisher"],
    "conference": ["title", "year"],
}
_FIELD_WORDS = {"container": "journal", "article_number": "article number", "first_page": "pages", "doi": "DOI",
                "group_author": "issuing organisation", "accessed": "date of access", "url": "web address"}
_CONTAINER_WORDS = {"chapter": "book title"}  # what a chapter's container is


def _name(ref, numbers: dict[str, int], capital: bool = True) -> str:
    """"Reference 7 (Maschio G 1996)": numbered as the References panel numbers it (see ``citations``)."""
    return reference_name(ref, numbers.get(ref.id), capital)


# Each rule below checks one reference and names it by its citation number, which a new citation
# elsewhere can change: it takes the numbers as context, rechecked when a text or an id changes.
PER_REFERENCE = {"fields": REFERENCES, "context": citation_numbers, "scope": NUMBERING_SCOPE}


@rule(id="references.doi-syntax", severity=Severity.ERROR, title="A DOI is not written as 10.NNNN/...",
      **PER_REFERENCE)
def doi_syntax(path, ref, numbers):
    """A DOI starts with "10.", a registrant number of four or more digits, a slash and a suffix.

    Bad: doi "https://doi.org/10.1038/ki.2012.205" (a link, not the DOI) or "10.1038ki.2012.205".
    Good: doi "10.1038/ki.2012.205".
    """
    if not ref.doi or DOI.match(ref.doi):
        return
    bare = DOI_PREFIX.sub("", ref.doi).strip()
    if bare != ref.doi and DOI.match(bare):
        yield flag(f"{path}/doi", f"{_name(ref, numbers)}: the DOI is written as a link ('{ref.doi}').",
                   f"Keep only the DOI itself: {bare}.", fix=((f"{path}/doi", bare),),
                   fix_label=f"Set the DOI to {bare}")
    else:
        yield flag(f"{path}/doi", f"{_name(ref, numbers)}: '{ref.doi}' is not a DOI.",
                   "A DOI looks like 10.1038/ki.2012.205; copy it from the article's page.")


@rule(id="references.pmid-syntax", severity=Severity.ERROR, title="A PMID is not 1 to 8 digits",
      **PER_REFERENCE)
def pmid_syntax(path, ref, numbers):
    """A PubMed identifier is a number of one to eight digits.

    Bad: pmid "PMID: 22785167" or "2278516x".
    Good: pmid "22785167".
    """
    if not ref.pmid or PMID.match(ref.pmid):
        return
    bare = PMID_PREFIX.sub("", ref.pmid).strip()
    fix = ((f"{path}/pmid", bare),) if bare != ref.pmid and PMID.match(bare) else None
    yield flag(f"{path}/pmid", f"{_name(ref, numbers)}: '{ref.pmid}' is not a PubMed identifier.",
               f"Keep only the number: {bare}." if fix else "A PMID is a number of up to eight digits, as PubMed shows it.",
               fix=fix, fix_label=f"Set the PMID to {bare}" if fix else "")


@rule(id="references.pmcid-syntax", severity=Severity.ERROR, title="A PMCID is not PMC followed by digits",
      **PER_REFERENCE)
def pmcid_syntax(path, ref, numbers):
    """A PubMed Central identifier is "PMC" and digits.

    Bad: pmcid "3456789" or "PMC 3456789".
    Good: pmcid "PMC3456789".
    """
    if not ref.pmcid or PMCID.match(ref.pmcid):
        return
    digits = re.sub(r"^\s*pmc\s*", "", ref.pmcid, flags=re.IGNORECASE).strip()
    fix = ((f"{path}/pmcid", f"PMC{digits}"),) if digits.isdigit() else None
    yield flag(f"{path}/pmcid", f"{_name(ref, numbers)}: '{ref.pmcid}' is not a PubMed Central identifier.",
               f"Write it as PMC{digits}." if fix else "A PMCID reads PMC and digits, as PubMed Central shows it.",
               fix=fix, fix_label=f"Set the PMCID to PMC{digits}" if fix else "")


@rule(id="references.page-order", severity=Severity.ERROR, title="The first page comes after the last page",
      **PER_REFERENCE)
def page_order(path, ref, numbers):
    """Pages are stored in full; a short last page ("840-56") must be written out (856).

    Bad: first page 840, last page 56.
    Good: first page 840, last page 856.
    """
    first, last = PAGE.match(ref.first_page or ""), PAGE.match(ref.last_page or "")
    if not first or not last or first.group(1).lower() != last.group(1).lower():
        return
    a, b = first.group(2), last.group(2)
    if int(b) >= int(a):
        return
    name = _name(ref, numbers)
    if len(b) < len(a) and int(a[: len(a) - len(b)] + b) > int(a):
        full = last.group(1) + a[: len(a) - len(b)] + b
        yield flag(f"{path}/last_page", f"{name}: the last page is written short ({ref.first_page}-{ref.last_page}).",
                   f"Write the last page in full: {full}.", fix=((f"{path}/last_page", full),),
                   fix_label=f"Write the last page in full: {full}")
    else:
        yield flag(f"{path}/last_page", f"{name}: the first page ({ref.first_page}) comes after the last ({ref.last_page}).",
                   "Check the page range against the article.")


@rule(id="references.implausible-year", severity=Severity.ERROR, title="A reference's year is before 1800 or in the future",
      **PER_REFERENCE)
def implausible_year(path, ref, numbers):
    """A year of publication lies between 1800 and next year (articles in press).

    Bad: year 2102, or 212.
    Good: year 2012.
    """
    latest = datetime.date.today().year + 1
    if ref.year is not None and not 1800 <= ref.year <= latest:
        yield flag(f"{path}/year", f"{_name(ref, numbers)}: the year {ref.year} cannot be a year of publication.",
                   f"Check the year; it lies between 1800 and {latest}.")


@rule(id="references.invalid-date", severity=Severity.ERROR, title="A reference's month or day does not exist",
      **PER_REFERENCE)
def invalid_date(path, ref, numbers):
    """Months run 1 to 12, and a day must exist in its month.

    Bad: month 13, or 31 April.
    Good: month 4, day 30.
    """
    if ref.month is not None and not 1 <= ref.month <= 12:
        yield flag(f"{path}/month", f"{_name(ref, numbers)}: there is no month {ref.month}.",
                   "Give the month as a number from 1 to 12.")
        return
    if ref.day is None:
        return
    if ref.month is None:
        days = 31
    else:
        year = ref.year if ref.year and 1 <= ref.year <= 9999 else 2000  # 2000 allows 29 February
        days = calendar.monthrange(year, ref.month)[1]
    if not 1 <= ref.day <= days:
        yield flag(f"{path}/day", f"{_name(ref, numbers)}: there is no day {ref.day} in that month.",
                   f"Give a day from 1 to {days}.")


@rule(id="references.missing-fields", severity=Severity.WARNING, title="A reference lacks a field its kind needs",
      **PER_REFERENCE)
def missing_fields(path, ref, numbers):
    """Each kind of reference needs its own fields (a journal article: title, journal, year, volume or pages).

    Bad: a journal article with no journal and no year.
    Good: title, journal "Kidney Int", year 2012, volume 82, pages 840-856.
    """
    for need in REQUIRED.get(ref.kind.value, []):
        options = need if isinstance(need, tuple) else (need,)
        if not any(_filled(getattr(ref, f, None)) for f in options):
            words = _either([_field_words(f, ref.kind.value) for f in options])
            yield flag(f"{path}/{options[0]}", f"{_name(ref, numbers)}, a {ref.kind.value} reference, has no {words}.",
                       f"Add the {words}; a {ref.kind.value} reference needs it to be found.")


def _field_words(field: str, kind: str) -> str:
    if field == "container" and kind in _CONTAINER_WORDS:
        return _CONTAINER_WORDS[kind]
    return _FIELD_WORDS.get(field, field.replace("_", " "))


def _either(words: list[str]) -> str:
    """``volume, article number, pages or DOI``."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def _filled(value) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value) or value == 0


@rule(id="references.et-al-few-authors", severity=Severity.WARNING, title="'et al.' follows fewer than six authors",
      **PER_REFERENCE)
def et_al_few_authors(path, ref, numbers):
    """Vancouver lists the first six authors before "et al."; fewer means the list was cut too early.

    Bad: "Wei C, Trachtman H, Li J, Dong C, et al."
    Good: the first six authors, then "et al.", or all authors when there are six or fewer.
    """
    if ref.et_al and len(ref.authors) < 6:
        yield flag(f"{path}/et_al", f"{_name(ref, numbers)} lists {len(ref.authors)} author(s) and then 'et al.'.",
                   "List the first six authors before 'et al.' (all of them when there are six or fewer).")


@lru_cache(maxsize=8192)
def _bare_doi(value: str) -> str:
    return DOI_PREFIX.sub("", value).strip().lower()


@lru_cache(maxsize=8192)
def _bare_pmid(value: str) -> str:
    return PMID_PREFIX.sub("", value).strip()


@lru_cache(maxsize=4)
def _repeats(values: tuple, normalise) -> tuple[tuple[int, int], ...]:
    """(index, index of the first with the same value) for each value seen before; kept, so that an edit
    that only renames references (a title, a new citation) does not redo the search."""
    seen: dict[str, int] = {}
    found = []
    for i, value in enumerate(values):
        if value:
            first = seen.setdefault(normalise(value), i)
            if first != i:
                found.append((i, first))
    return tuple(found)


def _duplicates(report, numbers, field: str, label: str, normalise):
    refs = report.references
    for i, first in _repeats(tuple(map(attrgetter(field), refs)), normalise):
        value = getattr(refs[i], field)
        yield flag(f"/references/{i}/{field}",
                   f"{_name(refs[i], numbers)} has the same {label} ({value}) as {_name(refs[first], numbers, False)}.",
                   "These are probably the same work: merge them (Tools ▸ Find duplicate references) or correct the identifier.")


# The two rules name both references by citation number: they also rerun when the numbers change.
NAMING_TWO = {"context": citation_numbers, "context_scope": NUMBERING_SCOPE}


@rule(id="references.duplicate-doi", severity=Severity.WARNING, title="Two references have the same DOI",
      scope=["references/*/doi", *NAME_SCOPE], **NAMING_TWO)
def duplicate_doi(report, numbers):
    """A DOI names one work; two references with it are one work listed twice.

    Bad: references 3 and 12 both with doi 10.1038/ki.2012.205.
    Good: one reference with that DOI, cited in both places.
    """
    yield from _duplicates(report, numbers, "doi", "DOI", _bare_doi)


@rule(id="references.duplicate-pmid", severity=Severity.WARNING, title="Two references have the same PMID",
      scope=["references/*/pmid", *NAME_SCOPE], **NAMING_TWO)
def duplicate_pmid(report, numbers):
    """A PMID names one PubMed record; two references with it are one work listed twice.

    Bad: references 5 and 9 both with pmid 22785167.
    Good: one reference with that PMID.
    """
    yield from _duplicates(report, numbers, "pmid", "PMID", _bare_pmid)
