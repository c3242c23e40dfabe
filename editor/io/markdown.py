"""Markdown export: the same outline as the HTML export, with GitHub-flavoured tables."""

from __future__ import annotations

import re
from pathlib import Path

from editor.domain.report import CaseReport

from .report_tables import Table
from .report_text import Outline, Paragraph, Progress, Section, build_outline, check_progress, plain_text

# Characters that would start Markdown or HTML markup where the author meant text.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md_escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _inline(text: str, numbers: dict[str, int]) -> str:
    # Citations become "[1]" (or APA's "(Kim et al., 2016)") after escaping, so brackets stay literal.
    marked = plain_text(text, numbers)
    return md_escape(marked)


def render_markdown(report: CaseReport, *, style: str = "vancouver") -> str:
    o = build_outline(report, style)
    out = [f"# {md_escape(o.title)}", ""]
    out.extend(_front(o))
    for section in o.sections:
        out.extend(_section(section, o.numbers, 2))
    if o.references:
        out += ["## References", ""]
        if o.author_date:  # APA: alphabetical paragraphs, no numbers
            for r in o.references:
                out += [md_escape(r.text), ""]
        else:
            out += [f"{r.number}. {md_escape(r.text)}" for r in o.references]
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def export_markdown(
    report: CaseReport, path: str | Path, *, style: str = "vancouver", progress: Progress | None = None
) -> Path:
    check_progress(progress, 0, 1)
    text = render_markdown(report, style=style)
    path = Path(path)
    path.write_text(text, encoding="utf-8")
    check_progress(progress, 1, 1)
    return path


def _front(o: Outline) -> list[str]:
    out: list[str] = []
    if o.authors:
        names = []
        for a in o.authors:
            sup = ",".join(str(n) for n in a.affiliation_numbers) + ("\\*" if a.corresponding else "")
            name = md_escape(a.name) + (f", {md_escape(a.degrees)}" if a.degrees else "")
            names.append(f"{name}<sup>{sup}</sup>" if sup else name)
        out += [", ".join(names), ""]
    for number, text in o.affiliations:
        out += [f"<sup>{number}</sup> {md_escape(text)}  "]
    if o.affiliations:
        out.append("")
    for a in o.authors:
        if a.corresponding:
            contact = f" ({md_escape(a.email)})" if a.email else ""
            out += [f"\\* Corresponding author: {md_escape(a.name)}{contact}", ""]
    if o.abstract:
        out += ["## Abstract", ""]
        for heading, text in o.abstract:
            out += [f"**{heading}:** {_inline(text, o.numbers)}", ""]
    if o.keywords:
        out += [f"**Keywords:** {md_escape('; '.join(o.keywords))}", ""]
    return out


def _section(section: Section, numbers: dict[str, int], level: int) -> list[str]:
    out = [f"{'#' * level} {md_escape(section.title)}", ""]
    for block in section.blocks:
        if isinstance(block, Paragraph):
            label = f"**{md_escape(block.label)}.** " if block.label else ""
            out += [label + _inline(block.text, numbers), ""]
        else:
            out += _table(block, numbers)
    for sub in section.subsections:
        out += _section(sub, numbers, min(level + 1, 3))
    return out


def _cell(text: str, numbers: dict[str, int]) -> str:
    return _inline(" ".join(text.split()), numbers) or " "


def _table(table: Table, numbers: dict[str, int]) -> list[str]:
    out = [f"**Table: {md_escape(table.caption)}**", ""]
    out.append("| " + " | ".join(md_escape(h) for h in table.header) + " |")
    out.append("|" + "|".join("---" for _ in table.header) + "|")
    for row in table.rows:
        out.append("| " + " | ".join(_cell(c, numbers) for c in row) + " |")
    out.append("")
    return out
