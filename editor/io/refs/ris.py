"""RIS (Zotero, EndNote, Mendeley, Scopus, Embase, PubMed's RIS), read and written with rispy.

Each record is handed to rispy on its own, so one broken record is reported and the rest
imports. Where RIS has no field of its own:
- ``et_al`` is the note ``N1  - Author list ends with et al.``;
- a group author is an ``AU`` line without a comma (a person is always ``Family, Given``);
- the PMID is the accession number ``AN`` (as PubMed's RIS writes it), the PMCID a note
  ``N1  - PMCID: PMC…``; the article number is EndNote's ``C7``.
"""

from __future__ import annotations

import re

import rispy
from rispy.writer import RisWriter

from editor.domain.references import Reference, ReferenceKind

from . import fields
from .result import ImportResult, RecordProblem
from .tagged import split_records

NAME = "RIS"
_START = re.compile(r"^\s*TY\s{1,2}-")
_END = re.compile(r"^\s*ER\s{1,2}-?\s*$")

KINDS_OUT = {
    ReferenceKind.JOURNAL: "JOUR", ReferenceKind.BOOK: "BOOK", ReferenceKind.CHAPTER: "CHAP",
    ReferenceKind.WEB: "ELEC", ReferenceKind.REPORT: "RPRT", ReferenceKind.CONFERENCE: "CPAPER",
    ReferenceKind.THESIS: "THES", ReferenceKind.OTHER: "GEN",
}
KINDS_IN = {value: kind for kind, value in KINDS_OUT.items()} | {
    "JFULL": ReferenceKind.JOURNAL, "EJOUR": ReferenceKind.JOURNAL, "MGZN": ReferenceKind.JOURNAL,
    "NEWS": ReferenceKind.JOURNAL, "INPR": ReferenceKind.JOURNAL, "ABST": ReferenceKind.JOURNAL,
    "EBOOK": ReferenceKind.BOOK, "EDBOOK": ReferenceKind.BOOK, "ECHAP": ReferenceKind.CHAPTER,
    "WEB": ReferenceKind.WEB, "BLOG": ReferenceKind.WEB, "GOVDOC": ReferenceKind.REPORT,
    "CONF": ReferenceKind.CONFERENCE, "UNPB": ReferenceKind.OTHER,
}
_PMID = re.compile(r"^\s*(?:PMID:?\s*)?(\d{1,9})\s*$", re.IGNORECASE)
_PMCID = re.compile(r"\b(PMC\d+)\b")
# A tag line written with one space before the dash ("TY - JOUR", as some EndNote and
# Reference Manager exports have it); rispy needs two.
_ONE_SPACE_TAG = re.compile(r"^([A-Z][A-Z0-9]) -(?= |$)", re.MULTILINE)


class _Writer(RisWriter):
    def set_header(self, count):  # rispy numbers each record ("1."), which RIS does not have
        return None


# --- reading -----------------------------------------------------------------------------


def read(text: str) -> ImportResult:
    result = ImportResult(format=NAME)
    for record in split_records(text, _START, _END):
        if not any(_END.match(line) for line in record.lines):
            result.problems.append(RecordProblem(record.number, record.line,
                                                 "the record has no end line 'ER  -' (is the file cut short?)"))
            continue
        try:
            entries = rispy.loads(_ONE_SPACE_TAG.sub(r"\1  -", record.text))
        except (ValueError, IOError, KeyError) as err:  # rispy's own errors are ValueErrors
            result.problems.append(RecordProblem(record.number, record.line, f"RIS not readable: {err}"))
            continue
        if not entries:
            result.problems.append(RecordProblem(record.number, record.line,
                                                 "no RIS fields found (expected lines like 'TI  - title')"))
        for entry in entries:
            ref = from_entry(entry)
            if fields.is_empty(ref):
                result.problems.append(RecordProblem(record.number, record.line,
                                                     "the record has no title, author, journal or identifier"))
            else:
                result.references.append(ref)
    return result


def _first(entry: dict, *keys: str) -> str | None:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, list):
            value = " ".join(v for v in value if v)
        if value and str(value).strip():
            return str(value).strip()
    return None


