"""DOCX export, read back with python-docx and with pandoc."""

from __future__ import annotations

import pypandoc
import pytest
from docx import Document

from editor.io.docx_export import export_docx
from editor.io.report_text import ExportCancelled

from .export_case import LAST_REFERENCE_TITLE, seed_case


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory):
    return export_docx(seed_case(), tmp_path_factory.mktemp("docx") / "case.docx")


def test_headings_use_real_heading_styles(docx_path):
    doc = Document(str(docx_path))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", seed_case().metadata.title)
    assert ("Heading 1", "Case presentation") in headings
    assert ("Heading 2", "Therapeutic intervention") in headings
    assert headings[-1] == ("Heading 1", "References")


def test_authors_have_superscript_affiliation_numbers(docx_path):
    doc = Document(str(docx_path))
    authors = next(p for p in doc.paragraphs if p.text.startswith("Wee Leng Gan"))
    superscripts = [r.text for r in authors.runs if r.font.superscript]
    assert superscripts == ["1*", "1,2", "2"]


def test_treatment_and_outcome_tables_are_word_tables(docx_path):
    doc = Document(str(docx_path))
    by_first_header = {t.rows[0].cells[0].text: t for t in doc.tables}
    treatment = by_first_header["Agent"]
    assert [c.text for c in treatment.rows[0].cells][-1] == "Cumulative dose"
    assert [c.text for c in treatment.rows[2].cells] == [
        "rituximab", "intravenous", "500 mg", "every week", "4", "2016-01", "2016-02", "2 g"]
    outcomes = by_first_header["Outcome"]
    assert outcomes.rows[1].cells[0].text == "complete remission"


def test_citations_numbered_and_last_reference_present(docx_path):
    doc = Document(str(docx_path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "remains a challenge [1,2]" in text and "[@" not in text
    assert doc.paragraphs[-1].text.startswith("6. ") and LAST_REFERENCE_TITLE in doc.paragraphs[-1].text


def test_pandoc_reads_headings_as_headings(docx_path):
    md = pypandoc.convert_file(str(docx_path), "markdown", extra_args=["--standalone"])
    lines = md.splitlines()
    assert "# Case presentation" in lines and "## Therapeutic intervention" in lines
    assert "# References" in lines
    assert "Intravenous Rituximab" in md.split("---")[1]  # the Title style becomes the document title
    assert LAST_REFERENCE_TITLE.split()[-1] in md and "Development of antirituximab" in md


def test_control_characters_do_not_break_the_file(tmp_path):
    report = seed_case()
    report.discussion = "bad \x0b vertical tab and \x01 start-of-heading"
    path = export_docx(report, tmp_path / "odd.docx")
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "bad  vertical tab and  start-of-heading" in text


def test_cancel_leaves_no_file(tmp_path):
    with pytest.raises(ExportCancelled):
        export_docx(seed_case(), tmp_path / "no.docx", progress=lambda done, total: done < 3)
    assert not (tmp_path / "no.docx").exists()
