"""JATS import helpers: text with citations, and references from ``ref-list``.

``TextReader.text(element)`` flattens an element to plain text and turns
``xref ref-type="bibr"`` runs ("[1-3, 5]", "(4)", superscripts) into the
report's citation markers (``[@ref-1; @ref-2; @ref-3; @ref-5]``), ranges
expanded in the order of the reference list.

References: ``element-citation`` (and NLM's ``nlm-citation``/tagged
``citation``) are read field by field; ``mixed-citation`` goes through the
free-text reference parser, and the tags it carries (names, title, source,
year, pages, identifiers) then correct what the parser guessed.
"""

from __future__ import annotations

import re

from lxml import etree

from editor.domain.references import PersonName, Reference, ReferenceKind
from editor.references.locators import expand_pages, month_number
from editor.references.parser import parse_reference

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_ID_OK = re.compile(r"^[A-Za-z0-9_][\w:.\-]*$")
_OPEN, _CLOSE = "\x01", "\x02"
_CITE = _OPEN + r"[^" + _CLOSE + r"]*" + _CLOSE
_RUN = r"(" + _CITE + r"(?:\s*(?:,|;|-|–|—|‐|\band\b)?\s*" + _CITE + r")*)"
_BRACKETED = re.compile(r"\[\s*" + _RUN + r"\s*\]|\(\s*" + _RUN + r"\s*\)|" + _RUN)
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")
_INITIALS = re.compile(r"^(?:[A-Z]\.?\s?-?){1,4}$")
SKIPPED = {"fig", "table-wrap", "fn", "label", "object-id", "graphic", "media", "alternatives", "supplementary-material"}

KINDS = {
    "journal": ReferenceKind.JOURNAL, "book": ReferenceKind.BOOK, "webpage": ReferenceKind.WEB,
    "web": ReferenceKind.WEB, "website": ReferenceKind.WEB, "report": ReferenceKind.REPORT,
    "confproc": ReferenceKind.CONFERENCE, "conf-proc": ReferenceKind.CONFERENCE,
    "thesis": ReferenceKind.THESIS, "other": ReferenceKind.OTHER,
}


