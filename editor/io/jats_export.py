"""JATS 1.3 export: an ``article article-type="case-report"`` for the Journal Publishing DTD.

Front matter, body and back are built in ``jats_front``, ``jats_body`` and
``jats_back`` from the same outline as every other export, so sections,
numbering and tables agree with the preview.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from editor.domain.report import CaseReport

from .jats_back import build_back
from .jats_body import build_body
from .jats_front import build_front
from .jats_inline import Ids, Inline
from .report_text import Progress, build_outline, check_progress

PUBLIC_ID = "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN"
SYSTEM_ID = "https://jats.nlm.nih.gov/publishing/1.3/JATS-journalpublishing1-3.dtd"
XLINK = "http://www.w3.org/1999/xlink"
MATHML = "http://www.w3.org/1998/Math/MathML"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def build_article(report: CaseReport, *, style: str = "vancouver", progress: Progress | None = None) -> etree._Element:
    """The article element. References are always ``element-citation``s; ``style`` decides how the
    text cites them: numbers ("[1,2]") or APA's author-date ("(Kim et al., 2016)"), xrefs either way."""
    check_progress(progress, 0, 4)
    outline = build_outline(report, style)
    article = etree.Element("article", nsmap={"xlink": XLINK, "mml": MATHML})
    article.set("article-type", "case-report")
    article.set("dtd-version", "1.3")
    article.set(XML_LANG, report.metadata.language or "en")
    ids = Ids()
    references = [r for r in report.references if r.id in outline.numbers]
    rids = {r.id: ids.make(r.id, f"ref-{outline.numbers[r.id]}") for r in references}
    inline = Inline(outline.numbers, {outline.numbers[i]: rid for i, rid in rids.items()})
    check_progress(progress, 1, 4)
    build_front(article, report, outline, ids, inline)
    check_progress(progress, 2, 4)
    build_body(article, outline, ids, inline)
    check_progress(progress, 3, 4)
    build_back(article, outline, references, rids, inline)
    check_progress(progress, 4, 4)
    return article


def render_jats(report: CaseReport, *, style: str = "vancouver", progress: Progress | None = None) -> bytes:
    """The JATS document as UTF-8 bytes, with the Journal Publishing 1.3 doctype."""
    article = build_article(report, style=style, progress=progress)
    doctype = f'<!DOCTYPE article PUBLIC "{PUBLIC_ID}" "{SYSTEM_ID}">'
    return etree.tostring(
        etree.ElementTree(article), xml_declaration=True, encoding="UTF-8", pretty_print=True, doctype=doctype
    )


def export_jats(
    report: CaseReport, path: str | Path, *, style: str = "vancouver", progress: Progress | None = None
) -> Path:
    data = render_jats(report, style=style, progress=progress)
    path = Path(path)
    path.write_bytes(data)
    return path
