"""HTML export and preview: what a reader sees, escaped, with numbered citations."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from editor.domain import CaseReport
from editor.io.html import export_html, render_html
from editor.io.report_text import ExportCancelled

from .export_case import LAST_REFERENCE_TITLE, seed_case


class _Collector(HTMLParser):
    """Headings, script elements and all visible text of an HTML page."""

    def __init__(self):
        super().__init__()
        self.headings: list[tuple[str, str]] = []
        self.scripts = 0
        self.text: list[str] = []
        self._tag: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag in ("h1", "h2", "h3"):
            self._tag = tag
            self.headings.append((tag, ""))

    def handle_endtag(self, tag):
        if tag == self._tag:
            self._tag = None

    def handle_data(self, data):
        self.text.append(data)
        if self._tag:
            tag, text = self.headings[-1]
            self.headings[-1] = (tag, text + data)


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_sections_follow_care_order_and_are_headings():
    page = parse(render_html(seed_case()))
    titles = [text for _, text in page.headings]
    expected = ["Abstract", "Introduction", "Case presentation", "Patient information", "Clinical findings",
                "Diagnostic assessment", "Therapeutic intervention", "Follow-up and outcomes", "Timeline",
                "Discussion", "Patient perspective", "Informed consent", "References"]
    positions = [titles.index(t) for t in expected]
    assert positions == sorted(positions)
    assert ("h3", "Therapeutic intervention") in page.headings
    assert page.headings[0][0] == "h1" and "Rituximab" in page.headings[0][1]


def test_citations_are_numbered_in_order_of_first_citation():
    html = render_html(seed_case(), standalone=False)
    text = "".join(parse(html).text)
    assert "glomerulonephritis remains a challenge [1,2]" in text
    assert "not achieved [3]" in text
    # ochi2012 is first cited in a course response, before the discussion: number 4
    assert "some adults [4,5]" in text
    assert "loss of response [6]" in text
    assert "[@" not in text


def test_reference_list_is_in_citation_order_and_ends_with_last_reference():
    text = "".join(parse(render_html(seed_case())).text)
    assert text.index("Secondary focal segmental") < text.index("Choosing the right")
    assert LAST_REFERENCE_TITLE in text
    assert text.index(LAST_REFERENCE_TITLE) > text.index("Rituximab treatment in adults")


def test_text_typed_into_fields_stays_text():
    report = seed_case()
    report.metadata.title = "<script>alert('x')</script> FSGS"
    report.discussion = 'Dose <b>bold</b> & "quoted" <img src=x onerror=alert(1)>'
    report.treatment_courses[0].agent = "<script>steal()</script>"
    html = render_html(report)
    page = parse(html)
    assert page.scripts == 0
    assert "<img" not in html
    visible = "".join(page.text)
    assert "<script>alert('x')</script> FSGS" in visible
    assert 'Dose <b>bold</b> & "quoted"' in visible


def test_treatment_table_shows_computed_cumulative_dose():
    html = render_html(seed_case(), standalone=False)
    assert "<th>Cumulative dose</th>" in html
    # rituximab 500 mg x 4 = 2 g; cyclophosphamide 0.4 g x 6 = 2.4 g
    assert "<td>2 g</td>" in html and "<td>2.4 g</td>" in html


def test_empty_sections_are_left_out():
    report = seed_case()
    report.patient_perspective = "   "
    report.adverse_events = []
    html = render_html(report)
    assert "Patient perspective" not in html
    assert "Adverse event" not in html
    blank = render_html(CaseReport())
    assert "Case presentation" not in blank and "<h1>Untitled case report</h1>" in blank


def test_standalone_page_has_print_styles_and_fragment_has_none():
    page = render_html(seed_case(), standalone=True)
    assert page.startswith("<!DOCTYPE html>") and "@media print" in page and "@page" in page
    fragment = render_html(seed_case(), standalone=False)
    assert "<html" not in fragment and "<style" not in fragment and "<h1>" in fragment


def test_authors_carry_numbered_affiliations():
    html = render_html(seed_case(), standalone=False)
    assert "Ruslinda Mustafar<sup>1,2</sup>" in html
    assert "<sup>2</sup> Department of Medicine" in html
    assert "Wee Leng Gan<sup>1*</sup>" in html


def test_export_writes_file_and_can_be_cancelled(tmp_path):
    out = export_html(seed_case(), tmp_path / "case.html")
    assert LAST_REFERENCE_TITLE in out.read_text(encoding="utf-8")
    with pytest.raises(ExportCancelled):
        export_html(seed_case(), tmp_path / "cancelled.html", progress=lambda done, total: done < 1)
    assert not (tmp_path / "cancelled.html").exists()
