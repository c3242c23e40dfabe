"""Real exports from EndNote, ScienceDirect, Scopus, PubMed, Embase-style RIS and Web of Science."""

from __future__ import annotations

from pathlib import Path

from editor.io.refs import detect_format, import_references

DATA = Path(__file__).resolve().parents[2] / "data" / "refs"


def test_endnote_ris_with_multi_line_fields():
    result = import_references(DATA / "rispy-endnote.ris")
    assert result.problems == []
    [ref] = result.references
    assert [a.family for a in ref.authors] == ["Smith", "Doe", "End", "Ref"]
    assert ref.authors[1].initials == "J" and ref.authors[1].given is None
    assert ref.authors[0].given == "A. Nonymous" and ref.authors[0].initials == "AN"
    assert (ref.first_page, ref.last_page) == ("1", "2")  # "SP  - 1-2" split
    assert ref.container == "Journal of Reference Management" and ref.year == 2024
    assert ref.doi == "10.1234/endnote.joke.2024"


def test_sciencedirect_ris_doi_given_as_a_link_and_date_with_slashes():
    [ref] = import_references(DATA / "jabref-science.ris").references
    assert ref.doi == "10.1016/j.actamat.2016.09.028"
    assert (ref.year, ref.month) == (2016, 12)
    assert ref.title.startswith("Phase separation and ω transformation")
    assert ref.issue is None  # "IS  - " empty


def test_ris_with_byte_order_mark_and_crlf_line_ends():
    assert detect_format(DATA / "rispy-bom-crlf.ris") == "ris"
    [ref] = import_references(DATA / "rispy-bom-crlf.ris").references
    assert ref.doi == "10.1186/s40981-020-0316-0"


def test_scopus_bibtex_with_empty_key_and_affiliation_in_address():
    [ref] = import_references(DATA / "jabref-scopus.bib").references
    assert [a.family for a in ref.authors] == ["Federico", "Grillo", "Herzog"]
    assert (ref.first_page, ref.last_page) == ("2309", "2327")
    assert ref.place is None  # an article's address is the authors' affiliation, not a place of publication
    assert "&partnerID=40&" in ref.url  # no LaTeX decoding inside URLs


def test_pubmed_medline_txt_reads_good_records_and_reports_the_stray_line():
    path = DATA / "jabref-medline-multiple.txt"
    assert detect_format(path) == "medline"
    result = import_references(path)
    first = result.references[0]
    assert first.title.startswith("From danger and motherhood") and first.title.endswith("Britain.")
    assert [(a.family, a.given) for a in first.authors] == [("Long", "Vicky"), ("Marland", "Hilary")]
    assert (first.first_page, first.last_page) == ("454", "481")  # "454-81" in full
    assert (first.pmid, first.pmcid, first.container) == ("20481061", "PMC4513071", "20 Century Br Hist")
    [problem] = result.problems
    assert problem.record == 2 and problem.line == 53
    assert "MEDLINE" in problem.reason


def test_old_isi_export_with_names_written_six_ways_keeps_every_name():
    [ref] = import_references(DATA / "jabref-isi.txt").references
    assert detect_format(DATA / "jabref-isi.txt") == "wos"
    assert [a.family for a in ref.authors] == ["Brown"] * 6  # "James Brown" as well as "Brown, JM"
    assert ref.authors[1].given == "James Marc" and ref.authors[2].initials == "JM"
    assert ref.title == "Optical properties of MgO doped LiNbO/sub 3/ single crystals"
    assert (ref.year, ref.month, ref.first_page, ref.last_page) == (2006, 4, "467", "472")
