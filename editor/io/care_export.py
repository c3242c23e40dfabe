"""The CARE checklist as journals ask authors to upload it: .md, .docx or .pdf.

One row per item and sub-item: number, topic, description, and where the
report covers it (or why it is not reported). ``export_care(report, path)``
picks the format from the file's extension; PDF goes through
``editor.qt.pdf``, imported only then.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from ..domain.report import CaseReport
from ..validation.care import COVERED, NOT_REPORTED, PARTLY, CareItemStatus, flat_status

FORMATS = (".md", ".docx", ".pdf")
HEADERS = ("Item", "Topic", "Checklist item description", "Where reported in the case report")
TITLE = "CARE checklist (2013)"


def where(item: CareItemStatus) -> str:
    """The last column: the section covering the item, or why it is not (fully) covered."""
    if item.status == COVERED:
        return item.section
    if item.status == NOT_REPORTED:
        return f"Not reported: {item.reason}"
    if item.status == PARTLY:
        return f"Partly, in {item.section}: {item.reason}" if item.section else f"Partly: {item.reason}"
    return f"Not covered: {item.reason}"


def rows(report: CaseReport) -> list[tuple[str, str, str, str]]:
    out = []
    for item in flat_status(report):
        topic = item.topic if item.number.isdigit() else ""
        out.append((item.number, topic, item.description, where(item)))
    return out


def _subtitle(report: CaseReport) -> str:
    return report.metadata.title or "Untitled case report"


def render_markdown(report: CaseReport) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [f"# {TITLE}", "", f"Case report: {cell(_subtitle(report))}", "",
             "| " + " | ".join(HEADERS) + " |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows(report)]
    return "\n".join(lines) + "\n"


def render_html(report: CaseReport) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in HEADERS)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows(report))
    return (f"<h1>{html.escape(TITLE)}</h1><p>Case report: {html.escape(_subtitle(report))}</p>"
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>")


COLUMN_WIDTHS_CM = (1.3, 3.2, 6.5, 5.0)  # item, topic, description, where: the description needs the room


def write_docx(report: CaseReport, path: str | Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(f"Case report: {_subtitle(report)}")
    table_rows = rows(report)
    table = document.add_table(rows=1 + len(table_rows), cols=len(HEADERS))
    table.style = "Table Grid"
    for column, text in enumerate(HEADERS):
        cell = table.rows[0].cells[column]
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for r, row in enumerate(table_rows, start=1):
        for column, text in enumerate(row):
            table.rows[r].cells[column].text = text
    table.autofit = False
    for column, width in zip(table.columns, COLUMN_WIDTHS_CM):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, COLUMN_WIDTHS_CM):
            cell.width = Cm(width)  # Word reads the cell widths, LibreOffice the column widths
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)
    document.save(str(path))


def export_care(report: CaseReport, path: str | Path, *, suffix: str | None = None, page_size: str = "a4",
                progress=None) -> Path:
    """Write the checklist; the format follows ``suffix`` or the file's extension (.md, .docx, .pdf)."""
    path = Path(path)
    suffix = (suffix or path.suffix).lower()
    if suffix == ".md":
        path.write_text(render_markdown(report), encoding="utf-8")
    elif suffix == ".docx":
        write_docx(report, path)
    elif suffix == ".pdf":
        from ..qt.pdf import ensure_app, write_pdf  # Qt only for PDF

        ensure_app()
        write_pdf(render_html(report), path, page_size, title=TITLE, progress=progress)
    else:
        raise ValueError(f"the CARE checklist is written as .md, .docx or .pdf, not {suffix or 'a file without extension'}")
    return path


def export_for_cli(report: CaseReport, path: str | Path, *, style=None, page_size="a4", progress=None) -> Path:
    """The export command writes to ``.OUT.part.md`` first: the format is OUT's extension."""
    path = Path(path)
    name = re.sub(r"\.part(\.\w+)?$", "", path.name)
    return export_care(report, path, suffix=Path(name).suffix, page_size=page_size, progress=progress)
