"""Real files from Zotero, Mendeley, Scopus, Reference Manager, the CSL test suite and biblatex.

Each file comes from a public test suite (tests/data/refs/README.md names source and licence).
The expected values below were read off the files by eye, not produced by our readers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.io.refs import FORMATS, detect_format, dumps, import_references

DATA = Path(__file__).resolve().parents[2] / "data" / "refs"


def names(ref) -> list[str]:
    return [a.vancouver() for a in ref.authors]


def test_ris_from_reference_manager_endnote_and_publishers():
    result = import_references(DATA / "zotero-translator-ris-cases.ris")
    assert result.problems == []
    refman, endnote, publisher, deprecated, mixed = result.references  # the one-space "TY - JOUR" record is kept
    assert names(refman) == ["Baldwin SA", "Fugaccia I", "Brown DR", "Brown LV", "Scheff SW"]  # "Baldwin,S.A."
    assert refman.title == "Blood-brain barrier breach following cortical contusion in the rat"
    assert (refman.container, refman.year, refman.volume, refman.first_page, refman.last_page) == (
        "J.Neurosurg.", 1996, "85", "476", "481")
    assert endnote.title.startswith("Rapid identification of thousands of copperhead snake")
    assert endnote.container == "Molecular Ecology Resources" and endnote.year == 2009
    assert endnote.doi == "10.1111/j.1755-0998.2009.02750.x"  # only in N1 and a dx.doi.org link
    assert endnote.authors[0].family == "CASTOE" and endnote.authors[0].given == "TODD A."  # capitals, not initials
    assert publisher.container == "Augment Altern Commun"  # JO (the abbreviation) beside T2 and JF
    assert (publisher.year, publisher.month, publisher.day) == (2014, 6, 1)
    assert (publisher.volume, publisher.issue, publisher.first_page, publisher.last_page) == ("30", "2", "99", "105")
    assert publisher.doi == "10.3109/07434618.2014.906498" and publisher.accessed == "2014-12-17"
    assert (deprecated.year, deprecated.month, deprecated.day) == (1950, 1, 1)  # DA wins over the older Y1
    assert names(mixed) == ["Georgiev D", "Bello L", "Carmi A", "Cohen E"]  # A1 first, then the AU lines


def test_scopus_ris_with_crlf_and_a_cited_reference_without_title():
    path = DATA / "zotero-translator-scopus.ris"
    assert detect_format(path) == "ris"
    result = import_references(path)
    article, cited = result.references
    assert names(article) == ["Bryan CJ", "Wetmore-Arkader L", "Calvano T", "Deatrick JA", "Giri VN", "Bruner DW"]
    assert article.container == "Journal of the National Medical Association"
    assert (article.year, article.volume, article.issue) == (2008, "100", "6")
    assert (article.first_page, article.last_page) == ("674", "682")
    assert article.doi == "10.1016/S0027-9684(15)31340-7"
    assert cited.title is None and cited.year is None  # "PY  - 0000" is no year
    assert cited.container == "Prostate Cancer Mortality Statistics 2015"


def test_mendeley_bibtex():
    [ref] = import_references(DATA / "zotero-translator-mendeley.bib").references
    assert names(ref) == ["Adams NK", "DeSilva SL", "Self S", "Salas G", "Schubring S", "Permenter JL", "Arbesman K"]
    assert ref.title == "The physical volcanology of the 1600 eruption of Huaynaputina, southern Peru"
    assert (ref.container, ref.year, ref.volume, ref.first_page, ref.last_page) == (
        "Bulletin of Volcanology", 2001, "62", "493", "518")


def test_zotero_bibtex_of_a_pubmed_record_with_group_authors():
    [ref] = import_references(DATA / "zotero-translator-zotero.bib").references
    assert len(ref.authors) == 15 and ref.authors[-1].vancouver() == "Rea TD"
    assert ref.group_author.split("; ") == [
        "American Heart Association Council on Quality of Care and Outcomes Research",
        "Emergency Cardiovascular Care Committee",
        "Council on Cardiopulmonary, Critical Care, Perioperative and Resuscitation",
        "Council on Clinical Cardiology", "Council on Cardiovascular Surgery and Anesthesia"]
    assert ref.pmid == "23439512"  # from note = {{PMID:} 23439512}
    assert (ref.container, ref.year, ref.month, ref.volume, ref.issue) == ("Circulation", 2013, 3, "127", "12")
    assert (ref.first_page, ref.last_page, ref.doi) == ("1342", "1350", "10.1161/CIR.0b013e318288b4dd")


def test_zotero_csl_json_export_of_each_item_type():
    refs = import_references(DATA / "zotero-csl-export.json").references
    assert [r.kind for r in refs] == ["journal", "book", "chapter", "report", "thesis", "web"]
    article = refs[0]
    assert article.container == "Journal abbreviation"  # journalAbbreviation before container-title
    assert article.group_author == "Institutional Author" and names(article) == ["authorLast A"]
    assert (article.year, article.month, article.day) == (1999, 12, 31)  # date parts "1999", 12, 31
    assert (article.volume, article.issue, article.first_page, article.last_page) == ("6", "5", "1", "10")
    assert article.accessed == "1997-06-13" and article.doi == "10.1234/example.doi"
    assert refs[2].container == "Publication title" and refs[2].editors[0].family == "editorLast"


def test_csl_test_suite_items_particles_dates_and_an_item_with_nothing_to_cite():
    path = DATA / "csl-test-suite.json"
    result = import_references(path)
    refs = result.references
    assert len(refs) == 9
    [problem] = result.problems  # date_SeasonRange1: a date and nothing else
    lines = path.read_text(encoding="utf-8").splitlines()
    raw_date = next(i for i, line in enumerate(lines) if "Spring 1999" in line)
    assert problem.record == 6 and problem.line == max(i for i in range(raw_date) if lines[i] == "    {") + 1
    santos, plants, cats, particles = refs[:4]
    assert names(santos)[0] == "dos Santos RG" and names(plants)[1] == "de Oliveira RC"
    assert names(particles) == ["de la Doe J"]
    assert santos.container == "J Psychopharmacol"  # container-title-short
    assert (santos.first_page, santos.last_page, santos.issue) == ("1230", "1247", "12")
    assert plants.issue == "7" and plants.article_number is None  # "number" only repeats the issue
    assert len(cats.authors) == 51 and "(Prionailurus planiceps)" in cats.title  # <i> dropped
    assert (cats.pmid, cats.pmcid, cats.article_number, cats.first_page) == ("20305809", "PMC2840020", "e9612", None)
    season, in_press, raw = refs[4], refs[5], refs[6]
    assert (season.year, season.month) == (2000, None)  # "season": 3 is no month
    assert in_press.year is None and raw.year is None  # literal "(in press)", raw "Bogus Date"
    assert refs[7].container == "Anon J"  # journalAbbreviation


def test_biblatex_examples_journaltitle_date_subtitle_and_sets():
    path = DATA / "pandoc-biblatex-examples.bib"
    result = import_references(path)
    assert len(result.references) == 20
    assert [(p.record, p.line) for p in result.problems] == [(2, 26), (3, 34)]  # @set entries name no work
    by_title = {r.title.split(":")[0]: r for r in result.references}
    shore = by_title["Twice-Born, Once Conceived"]
    assert shore.title == "Twice-Born, Once Conceived: Meaning Construction and Cultural Cognition"
    assert (shore.container, shore.year, shore.month, shore.volume, shore.issue) == (
        "American Anthropologist", 1991, 3, "93", "1")
    aksin = next(r for r in result.references if r.authors and r.authors[0].family == "Aksın")
    assert aksin.container == "J. Organomet. Chem." and aksin.authors[1].family == "Türkmen"  # @string, accents
    kastenholz = next(r for r in result.references if r.doi == "10.1063/1.2172593")
    assert kastenholz.article_number == "124106" and "methodology-independent" in kastenholz.title
    angenendt = next(r for r in result.references if r.authors and r.authors[0].family == "Angenendt")
    assert (angenendt.first_page, angenendt.last_page) == ("431", "456")  # first of "431--456, 791--823"
    collection = next(r for r in result.references if r.title == "Contemporary Literary Criticism")
    assert collection.kind == "book" and collection.editors[0].family == "Matuz"


FILES = ["zotero-translator-ris-cases.ris", "zotero-translator-scopus.ris", "zotero-translator-mendeley.bib",
         "zotero-translator-zotero.bib", "zotero-csl-export.json", "csl-test-suite.json",
         "pandoc-biblatex-examples.bib", "rispy-endnote.ris", "jabref-science.ris", "jabref-scopus.bib",
         "jabref-medline-multiple.txt", "jabref-wos.txt", "jabref-wos-medline.txt"]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("name", FILES)
def test_what_was_read_survives_export_and_import(name, fmt):
    refs = import_references(DATA / name).references
    back = FORMATS[fmt].read(dumps(refs, fmt))
    assert back.problems == [] and len(back.references) == len(refs)
    for original, again in zip(refs, back.references):
        before = original.model_dump(mode="json", exclude={"raw", "id"})
        after = again.model_dump(mode="json", exclude={"raw", "id"})
        if fmt == "medline" and original.kind == "journal":
            before.pop("place"), after.pop("place")  # PubMed's PL is the journal's country: not read back
        assert after == before, original.title


def test_library_saved_by_jabref_with_its_meta_comments():
    path = DATA / "jabref-saved-library.bib"
    assert detect_format(path) == "bibtex"
    result = import_references(path)
    assert result.problems == []  # the @comment{jabref-meta: …} blocks are no records
    article, collection = result.references
    assert article.title.startswith("Pi Calculus Versus Petri Nets") and article.authors[0].family == "Aalst"
    assert (article.container, article.year, article.month, article.first_page, article.last_page) == \
        ("BPTrends", 2005, 5, "1", "11")
    # an @Collection has only a booktitle: it is the book's title, not a container
    assert (collection.kind, collection.title, collection.container) == \
        ("book", "Special issue on workflow and extented transaction systems", None)
    assert collection.editors[0].family == "Hsu" and collection.month == 6
