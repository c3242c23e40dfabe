"""PubMed's MEDLINE / ``.nbib`` format: ``TAG - value`` lines, continuation lines indented.

Read line by line here rather than with nbib: nbib gives up on the whole file at the first
malformed line and drops the tags of books, DOIs in ``LID`` and notes, and we must report
problems record by record with their line. Written as PubMed writes it (``PMID- ``, ``FAU - ``,
``AU  - Kim JS``, ``TA``, ``VI``, ``IP``, ``PG``, ``DP``, ``LID - … [doi]``), with these choices
where MEDLINE has no field:
- ``et_al``, the URL and the access date are general notes (``GN  - Author list ends with et al.``,
  ``GN  - URL: …``, ``GN  - Accessed: …``);
- the kind is the publication type ``PT``; a book's title is ``BTI``, a chapter's book ``BTI``;
- an article number alone is the pagination (PubMed does the same); beside pages it is
  ``LID - … [article-number]``.
"""

from __future__ import annotations

import re
import textwrap

from editor.domain.references import Reference, ReferenceKind

from . import fields
from .result import ImportResult, RecordProblem
from .tagged import Record, split_records

NAME = "PubMed/MEDLINE"
_TAG_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9]{1,3})\s*-\s?(?P<value>.*)$")
_START = re.compile(r"^PMID\s*-")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
KINDS_OUT = {
    ReferenceKind.JOURNAL: "Journal Article", ReferenceKind.BOOK: "Book", ReferenceKind.CHAPTER: "Book Chapter",
    ReferenceKind.WEB: "Website", ReferenceKind.REPORT: "Technical Report", ReferenceKind.CONFERENCE: "Congress",
    ReferenceKind.THESIS: "Academic Dissertation", ReferenceKind.OTHER: "Other",
}
KINDS_IN = {value.lower(): kind for kind, value in KINDS_OUT.items()} | {
    "review": ReferenceKind.JOURNAL, "case reports": ReferenceKind.JOURNAL, "letter": ReferenceKind.JOURNAL,
    "editorial": ReferenceKind.JOURNAL, "comment": ReferenceKind.JOURNAL,
    "clinical conference": ReferenceKind.CONFERENCE, "consensus development conference": ReferenceKind.CONFERENCE,
}


# --- reading -----------------------------------------------------------------------------


def read(text: str) -> ImportResult:
    result = ImportResult(format=NAME)
    for record in split_records(text, _START):
        tags, bad_line = _tags(record)
        if bad_line is not None:
            result.problems.append(RecordProblem(record.number, bad_line,
                                                 "not a MEDLINE line (expected 'TAG - value')"))
            continue
        ref = from_tags(tags)
        if fields.is_empty(ref):
            result.problems.append(RecordProblem(record.number, record.line,
                                                 "the record has no title, author, journal or PMID"))
        else:
            result.references.append(ref)
    return result


def _tags(record: Record) -> tuple[list[tuple[str, str]], int | None]:
    """(tag, value) pairs with continuation lines joined; or the line number of a bad line."""
    tags: list[tuple[str, str]] = []
    for offset, line in enumerate(record.lines):
        match = _TAG_LINE.match(line)
        if match and not line[:1].isspace():
            tags.append((match.group("tag"), match.group("value").strip()))
        elif line[:1].isspace() and tags:
            tag, value = tags[-1]
            tags[-1] = (tag, f"{value} {line.strip()}".strip())
        elif line.strip():
            return [], record.line + offset
    return tags, None


def _all(tags: list[tuple[str, str]], *names: str) -> list[str]:
    return [value for tag, value in tags if tag in names and value]


def _one(tags: list[tuple[str, str]], *names: str) -> str | None:
    for name in names:  # in order of preference
        values = _all(tags, name)
        if values:
            return values[0]
    return None


def _kind(tags: list[tuple[str, str]]) -> ReferenceKind:
    types = [t.lower() for t in _all(tags, "PT")]
    for value in types:
        if value in KINDS_IN and KINDS_IN[value] is not ReferenceKind.JOURNAL:
            if KINDS_IN[value] is ReferenceKind.BOOK and _one(tags, "TI") and _one(tags, "BTI"):
                return ReferenceKind.CHAPTER
            return KINDS_IN[value]
    if _one(tags, "BTI") and not _one(tags, "TA", "JT"):
        return ReferenceKind.CHAPTER if _one(tags, "TI") else ReferenceKind.BOOK
    return ReferenceKind.JOURNAL


