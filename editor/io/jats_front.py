"""JATS front matter: journal-meta, title, contributors, affiliations, abstract, keywords, funding."""

from __future__ import annotations

import re

from lxml import etree

from editor.domain.metadata import Affiliation, Author
from editor.domain.report import CaseReport

from .jats_inline import Ids, Inline, append_text, paragraph, sub
from .report_text import Outline, paragraphs_of

_ORCID = re.compile(r"(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])")


def build_front(article: etree._Element, report: CaseReport, outline: Outline, ids: Ids, inline: Inline) -> None:
    front = sub(article, "front")
    _journal_meta(front, report)
    meta = sub(front, "article-meta")
    title_group = sub(meta, "title-group")
    sub(title_group, "article-title", outline.title)
    aff_rids = {aff_id: ids.make(aff_id, f"aff-{n}") for aff_id, n in outline.affiliation_numbers.items()}
    corresp_id = ids.make("cor1", "cor1") if any(a.corresponding for a in report.metadata.authors) else None
    if report.metadata.authors:
        group = sub(meta, "contrib-group")
        for author in report.metadata.authors:
            _contrib(group, author, aff_rids, outline.affiliation_numbers, corresp_id)
    by_id = {a.id: a for a in report.metadata.affiliations if a.id}
    for aff_id, number in outline.affiliation_numbers.items():
        _aff(meta, by_id[aff_id], aff_rids[aff_id], number)
    if corresp_id:
        _author_notes(meta, report, corresp_id)
    sub(meta, "pub-date-not-available")  # a manuscript: the journal sets the date
    if outline.abstract:
        abstract = sub(meta, "abstract")
        for heading, text in outline.abstract:
            sec = sub(abstract, "sec")
            sub(sec, "title", heading)
            for para in paragraphs_of(text):
                paragraph(sec, inline, para)
    if outline.keywords:
        group = sub(meta, "kwd-group", kwd_group_type="author")
        sub(group, "title", "Keywords")
        for keyword in outline.keywords:
            sub(group, "kwd", keyword)
    if report.metadata.funding and report.metadata.funding.strip():
        funding = sub(meta, "funding-group")
        inline.fill(sub(funding, "funding-statement"), " ".join(paragraphs_of(report.metadata.funding)))


def _journal_meta(front: etree._Element, report: CaseReport) -> None:
    """Journal Publishing requires a journal-id and an issn; a manuscript knows neither yet."""
    journal = sub(front, "journal-meta")
    target = (report.metadata.target_journal or "").strip()
    sub(journal, "journal-id", target or "manuscript", journal_id_type="publisher-id")
    if target:
        sub(sub(journal, "journal-title-group"), "journal-title", target)
    sub(journal, "issn", "", pub_type="epub")  # left empty: assigned by the journal


def _contrib(group, author: Author, aff_rids, aff_numbers, corresp_id) -> None:
    contrib = sub(group, "contrib", contrib_type="author")
    if author.corresponding:
        contrib.set("corresp", "yes")
    if author.orcid and (match := _ORCID.search(author.orcid)):
        sub(contrib, "contrib-id", f"https://orcid.org/{match.group(1).upper()}", contrib_id_type="orcid")
    if author.family or author.given:
        name = sub(contrib, "name")
        sub(name, "surname", author.family or author.given)
        if author.family and author.given:
            given = sub(name, "given-names", author.given)
            if author.initials:
                given.set("initials", author.initials)
        elif author.family and author.initials:
            sub(name, "given-names", author.initials)
    else:
        sub(contrib, "string-name", author.display_name())
    if author.degrees:
        sub(contrib, "degrees", author.degrees)
    if author.email:
        sub(contrib, "email", author.email)
    for aff_id in dict.fromkeys(author.affiliation_ids):
        if aff_id in aff_rids:
            sub(contrib, "xref", str(aff_numbers[aff_id]), ref_type="aff", rid=aff_rids[aff_id])
    if author.corresponding and corresp_id:
        sub(contrib, "xref", "*", ref_type="corresp", rid=corresp_id)
    if author.contribution:
        sub(contrib, "role", author.contribution)


def _aff(meta, affiliation: Affiliation, rid: str, number: int) -> None:
    aff = sub(meta, "aff", id=rid)
    sub(aff, "label", str(number))
    parts = [
        ("institution", affiliation.department, {"content_type": "dept"}),
        ("institution", affiliation.institution, {}),
        ("city", affiliation.city, {}),
        ("country", affiliation.country, {}),
    ]
    first = True
    for tag, value, attrs in parts:
        if not value:
            continue
        if not first:
            list(aff)[-1].tail = ", "
        sub(aff, tag, value, **attrs)
        first = False


def _author_notes(meta, report: CaseReport, corresp_id: str) -> None:
    """"Corresponding author: Name, <email>; Name2, <email>"."""
    corresp = sub(sub(meta, "author-notes"), "corresp", id=corresp_id)
    append_text(corresp, "Corresponding author: ")
    for i, author in enumerate(a for a in report.metadata.authors if a.corresponding):
        append_text(corresp, ("; " if i else "") + author.display_name())
        if author.email:
            append_text(corresp, ", ")
            sub(corresp, "email", author.email)
