"""JATS import: our own exports come back field for field; real PMC articles import without loss."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.io import native
from editor.io.import_result import ImportFailed, UNSORTED_FIELD
from editor.io.jats_export import render_jats
from editor.io.jats_import import import_jats, import_jats_bytes

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.case.json"))
PMC = ROOT / "tests" / "data" / "jats"


@pytest.fixture(params=SAMPLES, ids=lambda p: p.name)
def round_trip(request):
    original = native.load(request.param)
    return original, import_jats_bytes(render_jats(original), "export.xml")


def test_round_trip_front_matter(round_trip):
    original, result = round_trip
    imported = result.report
    assert imported.metadata.title == original.metadata.title
    assert imported.metadata.keywords == original.metadata.keywords
    assert [a.model_dump() for a in imported.metadata.authors] == [a.model_dump() for a in original.metadata.authors]
    assert imported.metadata.affiliations == original.metadata.affiliations
    assert imported.abstract == original.abstract  # citation markers included


def test_round_trip_sections(round_trip):
    original, result = round_trip
    imported = result.report
    for field in ("introduction", "clinical_findings", "discussion", "patient_perspective"):
        assert getattr(imported, field) == getattr(original, field), field
    assert imported.patient == original.patient
    meta, old = imported.metadata, original.metadata
    assert (meta.funding, meta.conflicts_of_interest, meta.acknowledgements) == (
        old.funding, old.conflicts_of_interest, old.acknowledgements)
    if original.consent.statement:
        assert imported.consent.statement == original.consent.statement


def test_round_trip_references(round_trip):
    original, result = round_trip
    before = {r.id: r.model_dump(exclude={"raw"}) for r in original.references}
    after = {r.id: r.model_dump(exclude={"raw"}) for r in result.report.references}
    assert after == before


def test_structured_parts_are_listed_as_unsorted_and_kept_in_the_draft(round_trip, tmp_path):
    original, result = round_trip
    if original.treatment_courses:
        assert any("Treatment panel" in u.reason for u in result.unsorted)
    saved = tmp_path / "draft.case.json"
    native.save(result.report, saved)
    kept = native.load(saved).model_extra[UNSORTED_FIELD]
    assert [piece["text"] for piece in kept] == [u.text for u in result.unsorted]


@pytest.mark.parametrize("name, min_refs", [("1471-2180-11-174", 64), ("ehp-116-1694", 58), ("pone.0000217", 33)])
def test_real_pmc_articles_import(name, min_refs):
    result = import_jats(PMC / f"{name}.xml")
    report = result.report
    assert report.metadata.title and len(report.metadata.authors) >= 2
    assert report.abstract.background and report.introduction and report.discussion
    assert len(report.references) == min_refs
    assert all(r.title and r.year for r in report.references[:10])
    # citations point at references that exist
    ids = {r.id for r in report.references}
    from editor.domain.derived import citations

    cited = {key for c in citations(report) for key in c.ref_ids}
    assert cited and cited <= ids
    assert result.unsorted  # research sections (Methods, Results) are not a case report's parts


def test_mixed_citations_go_through_the_parser():
    """A mixed-citation with its own punctuation is read as text; its tags then correct the parser."""
    xml = b"""<article><front><article-meta><title-group><article-title>T</article-title></title-group>
    </article-meta></front><body><sec><title>Discussion</title><p>As shown [<xref ref-type="bibr" rid="r1">1</xref>-
    <xref ref-type="bibr" rid="r3">3</xref>].</p></sec></body><back><ref-list>
    <ref id="r1"><label>1.</label><mixed-citation publication-type="journal">Ponticelli C. Recurrence of focal segmental
    glomerular sclerosis (FSGS) after renal transplantation. Nephrol Dial Transplant. 2010;25(1):25-31.
    doi:<pub-id pub-id-type="doi">10.1093/ndt/gfp538</pub-id></mixed-citation></ref>
    <ref id="r2"><mixed-citation>Cattran DC. Cyclosporine in FSGS. Semin Nephrol. 2003;23(2):234-41.</mixed-citation></ref>
    <ref id="r3"><mixed-citation>Korbet SM. Angiotensin antagonists. Semin Nephrol. 2003;23(2):219-28.</mixed-citation></ref>
    </ref-list></back></article>"""
    report = import_jats_bytes(xml, "mixed.xml").report
    first = report.references[0]
    assert (first.authors[0].family, first.container, first.year, first.first_page, first.last_page) == (
        "Ponticelli", "Nephrol Dial Transplant", 2010, "25", "31")
    assert first.doi == "10.1093/ndt/gfp538"
    assert report.references[1].last_page == "241"
    assert report.discussion == "As shown [@r1; @r2; @r3]."  # the range 1-3 includes 2


def test_several_articles_import_the_first_and_say_so():
    xml = b"""<pmc-articleset><article><front><article-meta><title-group><article-title>First</article-title>
    </title-group></article-meta></front></article><article><front><article-meta><title-group>
    <article-title>Second</article-title></title-group></article-meta></front></article></pmc-articleset>"""
    result = import_jats_bytes(xml, "set.xml")
    assert result.report.metadata.title == "First"
    assert any("2 articles" in note for note in result.notes)
    assert "2 articles" in "\n".join(result.summary_lines())


def test_malformed_xml_gives_one_line_with_the_line_number(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<article>\n<front>\n<p>unclosed\n</article>")
    with pytest.raises(ImportFailed) as error:
        import_jats(bad)
    message = str(error.value)
    assert "\n" not in message and "line 4" in message and str(bad) in message


def test_not_an_article(tmp_path):
    with pytest.raises(ImportFailed, match="no <article> element"):
        import_jats_bytes(b"<html><body/></html>", "page.xml")


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xml = f"""<?xml version="1.0"?><!DOCTYPE article [<!ENTITY x SYSTEM "file://{secret}">]>
    <article><front><article-meta><title-group><article-title>A &x; B</article-title></title-group>
    </article-meta></front></article>""".encode()
    result = import_jats_bytes(xml, "xxe.xml")
    assert "TOP SECRET" not in (result.report.metadata.title or "")