def local(element) -> str:
    """The tag without a namespace; "" for comments and processing instructions."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def kids(element, *names: str) -> list:
    return [c for c in element if local(c) in names]


def first(element, *names: str):
    return next((c for c in element.iter() if local(c) in names), None)


def flat(element) -> str:
    """All text under ``element``, spaces collapsed."""
    if element is None:
        return ""
    return _SPACES.sub(" ", "".join(element.itertext())).strip()


class TextReader:
    """Flattens paragraphs; knows the reference ids to write citation markers."""

    def __init__(self, ref_ids: dict[str, str], order: list[str]):
        self.ref_ids = ref_ids  # JATS ref id -> report reference id
        self.order = order  # report reference ids in list order, to expand ranges

    def text(self, element, skip: set[str] = SKIPPED) -> str:
        raw = "".join(self._pieces(element, skip, top=True))
        return _SPACES.sub(" ", self._markers(raw)).strip()

    def _pieces(self, element, skip: set[str], top: bool = False):
        name = local(element)
        if not top and (name in skip or not name):
            yield element.tail or ""
            return
        if name == "xref" and element.get("ref-type") == "bibr":
            known = [self.ref_ids[r] for r in (element.get("rid") or "").split() if r in self.ref_ids]
            yield f"{_OPEN}{' '.join(known)}{_CLOSE}" if known else flat(element)
        else:
            yield element.text or ""
            for child in element:
                yield from self._pieces(child, skip)
        if not top:
            yield element.tail or ""

    def _markers(self, raw: str) -> str:
        def replace(match: re.Match) -> str:
            run = next(g for g in match.groups() if g is not None)
            return "[" + "; ".join(f"@{i}" for i in self._ids(run)) + "]"

        return _BRACKETED.sub(replace, raw)

    def _ids(self, run: str) -> list[str]:
        ids: list[str] = []
        parts = re.split(r"(" + _CITE + r")", run)
        previous_dash = False
        for part in parts:
            if part.startswith(_OPEN):
                found = part[1:-1].split()
                if previous_dash and ids and found and ids[-1] in self.order and found[0] in self.order:
                    low, high = self.order.index(ids[-1]), self.order.index(found[0])
                    ids.extend(self.order[low + 1: high])
                ids.extend(found)
                previous_dash = False
            elif re.search(r"[-–—‐]", part):
                previous_dash = True
        return list(dict.fromkeys(ids))


# --- references ------------------------------------------------------------------


def reference_ids(refs: list) -> dict[str, str]:
    """JATS ref id -> report id: kept when it is a usable citation key, else ``ref-N``."""
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    for n, ref in enumerate(refs, 1):
        wanted = ref.get("id") or ""
        new = wanted if _ID_OK.match(wanted) and wanted not in taken else f"ref-{n}"
        while new in taken:
            new += "-b"
        taken.add(new)
        mapping[wanted or f"#{n}"] = new
    return mapping


def read_reference(ref, new_id: str) -> tuple[Reference, str]:
    """One ``ref``; returns the reference and how it was read ("tagged", "parsed", "label only")."""
    cites = [c for c in ref if local(c) in ("element-citation", "nlm-citation", "mixed-citation", "citation")]
    if not cites:
        text = flat(ref)
        return Reference(id=new_id, raw=text or None, kind=ReferenceKind.OTHER), "no citation inside"
    cite = cites[0]
    tagged = first(cite, "person-group", "source", "article-title", "surname") is not None
    if local(cite) == "mixed-citation" and tagged and not _punctuated(cite):
        tagged_only = True  # every part tagged, nothing between the tags: read it like an element-citation
    else:
        tagged_only = local(cite) != "mixed-citation" and tagged
    if not tagged_only:
        text = _without_label(cite)
        parsed = parse_reference(text) if text else Reference(kind=ReferenceKind.OTHER)
        parsed.id, parsed.raw = new_id, text or None
        _overlay(parsed, cite)
        kind = (cite.get("publication-type") or "").lower()
        if parsed.kind is ReferenceKind.OTHER and kind in KINDS:
            parsed.kind = KINDS[kind]
        return parsed, "parsed"
    reference = _element_citation(cite)
    reference.id = new_id
    return reference, "tagged"


def _punctuated(cite) -> bool:
    """True when the citation has its own punctuation between the tags (real mixed content)."""
    between = (cite.text or "") + "".join(e.tail or "" for e in cite.iter() if e is not cite)
    return bool(between.strip())


def _without_label(cite) -> str:
    """The citation's text without its "1." label."""
    pieces = [cite.text or ""]
    for child in cite:
        if local(child) != "label":
            pieces.append("".join(child.itertext()))
        pieces.append(child.tail or "")
    return _SPACES.sub(" ", "".join(pieces)).strip()


def _element_citation(cite) -> Reference:
    pub_type = (cite.get("publication-type") or cite.get("citation-type") or "journal").lower()
    ref = Reference(kind=KINDS.get(pub_type, ReferenceKind.OTHER))
    _people(ref, cite)
    chapter = flat(first(cite, "chapter-title", "part-title"))
    article = flat(first(cite, "article-title"))
    source = flat(first(cite, "source"))
    conf = flat(first(cite, "conf-name"))
    if chapter and ref.kind in (ReferenceKind.BOOK, ReferenceKind.OTHER):
        ref.kind, ref.title, ref.container = ReferenceKind.CHAPTER, chapter, source or None
    elif ref.kind in (ReferenceKind.BOOK, ReferenceKind.REPORT, ReferenceKind.THESIS):
        ref.title = article or source or None
        ref.container = source if article and source else None
    elif ref.kind is ReferenceKind.CONFERENCE:
        ref.title, ref.container = article or None, conf or source or None
    else:
        ref.title, ref.container = article or None, source or None
    _locators(ref, cite)
    return ref


