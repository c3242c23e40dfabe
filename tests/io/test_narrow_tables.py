"""The preview's narrow tables: fewer columns for a side panel, the exports' tables untouched."""

from __future__ import annotations

import re
from html import unescape

from editor.io.html import render_html
from editor.io.report_tables import treatment_table

from .export_case import seed_case


def _table(html: str, key: str) -> str:
    match = re.search(rf'<table id="table-{key}".*?</table>', html, re.S)
    assert match, f"no {key} table"
    return match.group(0)


def _headers(table: str) -> list[str]:
    return re.findall(r"<th>(.*?)</th>", table)


def test_the_preview_treatment_table_has_four_columns_and_loses_no_cell():
    report = seed_case()
    table = _table(render_html(report, standalone=False, narrow=True), "treatment")
    assert _headers(table) == ["Course", "Dose and schedule", "Start, end", "Total"]
    text = unescape(re.sub(r"<[^>]+>", " ", table))
    for row in treatment_table(report).rows:
        for cell in row:
            assert cell in text, f"{cell!r} is missing from the preview's table"
    assert "white-space: nowrap" not in table  # every cell may wrap in a narrow dock


def test_the_dose_cell_reads_as_dose_schedule_and_count():
    table = _table(render_html(seed_case(), standalone=False, narrow=True), "treatment")
    assert re.search(r"500 mg<br>[^<]*week[^<]*<br>4 doses", table)


def test_the_exports_keep_their_wide_tables():
    report = seed_case()
    wide = ["Agent", "Route", "Dose", "Frequency", "Doses", "Start", "End", "Cumulative dose"]
    for html in (render_html(report), render_html(report, standalone=False)):  # HTML file; PDF fragment
        assert _headers(_table(html, "treatment")) == wide
        assert 'class="narrow"' not in html
    # narrow is a preview fragment's option only: a standalone page ignores it
    assert _headers(_table(render_html(report, narrow=True), "treatment")) == wide


def test_adverse_events_fit_in_four_columns_with_grade_and_resolution_kept():
    report = seed_case()
    report.adverse_events[0].grade = 2
    report.adverse_events[0].resolved = True
    table = _table(render_html(report, standalone=False, narrow=True), "adverse-events")
    assert _headers(table) == ["Adverse event", "Attributed to", "Time", "Action taken"]
    assert "CTCAE grade 2" in table and "resolved: yes" in table
