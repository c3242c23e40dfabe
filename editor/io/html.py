"""HTML export and preview: the report as a reader sees it.

Everything that came from the document is escaped, so a ``<script>`` typed into a
field stays text. ``standalone=False`` gives a body fragment simple enough for
Qt's rich-text subset (h1-h3, p, table, b/i, sup) for PDF printing and the preview;
``narrow=True`` (the preview dock) regroups the tables into fewer columns that fit a
side panel, and lets every cell wrap.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from editor.domain.report import CaseReport

from .narrow_tables import NarrowTable, narrow as narrow_table
from .report_tables import Table
from .report_text import Outline, Paragraph, Progress, Section, build_outline, check_progress, split_citations

CSS = """
body { font-family: "Georgia", "Times New Roman", serif; max-width: 46em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; color: #111; }
h1 { font-size: 1.6em; line-height: 1.2; }
h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin-top: 1.2em; }
.authors { font-size: 1.05em; } .affiliations, .keywords, .corresponding { font-size: 0.9em; }
.abstract { background: #f6f6f6; padding: 0.6em 1em; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; margin: 0.8em 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
th, td { border: 1px solid #999; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #eee; }
ol.references { padding-left: 2.2em; font-size: 0.9em; }
p.reference { font-size: 0.9em; margin: 0 0 0.4em 0; padding-left: 2.2em; text-indent: -2.2em; }
a.cite { text-decoration: none; color: inherit; }
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  .abstract { background: none; border: 1px solid #999; }
  h2, h3 { page-break-after: avoid; break-after: avoid; }
  table, tr { page-break-inside: avoid; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def render_html(report: CaseReport, *, style: str = "vancouver", standalone: bool = True,
                narrow: bool = False) -> str:
    """The report as HTML: a self-contained page, or a body fragment (for PDF, or ``narrow`` for the preview)."""
    outline = build_outline(report, style)
    body = "\n".join(_body(outline, narrow and not standalone))
    if not standalone:
        return body
    lang = escape(report.metadata.language or "en", quote=True)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(outline.title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def export_html(
    report: CaseReport, path: str | Path, *, style: str = "vancouver", progress: Progress | None = None
) -> Path:
    """Write the self-contained HTML file; ``progress`` may cancel before anything is written."""
    check_progress(progress, 0, 2)
    text = render_html(report, style=style, standalone=True)
    check_progress(progress, 1, 2)
    path = Path(path)
    path.write_text(text, encoding="utf-8")
    check_progress(progress, 2, 2)
    return path


def inline(text: str, numbers: dict[str, int]) -> str:
    """Escaped text with citations as linked numbers, "[1]", "[2-4]", or in APA as
    "(Kim et al., 2016; Lee, 2019)" with each work linked to its entry."""
    out = []
    for part in split_citations(text, numbers):
        if isinstance(part, str):
            out.append(escape(part))
        elif part.pieces:
            out.extend(f'<a class="cite" href="#ref-{numbers[ref_id]}">{escape(piece)}</a>' if ref_id
                       else escape(piece) for piece, ref_id in part.pieces)
        elif part.ref_ids:
            first = min(part.ref_ids, key=lambda i: numbers[i])
            out.append(f'<a class="cite" href="#ref-{numbers[first]}">[{escape(part.label)}]</a>')
        else:
            out.append(f"[{escape(part.label)}]")
    return "".join(out)


def _body(o: Outline, narrow: bool = False) -> list[str]:
    lines = [f"<h1>{escape(o.title)}</h1>"]
    if o.authors:
        names = []
        for a in o.authors:
            sup = ",".join(str(n) for n in a.affiliation_numbers)
            mark = "*" if a.corresponding else ""
            name = escape(a.name) + (f", {escape(a.degrees)}" if a.degrees else "")
            names.append(name + (f"<sup>{sup}{mark}</sup>" if sup or mark else ""))
        lines.append(f'<p class="authors">{", ".join(names)}</p>')
    for number, text in o.affiliations:
        lines.append(f'<p class="affiliations"><sup>{number}</sup> {escape(text)}</p>')
    for a in o.authors:
        if a.corresponding:
            contact = f" ({escape(a.email)})" if a.email else ""
            lines.append(f'<p class="corresponding">* Corresponding author: {escape(a.name)}{contact}</p>')
    if o.abstract:
        lines.append("<h2>Abstract</h2>")
        for heading, text in o.abstract:
            lines.append(f'<p class="abstract"><b>{escape(heading)}:</b> {inline(text, o.numbers)}</p>')
    if o.keywords:
        lines.append(f'<p class="keywords"><b>Keywords:</b> {escape("; ".join(o.keywords))}</p>')
    for section in o.sections:
        lines.extend(_section(section, o.numbers, 2, narrow))
    if o.references and o.author_date:  # APA: alphabetical, unnumbered, hanging indent
        lines.append("<h2>References</h2>")
        for ref in o.references:
            lines.append(f'<p class="reference" id="ref-{ref.number}">{escape(ref.text)}</p>')
    elif o.references:
        lines.append("<h2>References</h2>")
        lines.append('<ol class="references">')
        for ref in o.references:
            lines.append(f'<li id="ref-{ref.number}" value="{ref.number}">{escape(ref.text)}</li>')
        lines.append("</ol>")
    return lines


def _section(section: Section, numbers: dict[str, int], level: int, narrow: bool = False) -> list[str]:
    lines = [f"<h{level}>{escape(section.title)}</h{level}>"]
    for block in section.blocks:
        if isinstance(block, Paragraph):
            label = f"<b>{escape(block.label)}.</b> " if block.label else ""
            lines.append(f"<p>{label}{inline(block.text, numbers)}</p>")
        elif narrow:
            lines.extend(_narrow_table(narrow_table(block), numbers))
        else:
            lines.extend(_table(block, numbers))
    for sub in section.subsections:
        lines.extend(_section(sub, numbers, min(level + 1, 3), narrow))
    return lines


def _cell(text: str, numbers: dict[str, int]) -> str:
    # Short single words (dates, doses, grades) must not be broken in narrow columns.
    keep = text and len(text) <= 16 and not any(ch.isspace() for ch in text)
    return f'<td style="white-space: nowrap">{inline(text, numbers)}</td>' if keep else f"<td>{inline(text, numbers)}</td>"


def _table(table: Table, numbers: dict[str, int]) -> list[str]:
    lines = [f'<table id="table-{escape(table.key, quote=True)}" border="1" cellpadding="3" cellspacing="0" width="100%">']
    lines.append(f"<caption>{escape(table.caption)}</caption>")
    lines.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in table.header) + "</tr>")
    for row in table.rows:
        lines.append("<tr>" + "".join(_cell(c, numbers) for c in row) + "</tr>")
    lines.append("</table>")
    return lines


def _narrow_table(table: NarrowTable, numbers: dict[str, int]) -> list[str]:
    """Fewer columns, each cell's parts on lines of their own, and every cell free to wrap."""
    lines = [f'<table id="table-{escape(table.key, quote=True)}" class="narrow" border="1" cellpadding="2" '
             'cellspacing="0" width="100%">']
    lines.append(f"<caption>{escape(table.caption)}</caption>")
    lines.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in table.header) + "</tr>")
    for row in table.rows:
        cells = ("<br>".join(inline(part, numbers) for part in cell) for cell in row)
        lines.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    lines.append("</table>")
    return lines
