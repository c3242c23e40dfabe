"""Word manuscript import: the DOCX export of every sample comes back; a hand-made manuscript too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from editor.io import native
from editor.io.docx_export import export_docx
from editor.io.docx_import import import_docx
from editor.io.import_result import ImportFailed
from editor.io.report_text import export_numbers

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.case.json"))


@pytest.fixture(params=SAMPLES, ids=lambda p: p.name)
def round_trip(request, tmp_path):
    original = native.load(request.param)
    path = export_docx(original, tmp_path / "manuscript.docx")
    return original, import_docx(path)


def test_round_trip_front_matter(round_trip):
    original, result = round_trip
    meta = result.report.metadata
    assert meta.title == original.metadata.title
    assert [(a.given, a.family, a.degrees, a.corresponding) for a in meta.authors] == [
        (a.given, a.family, a.degrees, a.corresponding) for a in original.metadata.authors]
    assert meta.keywords == original.metadata.keywords
    by_id = {a.id: a.display() for a in meta.affiliations}
    want = {a.id: a.display() for a in original.metadata.affiliations}
    assert [[by_id[i] for i in a.affiliation_ids] for a in meta.authors] == [
        [want[i] for i in a.affiliation_ids] for a in original.metadata.authors]


def _cited_titles(text: str, report) -> list:
    """Each citation marker replaced by the works it cites (year, volume, page), sorted as the export sorts them."""
    titles = {r.id: f"{r.year} {r.volume}:{r.first_page}" for r in report.references}
    return re.sub(r"\[@([^\]]+)\]",
                  lambda m: str(sorted(titles.get(k.strip(" @"), "?") for k in m.group(1).split(";"))), text or "")


def test_round_trip_abstract_and_sections(round_trip):
    original, result = round_trip
    imported = result.report
    for part in ("background", "case_presentation", "conclusion"):
        assert _cited_titles(getattr(imported.abstract, part), imported) == _cited_titles(
            getattr(original.abstract, part), original), part
    for field in ("introduction", "clinical_findings", "discussion", "patient_perspective"):
        assert _cited_titles(getattr(imported, field), imported) == _cited_titles(getattr(original, field), original)
    assert imported.patient == original.patient


def test_round_trip_references(round_trip):
    original, result = round_trip
    numbers = export_numbers(original)
    in_export_order = sorted(original.references, key=lambda r: numbers[r.id])
    imported = result.report.references
    assert len(imported) == len(in_export_order)
    for got, want in zip(imported, in_export_order):
        assert (got.year, got.volume, got.issue, got.first_page, got.last_page, got.container) == (
            want.year, want.volume, want.issue, want.first_page, want.last_page, want.container), want.id
        # Group authors ("Names; Group." or "Group. Title") come back split too.
        assert [a.family for a in got.authors] == [a.family for a in want.authors], want.id
        assert got.group_author == want.group_author, want.id
        assert got.title == want.title, want.id


def test_hand_made_manuscript_with_heading_styles(tmp_path):
    doc = Document()
    doc.add_paragraph("Late relapse of minimal change disease: a case report", style="Title")
    doc.add_paragraph("Ana Lima, Ben Okafor")
    doc.add_heading("Abstract", level=1)
    doc.add_paragraph("We report a 30-year-old woman whose minimal change disease relapsed after ten years. "
                      "This case shows that relapse can come late.")
    doc.add_paragraph("Keywords: minimal change disease; relapse")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph("Minimal change disease relapses in most adults [1].")
    doc.add_heading("Case presentation", level=1)
    doc.add_paragraph("She presented with oedema.")
    doc.add_heading("Discussion", level=1)
    doc.add_paragraph("Late relapse is rare [2].")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Test", "Result"
    table.cell(1, 0).text, table.cell(1, 1).text = "Albumin", "18 g/L"
    doc.add_heading("References", level=1)
    doc.add_paragraph("Waldman M, Crew RJ, Valeri A, et al. Adult minimal-change disease: clinical characteristics, "
                      "treatment, and outcomes. Clin J Am Soc Nephrol. 2007;2(3):445-53.")
    doc.add_paragraph("Vivarelli M, Massella L, Ruggiero B, Emma F. Minimal change disease. "
                      "Clin J Am Soc Nephrol. 2017;12(2):332-345.")
    path = tmp_path / "hand.docx"
    doc.save(path)
    result = import_docx(path)
    report = result.report
    assert report.metadata.title == "Late relapse of minimal change disease: a case report"
    assert [a.family for a in report.metadata.authors] == ["Lima", "Okafor"]
    assert report.metadata.keywords == ["minimal change disease", "relapse"]
    assert report.abstract.case_presentation.startswith("We report a 30-year-old woman")
    assert report.abstract.conclusion == "This case shows that relapse can come late."
    assert report.introduction == "Minimal change disease relapses in most adults [@ref-1]."
    assert report.clinical_findings == "She presented with oedema."
    assert report.discussion == "Late relapse is rare [@ref-2]."
    assert [(r.first_author(), r.year, r.last_page) for r in report.references] == [
        ("Waldman M", 2007, "453"), ("Vivarelli M", 2017, "345")]
    assert [u.text for u in result.unsorted] == ["Test | Result\nAlbumin | 18 g/L"]


def test_not_a_docx(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_text("plain words")
    with pytest.raises(ImportFailed, match="not a Word .docx document"):
        import_docx(path)
