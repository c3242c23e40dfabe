"""PDF export through Qt: page size, page numbers, searchable text with the title and last reference."""

from __future__ import annotations

import re

import pytest

pypdf = pytest.importorskip("pypdf")

from editor.io.html import render_html  # noqa: E402

from .export_case import LAST_REFERENCE_TITLE, seed_case  # noqa: E402


def words(text: str) -> str:
    """PDF text with Qt's word gaps (tabs, newlines, hyphen breaks) folded to single spaces."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path) -> tuple[list[str], pypdf.PdfReader]:
    reader = pypdf.PdfReader(str(path))
    return [words(page.extract_text()) for page in reader.pages], reader


@pytest.mark.parametrize("page_size,width_pt,height_pt", [("a4", 595, 842), ("letter", 612, 792)])
def test_pdf_has_title_last_reference_and_page_numbers(qapp, tmp_path, page_size, width_pt, height_pt):
    from editor.qt.pdf import write_pdf

    report = seed_case()
    report.discussion = (report.discussion + "\n\n") * 1 + "\n\n".join(["Long discussion paragraph. " * 40] * 12)
    path = tmp_path / "case.pdf"
    pages = write_pdf(render_html(report, standalone=False), path, page_size, title=report.metadata.title)
    texts, reader = pdf_text(path)
    assert pages == len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (width_pt, height_pt)
    assert "Intravenous Rituximab in Severe Refractory" in texts[0]
    assert words(LAST_REFERENCE_TITLE) in " ".join(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
    assert reader.metadata.title == report.metadata.title


def test_pdf_tables_keep_their_cells(qapp, tmp_path):
    from editor.qt.pdf import write_pdf

    path = tmp_path / "case.pdf"
    write_pdf(render_html(seed_case(), standalone=False), path)
    text = " ".join(pdf_text(path)[0])
    assert "Cumulative dose" in text and "2.4 g" in text


def test_cancel_removes_the_partial_file(qapp, tmp_path):
    from editor.qt.pdf import PdfCancelled, write_pdf

    path = tmp_path / "case.pdf"
    with pytest.raises(PdfCancelled):
        write_pdf(render_html(seed_case(), standalone=False), path, progress=lambda done, total: False)
    assert not path.exists()


def test_unknown_page_size_is_a_clear_error(qapp, tmp_path):
    from editor.qt.pdf import write_pdf

    with pytest.raises(ValueError, match="a4 or letter"):
        write_pdf("<p>x</p>", tmp_path / "x.pdf", "a5")


def test_long_pdf_does_not_erode_references_to_none(qapp, tmp_path):
    # PySide6 6.12.0 on Python 3.11 loses a reference to None per void call (hence the
    # pin below 6.12 in pyproject.toml); a long PDF then ended in "deallocating None".
    import sys

    from editor.qt.pdf import write_pdf

    html = "".join(f"<h2>Part {i}</h2><p>{'Text of a long discussion. ' * 120}</p>" for i in range(60))
    before = sys.getrefcount(None)
    pages = write_pdf(html, tmp_path / "long.pdf")
    assert pages > 20
    assert sys.getrefcount(None) >= before - 5
