"""Word manuscript import (python-docx): headings become sections, title and author lines metadata.

Paragraph styles decide the structure: "Title" is the title, "Heading N" a
heading of level N. Manuscripts typed without heading styles still work: a
short bold paragraph naming a part of a case report counts as a heading.
Superscripts after author names are kept apart, so "Alex Example, MD¹*" gives
the name, the degree, affiliation 1 and the corresponding mark. Tables are
flattened to text and listed as unsorted. Everything else is decided by
``manuscript_import.assemble``.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from editor.domain.report import CaseReport

from .import_result import ImportFailed, ImportResult, Progress
from .import_sections import top_part
from .manuscript_import import Block, assemble
from .text_import import heading_level

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)


def import_docx(path: str | Path, progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    document = _open(path)
    result = ImportResult(CaseReport(), path.name, "Word manuscript", progress=progress)
    blocks = list(docx_blocks(document))
    if not blocks:
        raise ImportFailed(f"{path}: the document has no text to import")
    return assemble(blocks, result)


def _open(path: Path):
    from docx import Document  # python-docx is heavy: loaded only when a manuscript is imported
    from docx.opc.exceptions import PackageNotFoundError

    if not path.is_file():
        raise ImportFailed(f"{path}: no such file")
    try:
        return Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportFailed(f"{path}: not a Word .docx document ({type(exc).__name__}); "
                           "an old .doc file must be saved as .docx first") from None


def docx_blocks(document):
    caption = ""
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):  # a table
            rows = [" | ".join(cell.text.strip() for cell in row.cells) for row in item.rows]
            yield Block("\n".join(filter(None, [caption, *rows])), table="table")
            caption = ""
            continue
        text = item.text.strip()
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        if style.lower() == "caption":
            caption = text
            continue
        yield _paragraph_block(item, text, style)


def _paragraph_block(paragraph, text: str, style: str) -> Block:
    lowered = style.lower()
    if lowered == "title":
        return Block(text, is_title=True)
    heading = _HEADING_STYLE.match(style)
    if heading:
        return Block(text, level=max(int(heading.group(1)), 1))
    runs = [r for r in paragraph.runs if r.text]
    if runs and all(r.bold for r in runs) and len(text) <= 80 and (top_part(text) or heading_level(text)):
        return Block(text.rstrip(":"), level=1)  # a bold line used as a heading
    label = _run_in_label(runs)
    if label:
        return Block(text[len(label[0]):].strip(), label=label[1])
    marks = _superscripts(runs)
    plain = "".join(r.text for r in runs if not r.font.superscript).strip()
    return Block(plain if marks else text, marks=marks)


def _run_in_label(runs) -> tuple[str, str] | None:
    """A first bold run like "Family history. " is a label; "Background: " is kept as text."""
    if len(runs) < 2 or not runs[0].bold or runs[1].bold:
        return None
    raw = runs[0].text
    label = raw.strip()
    if label.endswith(".") and 0 < len(label) <= 60:
        return raw, label.rstrip(".")
    return None


def _superscripts(runs) -> list[str]:
    """The superscript marks after each plain run of an author line ("1,2*"); [] when there are none."""
    marks: list[str] = []
    for run in runs:
        if run.font.superscript:
            if marks:
                marks[-1] += run.text.strip()
        elif run.text.strip(" ;,"):
            marks.append("")
    return marks if any(marks) else []