def from_entry(entry: dict) -> Reference:
    kind = KINDS_IN.get(str(entry.get("type_of_reference", "")).upper(), ReferenceKind.OTHER)
    ref = Reference(kind=kind)
    # A1 (primary authors, Reference Manager's tag) comes before AU in the author order
    fields.add_names(ref, list(entry.get("first_authors", [])) + list(entry.get("authors", [])))
    editor_names = list(entry.get("secondary_authors", [])) + list(entry.get("editor", []))  # A2 and ED
    ref.editors = [p for p in map(fields.person_from_text, editor_names) if p]
    ref.title = _first(entry, "title", "primary_title", "translated_title")
    if kind is ReferenceKind.JOURNAL:  # the abbreviation first: J2, JA, JO; then the full name: T2, JF
        ref.container = _first(entry, "alternate_title1", "alternate_title2", "journal_name", "secondary_title",
                               "alternate_title3")
    else:
        ref.container = _first(entry, "secondary_title", "journal_name", "alternate_title3")
    ref.edition = _first(entry, "edition")
    ref.place = _first(entry, "place_published")
    ref.publisher = _first(entry, "publisher")
    fields.set_date(ref, _first(entry, "date"))
    fields.set_date(ref, _first(entry, "year", "publication_year"))
    ref.volume = _first(entry, "volume")
    fields.set_issue(ref, _first(entry, "number"))
    _read_pages(ref, _first(entry, "start_page"), _first(entry, "end_page"))
    ref.article_number = ref.article_number or _first(entry, "custom7")
    urls = [u for u in entry.get("urls", []) if u and u.strip()]
    ref.url = urls[0].strip() if urls else None
    notes = list(entry.get("notes", [])) + [entry.get("note") or ""]
    # No DO line? Older exports put the DOI in a doi.org link, in M3 ("doi: …") or in a note.
    ref.doi = fields.clean_doi(_first(entry, "doi")) or fields.doi_inside(
        *urls, _first(entry, "type_of_work"), *[n for n in notes if n])
    fields.lone_article_number(ref)
    ref.accessed = fields.iso_date(_first(entry, "access_date"))
    accession = _PMID.match(_first(entry, "accession_number") or "")
    ref.pmid = accession.group(1) if accession else None
    _read_notes(ref, notes)
    return fields.tidy(ref)


def _read_pages(ref: Reference, start: str | None, end: str | None) -> None:
    """``SP 840`` ``EP 856``, or an end page written short as printed (``EP 56``: 856)."""
    if start and end and "-" in start:
        ref.first_page, ref.last_page = start, end
    else:
        fields.set_pages(ref, f"{start}-{end}" if start and end else start or end)


def _read_notes(ref: Reference, notes: list[str]) -> None:
    for note in notes:
        fields.read_note(ref, note)
        pmcid = _PMCID.search(note or "")
        if pmcid and not ref.pmcid:
            ref.pmcid = pmcid.group(1)


# --- writing -----------------------------------------------------------------------------


def to_entry(ref: Reference) -> dict:
    kind = ReferenceKind(ref.kind)
    entry: dict = {"type_of_reference": KINDS_OUT[kind]}
    names = [fields.person_text(p) for p in ref.authors]
    for group in (ref.group_author or "").split("; "):
        if group.strip():  # one AU line a group; a comma only where a group word shows it is no person
            names.append(group if fields.person_from_text(group) is None else group.replace(",", " "))
    entry["authors"] = names
    entry["secondary_authors"] = [fields.person_text(p) for p in ref.editors]
    entry["title"] = ref.title
    entry["secondary_title"] = ref.container
    if kind is ReferenceKind.JOURNAL and ref.container:
        entry["alternate_title1"] = ref.container  # J2, the abbreviation
    entry["edition"] = ref.edition
    entry["place_published"] = ref.place
    entry["publisher"] = ref.publisher
    entry["year"] = str(ref.year) if ref.year else None
    if ref.year and ref.month:
        entry["date"] = f"{ref.year}/{ref.month:02d}/{f'{ref.day:02d}' if ref.day else ''}/"
    entry["volume"] = ref.volume
    entry["number"] = fields.issue_text(ref)
    entry["start_page"] = ref.first_page
    entry["end_page"] = ref.last_page
    entry["custom7"] = ref.article_number
    entry["doi"] = ref.doi
    entry["accession_number"] = ref.pmid
    entry["urls"] = [ref.url] if ref.url else []
    entry["access_date"] = ref.accessed
    entry["notes"] = fields.note_lines(ref) + ([f"PMCID: {ref.pmcid}"] if ref.pmcid else [])
    return {key: value for key, value in entry.items() if value not in (None, "", [])}


def write(references: list[Reference]) -> str:
    text = rispy.dumps([to_entry(ref) for ref in references], implementation=_Writer)
    return re.sub(r"\n{3,}", "\n\n", text).lstrip("\n")