def from_tags(tags: list[tuple[str, str]]) -> Reference:
    kind = _kind(tags)
    ref = Reference(kind=kind)
    # FAU ("Kim, Jong Soo") is fuller than AU ("Kim JS"); a record has one or both.
    fields.add_names(ref, _all(tags, "FAU") or _all(tags, "AU"))
    for group in _all(tags, "CN"):
        fields.add_group(ref, group)
    ref.editors = [p for p in map(fields.person_from_text, _all(tags, "FED") or _all(tags, "ED")) if p]
    if kind is ReferenceKind.BOOK:
        ref.title = _one(tags, "BTI", "TI")
    else:
        ref.title = _one(tags, "TI") if kind is ReferenceKind.CHAPTER else _one(tags, "TI", "BTI")
        ref.container = _one(tags, "BTI") if kind is ReferenceKind.CHAPTER else _one(tags, "TA", "JT")
    if kind is not ReferenceKind.JOURNAL:
        ref.place = _one(tags, "PL")
    ref.publisher = _one(tags, "PB")
    ref.edition = _one(tags, "EN")
    fields.set_date(ref, _one(tags, "DP", "DEP"))
    ref.volume = _one(tags, "VI")
    fields.set_issue(ref, _one(tags, "IP"))
    _read_pages(ref, _one(tags, "PG"))
    _read_ids(ref, tags)
    for note in _all(tags, "GN"):
        _read_note(ref, note)
    return fields.tidy(ref)


def _read_pages(ref: Reference, pages: str | None) -> None:
    fields.set_pages(ref, pages)
    fields.lone_article_number(ref)


def _read_ids(ref: Reference, tags: list[tuple[str, str]]) -> None:
    for value in _all(tags, "LID", "AID"):
        body, _, mark = value.partition(" [")
        mark = mark.rstrip("]").lower()
        if mark == "doi" or (not mark and body.startswith("10.")):
            ref.doi = ref.doi or fields.clean_doi(body)
        elif mark == "article-number":
            ref.article_number = ref.article_number or body.strip()
    pmid = _one(tags, "PMID")
    ref.pmid = pmid if pmid and pmid.isdigit() else None
    pmcid = _one(tags, "PMC")
    ref.pmcid = f"PMC{pmcid}" if pmcid and pmcid.isdigit() else pmcid  # "PMC -22664230" names PMC22664230


def _read_note(ref: Reference, note: str) -> None:
    label, _, value = note.partition(": ")
    if label == "URL":
        ref.url = value
    elif label == "Accessed":
        ref.accessed = value
    else:
        fields.read_note(ref, note)


# --- writing -----------------------------------------------------------------------------


def _line(tag: str, value: str) -> str:
    """``TAG - value``, wrapped as PubMed wraps long values (continuations indented 6)."""
    head = f"{tag:<4}- "
    return textwrap.fill(value, width=82, initial_indent=head, subsequent_indent=" " * 6,
                         break_long_words=False, break_on_hyphens=False)


def _date(ref: Reference) -> str:
    parts = [str(ref.year)]
    if ref.month and 1 <= ref.month <= 12:
        parts.append(_MONTHS[ref.month - 1])
        if ref.day:
            parts.append(str(ref.day))
    return " ".join(parts)


def to_lines(ref: Reference) -> list[tuple[str, str]]:
    kind = ReferenceKind(ref.kind)
    tags: list[tuple[str, str | None]] = [("PMID", ref.pmid)]
    if kind is ReferenceKind.BOOK:
        tags.append(("BTI", ref.title))
    else:
        tags.append(("TI", ref.title))
        if kind is ReferenceKind.CHAPTER:
            tags.append(("BTI", ref.container))
    pages = fields.pages_text(ref)
    tags += [("PG", pages or ref.article_number)]
    if pages and ref.article_number:
        tags.append(("LID", f"{ref.article_number} [article-number]"))
    if ref.doi:
        tags.append(("LID", f"{ref.doi} [doi]"))
    for person in ref.authors:
        tags += [("FAU", fields.person_text(person)), ("AU", person.vancouver())]
    tags.append(("CN", ref.group_author))
    for person in ref.editors:
        tags += [("FED", fields.person_text(person)), ("ED", person.vancouver())]
    tags += [("EN", ref.edition), ("PL", ref.place), ("PB", ref.publisher),
             ("DP", _date(ref) if ref.year else None), ("VI", ref.volume), ("IP", fields.issue_text(ref)),
             ("PT", KINDS_OUT[kind])]
    if kind is not ReferenceKind.BOOK and kind is not ReferenceKind.CHAPTER:
        tags.append(("TA", ref.container))
    tags.append(("PMC", ref.pmcid))
    tags.append(("AID", f"{ref.doi} [doi]" if ref.doi else None))  # PubMed repeats it here; nbib reads only AID
    tags += [("GN", note) for note in fields.note_lines(ref)]
    tags += [("GN", f"URL: {ref.url}" if ref.url else None), ("GN", f"Accessed: {ref.accessed}" if ref.accessed else None)]
    return [(tag, value) for tag, value in tags if value]


def write(references: list[Reference]) -> str:
    records = ["\n".join(_line(tag, value) for tag, value in to_lines(ref)) for ref in references]
    return "\n" + "\n\n".join(records) + "\n"
