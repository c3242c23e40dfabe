"""CSL-JSON (Zotero, Better BibTeX, pandoc, citeproc): export through ``to_csl_item``, import here.

``from_csl_item`` is the reverse of ``editor.references.csl_item.to_csl_item``. It also reads
what other tools write: HTML markup inside titles (``<i>``, ``<sup>``, ``<span class="nocase">``)
is dropped as markup, never interpreted; dates come as ``date-parts`` (numbers or strings),
``literal`` or ``raw`` text; a journal's abbreviation (``container-title-short`` or
``journalAbbreviation``) is preferred for ``container``. ``et_al`` travels as a ``note`` line.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any

from editor.domain.references import Reference, ReferenceKind
from editor.references.csl_item import CSL_TYPES, to_csl_item

from . import fields
from .result import ImportResult, NotAReferenceList, RecordProblem

NAME = "CSL-JSON"
KINDS_IN = {value: kind for kind, value in CSL_TYPES.items()} | {
    "article-magazine": ReferenceKind.JOURNAL, "article-newspaper": ReferenceKind.JOURNAL,
    "review": ReferenceKind.JOURNAL, "review-book": ReferenceKind.JOURNAL,
    "post": ReferenceKind.WEB, "post-weblog": ReferenceKind.WEB, "entry-encyclopedia": ReferenceKind.CHAPTER,
    "entry-dictionary": ReferenceKind.CHAPTER, "entry": ReferenceKind.CHAPTER, "article": ReferenceKind.OTHER,
}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(value: Any) -> str | None:
    """Text of a CSL rich-text value with its HTML tags dropped and entities decoded."""
    if value is None:
        return None
    text = str(value)
    if "<" not in text and "&" not in text:
        return text
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


# --- reading -----------------------------------------------------------------------------


# Any one of these makes an object a CSL item; JSON without them (a case report, settings) is no reference list
_CSL_KEYS = {"type", "title", "author", "editor", "container-title", "issued", "DOI", "PMID", "URL", "page"}


def read(text: str) -> ImportResult:
    result = ImportResult(format=NAME)
    items = _items(text)
    if items and not any(isinstance(item, dict) and _CSL_KEYS & item.keys() for _, item in items):
        raise NotAReferenceList(_not_csl(items[0][1]))
    for number, (line, item) in enumerate(items, start=1):
        if not isinstance(item, dict):
            result.problems.append(RecordProblem(number, line, "not a CSL-JSON item (expected an object {...})"))
            continue
        try:
            ref = from_csl_item(item)
        except (TypeError, ValueError, AttributeError) as err:
            result.problems.append(RecordProblem(number, line, _shape_problem(item) or
                                                 f"a field has an unexpected shape ({err})"))
            continue
        if fields.is_empty(ref):
            result.problems.append(RecordProblem(number, line, "the item has no title, author or container"))
        else:
            result.references.append(ref)
    return result


def _items(text: str) -> list[tuple[int, Any]]:
    """(line, item) for each item of a JSON array (or the one object), with the line it starts on."""
    decoder = json.JSONDecoder()
    start = len(text) - len(text.lstrip())
    try:
        if text[start:start + 1] != "[":
            value, _ = decoder.raw_decode(text, start)
            items = value.get("items") if isinstance(value, dict) and isinstance(value.get("items"), list) else [value]
            return [(text.count("\n", 0, start) + 1, item) for item in items]
        out, pos = [], start + 1
        while True:
            pos = _skip(text, pos)
            if text[pos:pos + 1] == "]":
                return out
            item, end = decoder.raw_decode(text, pos)
            out.append((text.count("\n", 0, pos) + 1, item))
            pos = _skip(text, end)
            if text[pos:pos + 1] == ",":
                pos += 1
    except (json.JSONDecodeError, IndexError) as err:
        line = getattr(err, "lineno", None)
        raise NotAReferenceList(f"not valid JSON{f' at line {line}' if line else ''}: "
                                f"{getattr(err, 'msg', err)}") from err


def _shape_problem(item: dict) -> str | None:
    """Which field is not written as CSL-JSON writes it, in words."""
    for key in ("author", "editor"):
        names = item.get(key)
        if names and not (isinstance(names, list) and all(isinstance(n, dict) for n in names)):
            return f"'{key}' should be a list of names such as {{\"family\": \"Kim\", \"given\": \"J. S.\"}}"
    return None


def _not_csl(first: Any) -> str:
    if isinstance(first, dict) and {"schema_version", "metadata"} <= first.keys():
        return "this is a case report (.case.json), not a reference list"
    return ("JSON, but not CSL-JSON: no item has a type, title, author or other CSL field "
            "(export CSL-JSON from Zotero or another reference manager)")


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _date(ref: Reference, value: Any) -> None:
    if not isinstance(value, dict):
        fields.set_date(ref, str(value) if value else None)
        return
    parts = value.get("date-parts")
    if parts and isinstance(parts, list) and parts[0]:
        first = [int(str(p)) for p in parts[0] if str(p).strip().lstrip("-").isdigit()]
        ref.year = first[0] if first else None
        ref.month = first[1] if len(first) > 1 and 1 <= first[1] <= 12 else None
        ref.day = first[2] if len(first) > 2 and ref.month else None
    else:
        fields.set_date(ref, value.get("literal") or value.get("raw"))


def _accessed(value: Any) -> str | None:
    if isinstance(value, dict):
        parts = value.get("date-parts")
        if parts and isinstance(parts, list) and parts[0]:
            numbers = [int(str(p)) for p in parts[0]]
            return "-".join([f"{numbers[0]:04d}"] + [f"{n:02d}" for n in numbers[1:3]])
        return value.get("literal") or value.get("raw")
    return str(value) if value else None


def _person(name: dict[str, Any]):
    """A CSL name; particles join the family name as NLM writes it ("dos Santos RG", "de la Doe J")."""
    family = " ".join(plain_text(name.get(key)) or "" for key in ("dropping-particle", "non-dropping-particle", "family")
                      if name.get(key))
    return fields.person(family or plain_text(name.get("literal")), plain_text(name.get("given")))


def from_csl_item(item: dict[str, Any]) -> Reference:
    kind = KINDS_IN.get(str(item.get("type", "")), ReferenceKind.OTHER)
    ref = Reference(kind=kind)
    for name in item.get("author") or []:
        literal = plain_text(name.get("literal"))
        if literal and literal.strip().lower() in ("et al.", "et al", "others"):
            ref.et_al = True
        elif literal:
            fields.add_group(ref, literal)
        else:
            ref.authors.append(_person(name))
    ref.editors = [_person(n) for n in item.get("editor") or [] if isinstance(n, dict)]
    get = lambda key: plain_text(item.get(key)) if item.get(key) not in (None, "") else None  # noqa: E731
    ref.title = get("title")
    if kind is ReferenceKind.JOURNAL:
        ref.container = get("container-title-short") or get("journalAbbreviation") or get("container-title")
    else:
        ref.container = get("container-title")
    ref.edition, ref.publisher, ref.place = get("edition"), get("publisher"), get("publisher-place")
    _date(ref, item.get("issued"))
    ref.volume = get("volume")
    fields.set_issue(ref, get("issue"))
    fields.set_pages(ref, get("page"))
    # "number" is the article number we write; MDPI and Zotero items often repeat the issue there
    ref.article_number = get("number") if get("number") != get("issue") else None
    fields.lone_article_number(ref)
    if not ref.authors and not ref.group_author and not ref.title:
        ref.title = get("title-short") or get("shortTitle")
    ref.doi, ref.pmid, ref.pmcid, ref.url = fields.clean_doi(get("DOI")), get("PMID"), get("PMCID"), get("URL")
    ref.doi = ref.doi or fields.doi_inside(ref.url)
    ref.accessed = _accessed(item.get("accessed"))
    fields.read_note(ref, get("note"))
    return fields.tidy(ref)


# --- writing -----------------------------------------------------------------------------


def to_item(ref: Reference, index: int) -> dict[str, Any]:
    item = to_csl_item(ref, ref.id or f"ref-{index}")
    notes = [line for line in [item.get("note")] + fields.note_lines(ref) if line]
    if notes:
        item["note"] = "\n".join(notes)
    return item


def write(references: list[Reference]) -> str:
    items = [to_item(ref, index) for index, ref in enumerate(references, start=1)]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
