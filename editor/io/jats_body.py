"""JATS body: the report's sections, with tables as table-wrap."""

from __future__ import annotations

from lxml import etree

from .jats_inline import Ids, Inline, paragraph, sub
from .report_tables import Table
from .report_text import Outline, Paragraph, Section

# Sections that JATS keeps outside the body: acknowledgements and conflicts go to back,
# funding to article-meta/funding-group.
NOT_IN_BODY = {"acknowledgements", "funding", "conflicts"}

# JATS sec-type values (as in PMC's recommendations) for the report's own sections.
SEC_TYPES = {
    "introduction": "intro",
    "case": "cases",
    "discussion": "discussion",
    "consent": "consent-statement",
}


class TableCounter:
    def __init__(self) -> None:
        self.count = 0

    def next(self) -> int:
        self.count += 1
        return self.count


def build_body(article: etree._Element, outline: Outline, ids: Ids, inline: Inline) -> None:
    body = sub(article, "body")
    tables = TableCounter()
    for section in outline.sections:
        if section.key not in NOT_IN_BODY:
            _section(body, section, ids, inline, tables)
    if not len(body):
        # An empty draft still gives a valid article: say so rather than leave body empty.
        sub(body, "p", "This case report has no sections yet.")


def _section(parent, section: Section, ids: Ids, inline: Inline, tables: TableCounter) -> None:
    sec = sub(parent, "sec", id=ids.make(f"sec-{section.key}", f"sec-{section.key}"))
    if section.key in SEC_TYPES:
        sec.set("sec-type", SEC_TYPES[section.key])
    sub(sec, "title", section.title)
    for block in section.blocks:
        if isinstance(block, Paragraph):
            paragraph(sec, inline, block.text, block.label)
        else:
            table_wrap(sec, block, ids, inline, tables.next())
    for subsection in section.subsections:
        _section(sec, subsection, ids, inline, tables)


def table_wrap(parent, table: Table, ids: Ids, inline: Inline, number: int) -> etree._Element:
    wrap = sub(parent, "table-wrap", id=ids.make(f"table-{table.key}", f"table-{number}"), position="float")
    sub(wrap, "label", f"Table {number}")
    sub(sub(wrap, "caption"), "title", table.caption)
    grid = sub(wrap, "table", frame="hsides", rules="groups")
    head_row = sub(sub(grid, "thead"), "tr")
    for heading in table.header:
        sub(head_row, "th", heading, align="left")
    body = sub(grid, "tbody")
    for row in table.rows:
        tr = sub(body, "tr")
        for cell in row:
            inline.fill(sub(tr, "td", align="left"), cell)
    return wrap
