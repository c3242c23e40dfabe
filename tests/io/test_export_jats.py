"""JATS 1.3 export: valid against the Journal Publishing DTD, with resolvable citations."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from editor.io.jats_export import export_jats, render_jats
from editor.io.report_text import ExportCancelled

from .export_case import LAST_REFERENCE_TITLE, every_report, seed_case

DTD_FILE = Path(__file__).resolve().parents[1] / "data" / "jats-publishing-1.3" / "JATS-journalpublishing1-3.dtd"
SAFE = dict(resolve_entities=False, no_network=True, load_dtd=False)


@pytest.fixture(scope="module")
def dtd() -> etree.DTD:
    return etree.DTD(str(DTD_FILE))


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(**SAFE))


def assert_valid(dtd: etree.DTD, root: etree._Element) -> None:
    if not dtd.validate(root):
        pytest.fail("\n".join(str(e) for e in dtd.error_log.filter_from_errors()[:10]))


@pytest.mark.parametrize("name,report", every_report(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_sample_is_valid_jats_13(dtd, name, report):
    root = parse(render_jats(report))
    assert_valid(dtd, root)
    assert root.get("article-type") == "case-report" and root.get("dtd-version") == "1.3"
    # every citation points at a reference that is in the list
    ref_ids = set(root.xpath("//ref-list/ref/@id"))
    for rid in root.xpath("//xref[@ref-type='bibr']/@rid"):
        assert set(rid.split()) <= ref_ids


def test_front_matter_carries_authors_orcid_affiliations_and_abstract():
    root = parse(render_jats(seed_case()))
    meta = root.find("front/article-meta")
    assert meta.findtext("title-group/article-title").startswith("Intravenous Rituximab")
    contribs = meta.findall("contrib-group/contrib")
    assert [c.findtext("name/surname") for c in contribs] == ["Gan", "Mustafar", "Kamaruzaman"]
    assert contribs[0].findtext("contrib-id[@contrib-id-type='orcid']") == "https://orcid.org/0000-0002-1825-0097"
    assert contribs[0].get("corresp") == "yes"
    assert [x.get("rid") for x in contribs[1].findall("xref[@ref-type='aff']")] == ["aff-1", "aff-2"]
    assert meta.find("aff[@id='aff-2']/country").text == "Malaysia"
    assert "wlgan@example.org" in meta.findtext("author-notes/corresp/email")
    assert [t.text for t in meta.findall("abstract/sec/title")] == ["Background", "Case presentation", "Conclusion"]
    assert [k.text for k in meta.findall("kwd-group/kwd")] == [
        "refractory focal segmental glomerulosclerosis", "intravenous Rituximab"]


def test_body_has_case_sections_and_treatment_table():
    root = parse(render_jats(seed_case()))
    titles = [t.text for t in root.findall("body/sec/title")]
    assert titles[:2] == ["Introduction", "Case presentation"]
    assert "Discussion" in titles and "Informed consent" in titles
    case = root.find("body/sec[@sec-type='cases']")
    assert [t.text for t in case.findall("sec/title")][:2] == ["Patient information", "Clinical findings"]
    table = root.find(".//table-wrap[@id='table-treatment']")
    assert [th.text for th in table.findall(".//thead/tr/th")][-1] == "Cumulative dose"
    rituximab = [td.text for td in table.findall(".//tbody/tr")[1]]
    assert rituximab[0] == "rituximab" and rituximab[-1] == "2 g"


def test_citations_are_xrefs_numbered_in_order():
    root = parse(render_jats(seed_case()))
    intro = root.find("body/sec[@sec-type='intro']/p")
    xrefs = intro.findall("xref")
    assert [(x.get("rid"), x.text) for x in xrefs] == [("kim2016", "1"), ("valerio2008", "2"), ("kdigo2012", "3")]
    assert "[@" not in etree.tostring(root, encoding="unicode")


def test_reference_list_as_element_citations():
    root = parse(render_jats(seed_case()))
    refs = root.findall("back/ref-list/ref")
    assert [r.findtext("label") for r in refs] == ["1", "2", "3", "4", "5", "6"]
    kim = refs[0].find("element-citation")
    assert kim.get("publication-type") == "journal"
    assert kim.findtext("pub-id[@pub-id-type='doi']") == "10.1155/2016/1630365"
    assert kim.findtext("pub-id[@pub-id-type='pmid']") == "27088085"
    assert kim.findtext("elocation-id") == "1630365"
    valerio = refs[1].find("element-citation")
    assert valerio.find("person-group/etal") is not None and valerio.findtext("supplement") == "Suppl 44"
    kdigo = refs[2].find("element-citation")
    assert kdigo.get("publication-type") == "book" and "KDIGO" in kdigo.findtext("person-group/collab")
    assert refs[-1].findtext("element-citation/article-title") == LAST_REFERENCE_TITLE
    assert refs[-1].findtext("element-citation/lpage") == "1464"


def test_awkward_text_and_ids_still_give_valid_xml(dtd):
    report = seed_case()
    report.metadata.title = "Dose <b>&</b> \x0bcontrol \x01 characters"
    report.discussion = "Cited twice [@1 bad; @ahn2014] and missing [@nowhere]."
    report.references[-1].id = "1 bad"  # not an XML name: needs a fallback id
    report.metadata.authors[0].orcid = "not an orcid"
    root = parse(render_jats(report))
    assert_valid(dtd, root)
    assert root.findtext("front/article-meta/title-group/article-title") == "Dose <b>&</b> control  characters"
    assert root.find(".//contrib-id") is None
    assert "[?]" in "".join(root.find("body/sec[@sec-type='discussion']").itertext())


def test_export_writes_file_and_cancel_stops_it(tmp_path, dtd):
    out = export_jats(seed_case(), tmp_path / "case.xml")
    tree = etree.parse(str(out), etree.XMLParser(**SAFE))
    assert_valid(dtd, tree.getroot())
    with pytest.raises(ExportCancelled):
        export_jats(seed_case(), tmp_path / "no.xml", progress=lambda done, total: done < 2)
    assert not (tmp_path / "no.xml").exists()
