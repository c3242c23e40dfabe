"""Web of Science (Clarivate, formerly ISI) tagged text: ``TAG value`` lines, read only.

A file starts ``FN Clarivate Analytics Web of Science`` (older ones ``FN ISI Export Format``) and
``VR 1.0``; each record runs from ``PT J`` to ``ER``; ``EF`` ends the file. A line that starts with
three spaces continues the tag above: in name and address lists (``AU``, ``AF``, ``CA``, ``C1``,
``CR``) each continuation line is a new value, elsewhere it continues the text.

Mapping choices:
- persons come from ``AU`` (``Kim, JS``: family and initials) with given names from ``AF``
  (``Kim, Jong Soo``) when both list the same person; ``CA`` is the group author;
- the journal is its ISO abbreviation ``JI`` (``Opt. Express``), written without periods as
  Vancouver writes abbreviations (``Opt Express``), else the 29-character ``J9``, else the full
  title ``SO``; a book chapter's book is ``SO``;
- ``PD`` gives month and day (``JUN 14``, ``2006 May-Jun``); ``SU`` the supplement, ``AR`` the
  article number; ``BP``/``EP`` the pages, or the older ``PS`` (``2457-71``);
- ``DI`` is the DOI and ``PM`` the PMID; a record from WoS's MEDLINE database (``UT MEDLINE:…``)
  gives its PMID there.
"""

from __future__ import annotations

import re

from editor.domain.references import PersonName, Reference, ReferenceKind

from . import fields
from .result import ImportResult, RecordProblem
from .tagged import Record, split_records

NAME = "Web of Science"
START = re.compile(r"^PT(?: |$)")
END = re.compile(r"^ER\s*$")
_TAG_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])(?: (?P<value>.*))?$")
_CONTINUATION = "   "
LIST_TAGS = frozenset({"AU", "AF", "CA", "C1", "CR", "BA", "BF", "ED"})
_UT_MEDLINE = re.compile(r"^MEDLINE:(\d{1,9})$", re.IGNORECASE)

Tags = dict[str, list[str]]


def read(text: str) -> ImportResult:
    result = ImportResult(format=NAME)
    for record in split_records(text, START, END):
        tags, bad_line = _tags(record)
        if bad_line is not None:
            result.problems.append(RecordProblem(
                record.number, bad_line,
                "not a Web of Science line (expected a two-letter tag, a space and the value)"))
            continue
        if "ER" not in tags:
            result.problems.append(RecordProblem(record.number, record.line,
                                                 "the record has no end line 'ER' (is the file cut short?)"))
            continue
        ref = from_tags(tags)
        if fields.is_empty(ref):
            result.problems.append(RecordProblem(record.number, record.line,
                                                 "the record has no title, author, source or identifier"))
        else:
            result.references.append(ref)
    return result


def _tags(record: Record) -> tuple[Tags, int | None]:
    """Values by tag (list tags one value a line); or the line number of a line that is neither."""
    tags: Tags = {}
    last: str | None = None
    for offset, line in enumerate(record.lines):
        if line.startswith(_CONTINUATION) and last is not None:
            values = tags[last]
            if last in LIST_TAGS:
                values.append(line.strip())
            else:
                values[-1] = f"{values[-1]} {line.strip()}".strip()
            continue
        match = _TAG_LINE.match(line.rstrip())
        if match:
            last = match.group("tag")
            tags.setdefault(last, []).append((match.group("value") or "").strip())
        elif line.strip():
            return {}, record.line + offset
    return tags, None


def _one(tags: Tags, *names: str) -> str | None:
    for name in names:  # in order of preference
        for value in tags.get(name, []):
            if value:
                return value
    return None


def _names(tags: Tags, tag: str) -> list[str]:
    """One name a value; a record converted from MEDLINE lists them on one line, split by ';'."""
    return [n.strip() for value in tags.get(tag, []) for n in value.split(";") if n.strip()]


def _kind(tags: Tags) -> ReferenceKind:
    publication = (_one(tags, "PT") or "J").upper()
    document = (_one(tags, "DT") or "").lower()
    if "chapter" in document:
        return ReferenceKind.CHAPTER
    if publication == "B":
        return ReferenceKind.BOOK
    if publication == "C" or (publication != "J" and "proceedings" in document):
        return ReferenceKind.CONFERENCE
    if publication == "P":
        return ReferenceKind.OTHER  # a patent
    return ReferenceKind.JOURNAL


def from_tags(tags: Tags) -> Reference:
    kind = _kind(tags)
    ref = Reference(kind=kind)
    ref.authors = _persons(_names(tags, "AU"), _names(tags, "AF"))
    for group in _names(tags, "CA"):
        fields.add_group(ref, group)
    ref.title = _one(tags, "TI")
    if kind is ReferenceKind.BOOK:
        ref.title = ref.title or _one(tags, "SO")
    elif kind is ReferenceKind.CHAPTER:
        ref.container = _one(tags, "SO", "SE")
    else:
        ref.container = _abbreviation(_one(tags, "JI")) or _one(tags, "J9", "SO")
    if kind is not ReferenceKind.JOURNAL:
        ref.publisher = _one(tags, "PU")
        ref.place = _one(tags, "PI")
    year = _one(tags, "PY")
    fields.set_date(ref, year)
    fields.set_date(ref, _one(tags, "PD"))
    ref.volume = _one(tags, "VL")
    fields.set_issue(ref, _one(tags, "IS"))
    ref.supplement = _one(tags, "SU") or ref.supplement
    first, last = _one(tags, "BP"), _one(tags, "EP")
    if first or last:
        ref.first_page, ref.last_page = first, last if last != first else None
    else:
        fields.set_pages(ref, _one(tags, "PS"))
    ref.article_number = _one(tags, "AR")
    ref.doi = fields.clean_doi(_one(tags, "DI"))
    pmid = _one(tags, "PM")
    medline = _UT_MEDLINE.match(_one(tags, "UT") or "")
    ref.pmid = pmid if pmid and pmid.isdigit() else (medline.group(1) if medline else None)
    return fields.tidy(ref)


def _persons(short: list[str], full: list[str]) -> list[PersonName]:
    """Persons from ``AU`` (initials as WoS gives them), with given names from ``AF`` when they agree."""
    people = [_person(text) for text in short or full]
    if not short or len(full) != len(short):
        return people
    for person, text in zip(people, full):
        fuller = fields.person_from_text(text)
        if fuller is not None and fuller.given and (fuller.family or "").lower() == (person.family or "").lower():
            person.given = fuller.given
            person.family = fuller.family  # AF keeps the name's own capitals where AU may not
            person.initials = person.initials or fuller.initials
    return people


def _person(text: str) -> PersonName:
    """``Kim, JS``; a name some tools write without the comma (``James Brown``) is given then family."""
    found = fields.person_from_text(text)
    if found is not None:
        return found
    given, _, family = text.strip().rpartition(" ")
    return fields.person(family, given)


def _abbreviation(text: str | None) -> str | None:
    """``J. Phys.-Condes. Matter`` -> ``J Phys-Condes Matter`` (Vancouver abbreviations have no periods)."""
    if not text:
        return None
    return re.sub(r"\s+", " ", text.replace(".", " ")).replace(" -", "-").strip() or None
