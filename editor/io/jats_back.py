"""JATS back matter: acknowledgements, conflicts of interest, and the reference list."""

from __future__ import annotations

from lxml import etree

from editor.domain.references import PersonName, Reference, ReferenceKind

from .jats_inline import Inline, paragraph, sub
from .report_text import Outline, Section

PUBLICATION_TYPES = {
    ReferenceKind.JOURNAL: "journal",
    ReferenceKind.BOOK: "book",
    ReferenceKind.CHAPTER: "book",  # a chapter is a book citation with a chapter-title
    ReferenceKind.WEB: "webpage",
    ReferenceKind.REPORT: "report",
    ReferenceKind.CONFERENCE: "confproc",
    ReferenceKind.THESIS: "thesis",
    ReferenceKind.OTHER: "other",
}


def build_back(
    article: etree._Element, outline: Outline, references: list[Reference], rids: dict[str, str], inline: Inline
) -> None:
    by_key = {s.key: s for s in outline.sections}
    if not (references or "acknowledgements" in by_key or "conflicts" in by_key):
        return
    back = sub(article, "back")
    if "acknowledgements" in by_key:
        _ack(back, by_key["acknowledgements"], inline)
    if "conflicts" in by_key:
        group = sub(back, "fn-group")
        fn = sub(group, "fn", fn_type="conflict")
        for block in by_key["conflicts"].blocks:
            paragraph(fn, inline, block.text)
    if references:
        ref_list = sub(back, "ref-list")
        sub(ref_list, "title", "References")
        numbers = outline.numbers
        # the outline's order: by number, or alphabetical and unlabelled in an author-date style (APA)
        place = {r.ref_id: i for i, r in enumerate(outline.references)}
        for ref in sorted(references, key=lambda r: place.get(r.id, len(place) + numbers[r.id])):
            element = sub(ref_list, "ref", id=rids[ref.id])
            if not outline.author_date:
                sub(element, "label", str(numbers[ref.id]))
            element_citation(element, ref)


def _ack(back, section: Section, inline: Inline) -> None:
    ack = sub(back, "ack")
    sub(ack, "title", section.title)
    for block in section.blocks:
        paragraph(ack, inline, block.text)


def element_citation(parent: etree._Element, ref: Reference) -> etree._Element:
    """One reference as ``element-citation``, fields in the order NLM writes them."""
    kind = ReferenceKind(ref.kind)
    cite = sub(parent, "element-citation", publication_type=PUBLICATION_TYPES[kind])
    if ref.authors or ref.group_author or ref.et_al:
        group = sub(cite, "person-group", person_group_type="author")
        for person in ref.authors:
            _name(group, person)
        if ref.group_author:
            sub(group, "collab", ref.group_author)
        if ref.et_al:
            sub(group, "etal")
    _titles(cite, ref, kind)
    if ref.editors:
        group = sub(cite, "person-group", person_group_type="editor")
        for person in ref.editors:
            _name(group, person)
    _simple(cite, "edition", ref.edition)
    _simple(cite, "publisher-loc", ref.place)
    _simple(cite, "publisher-name", ref.publisher)
    if ref.year is not None:
        sub(cite, "year", str(ref.year), iso_8601_date=str(ref.year))
    if ref.month is not None:
        sub(cite, "month", f"{ref.month:02d}")
    if ref.day is not None:
        sub(cite, "day", f"{ref.day:02d}")
    _simple(cite, "volume", ref.volume)
    _simple(cite, "issue", ref.issue)
    _simple(cite, "supplement", ref.supplement)
    _simple(cite, "fpage", ref.first_page)
    _simple(cite, "lpage", ref.last_page)
    _simple(cite, "elocation-id", ref.article_number)
    if ref.accessed:
        sub(cite, "date-in-citation", ref.accessed, content_type="access-date")
    for id_type, value in (("doi", ref.doi), ("pmid", ref.pmid), ("pmcid", ref.pmcid)):
        _simple(cite, "pub-id", value, pub_id_type=id_type)
    if ref.url:
        sub(cite, "ext-link", ref.url, ext_link_type="uri", **{"{http://www.w3.org/1999/xlink}href": ref.url})
    return cite


def _titles(cite, ref: Reference, kind: ReferenceKind) -> None:
    if kind is ReferenceKind.CHAPTER:
        _simple(cite, "chapter-title", ref.title)
        _simple(cite, "source", ref.container)
    elif kind in (ReferenceKind.BOOK, ReferenceKind.REPORT, ReferenceKind.THESIS):
        _simple(cite, "source", ref.title or ref.container)
    elif kind is ReferenceKind.CONFERENCE:
        _simple(cite, "article-title", ref.title)
        _simple(cite, "conf-name", ref.container)
    else:
        _simple(cite, "article-title", ref.title)
        _simple(cite, "source", ref.container)


def _name(group, person: PersonName) -> None:
    name = sub(group, "name")
    sub(name, "surname", person.family or person.given or person.initials or "")
    given = person.given or person.initials
    if given and person.family:
        element = sub(name, "given-names", given)
        if person.given and person.initials:
            element.set("initials", person.initials)


def _simple(parent, tag: str, value: str | None, **attrs: str) -> None:
    if value is not None and str(value).strip():
        sub(parent, tag, str(value).strip(), **attrs)