def _people(ref: Reference, cite) -> None:
    groups = kids(cite, "person-group") or [cite]
    for group in groups:
        role = group.get("person-group-type", "author")
        names = [_person(n) for n in kids(group, "name", "string-name")]
        if role == "editor":
            ref.editors.extend(names)
            continue
        if role != "author":
            continue
        ref.authors.extend(names)
        collabs = [flat(c) for c in kids(group, "collab")]
        if collabs:
            ref.group_author = "; ".join(filter(None, [ref.group_author, *collabs]))
        if kids(group, "etal"):
            ref.et_al = True


def _person(name) -> PersonName:
    surname = flat(first(name, "surname")) or None
    given_el = first(name, "given-names")
    given = flat(given_el) or None
    if surname is None:  # a string-name without parts
        return PersonName(family=flat(name) or None)
    initials = given_el.get("initials") if given_el is not None else None
    if given and not initials and _INITIALS.match(given):
        return PersonName(family=surname, initials=re.sub(r"[.\s]", "", given))
    if given and not initials:
        initials = "".join(w[0] for w in re.split(r"[\s\-]+", given) if w and w[0].isalpha()).upper() or None
    return PersonName(family=surname, given=given, initials=initials)


def _locators(ref: Reference, cite) -> None:
    year = re.search(r"\d{4}", flat(first(cite, "year")))
    ref.year = int(year.group()) if year else None
    month = flat(first(cite, "month"))
    ref.month = int(month) if month.isdigit() and 1 <= int(month) <= 12 else month_number(month or None)
    day = flat(first(cite, "day"))
    ref.day = int(day) if day.isdigit() and 1 <= int(day) <= 31 else None
    for field, tag in (("volume", "volume"), ("issue", "issue"), ("supplement", "supplement"),
                       ("edition", "edition"), ("place", "publisher-loc"), ("publisher", "publisher-name"),
                       ("article_number", "elocation-id")):
        value = flat(first(cite, tag))
        if value:
            setattr(ref, field, value)
    fpage, lpage = flat(first(cite, "fpage")), flat(first(cite, "lpage"))
    if fpage and lpage:
        ref.first_page, ref.last_page = expand_pages(f"{fpage}-{lpage}")
    elif fpage:
        ref.first_page = fpage
    page_range = flat(first(cite, "page-range"))
    if page_range and not ref.first_page:
        ref.first_page, ref.last_page = expand_pages(page_range)
    _identifiers(ref, cite)
    accessed = next((e for e in cite.iter() if local(e) == "date-in-citation"), None)
    if accessed is not None:
        ref.accessed = flat(accessed).strip("[]") or None


def _identifiers(ref: Reference, cite) -> None:
    for pub_id in (e for e in cite.iter() if local(e) == "pub-id"):
        kind, value = (pub_id.get("pub-id-type") or "").lower(), flat(pub_id)
        if kind == "doi":
            ref.doi = value
        elif kind == "pmid":
            ref.pmid = value
        elif kind in ("pmcid", "pmc"):
            ref.pmcid = value if value.upper().startswith("PMC") else f"PMC{value}"
    link = first(cite, "ext-link", "uri")
    if link is not None:
        ref.url = link.get(XLINK_HREF) or flat(link) or None


def _overlay(ref: Reference, cite) -> None:
    """Tags inside a mixed citation are facts; they correct the parser's guesses."""
    authors = [_person(n) for g in (kids(cite, "person-group") or [cite]) for n in kids(g, "name", "string-name")]
    if authors and not any(g.get("person-group-type") == "editor" for g in kids(cite, "person-group")):
        ref.authors = authors
    for field, tag in (("title", "article-title"), ("container", "source")):
        value = flat(first(cite, tag))
        if value and ref.kind in (ReferenceKind.JOURNAL, ReferenceKind.OTHER):
            setattr(ref, field, value)
    year = re.search(r"\d{4}", flat(first(cite, "year")))
    if year:
        ref.year = int(year.group())
    for field, tag in (("volume", "volume"), ("issue", "issue")):
        value = flat(first(cite, tag))
        if value:
            setattr(ref, field, value)
    fpage, lpage = flat(first(cite, "fpage")), flat(first(cite, "lpage"))
    if fpage:
        ref.first_page, ref.last_page = expand_pages(f"{fpage}-{lpage}") if lpage else (fpage, ref.last_page)
    _identifiers(ref, cite)
