"""Markdown export: same structure as HTML, GitHub tables, markup typed as text stays text."""

from __future__ import annotations

import pypandoc

from editor.io.markdown import export_markdown, render_markdown

from .export_case import LAST_REFERENCE_TITLE, seed_case


def test_headings_and_sections_in_order():
    md = render_markdown(seed_case())
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings[0].startswith("# Intravenous Rituximab")
    for earlier, later in [("## Abstract", "## Introduction"), ("### Patient information", "### Therapeutic"),
                           ("## Discussion", "## References")]:
        assert md.index(earlier) < md.index(later)


def test_treatment_table_is_a_gfm_table_that_pandoc_reads_as_a_table(tmp_path):
    md = render_markdown(seed_case())
    assert "| Agent | Route | Dose | Frequency | Doses | Start | End | Cumulative dose |" in md
    assert "| rituximab | intravenous | 500 mg | every week | 4 | 2016-01 | 2016-02 | 2 g |" in md
    html = pypandoc.convert_text(md, "html", format="gfm")
    assert "<table>" in html and "<td>2.4 g</td>" in html


def test_citations_are_numbers_and_references_numbered():
    md = render_markdown(seed_case())
    assert "remains a challenge \\[1,2\\]" in md
    assert "[@" not in md
    last = md.rstrip().splitlines()[-1]
    assert last.startswith("6. ") and LAST_REFERENCE_TITLE in last


def test_markup_typed_in_a_field_is_escaped():
    report = seed_case()
    report.discussion = "<script>x()</script> and *not emphasis* and # not a heading"
    html = pypandoc.convert_text(render_markdown(report), "html", format="gfm")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<em>" not in html


def test_age_reads_in_plural(tmp_path):
    out = export_markdown(seed_case(), tmp_path / "case.md")
    assert "Age: 21 years; Sex: male." in out.read_text(encoding="utf-8")
