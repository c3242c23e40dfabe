"""Behaviour of the free-text reference parser on the forms the brief lists."""

import pytest

from editor.references.parser import parse_reference, parse_reference_with_confidence, parse_references


def test_vancouver_article_with_short_page_range():
    ref = parse_reference("3. Radhakrishnan J, Cattran DC. The KDIGO practice guideline. Kidney International. 2012;82(8):840-56.")
    assert [(a.family, a.initials) for a in ref.authors] == [("Radhakrishnan", "J"), ("Cattran", "DC")]
    assert ref.title == "The KDIGO practice guideline"
    assert ref.container == "Kidney International"
    assert (ref.year, ref.volume, ref.issue, ref.first_page, ref.last_page) == (2012, "82", "8", "840", "856")
    assert ref.raw.startswith("3. Radhakrishnan")


@pytest.mark.parametrize("numbering", ["1. ", "[1] ", "1) ", "(12) ", ""])
def test_leading_numbering_is_ignored(numbering):
    ref = parse_reference(numbering + "Ponticelli C. Recurrence of FSGS. Nephrol Dial Transplant. 2010;25(1):25-31.")
    assert ref.authors[0].family == "Ponticelli"


def test_et_al_after_authors():
    ref = parse_reference("Wei C, Trachtman H, Li J, Dong C, et al. Circulating suPAR. J Am Soc Nephrol. 2012;23(12):2051-9.")
    assert ref.et_al is True and len(ref.authors) == 4


def test_study_group_sentence_after_title_goes_to_group_author():
    ref = parse_reference(
        "Cattran DC, Appel GB, Hebert LA, et al. A randomized trial of cyclosporine. "
        "North America Nephrotic Syndrome Study Group. Kidney International. 1999;56(6):2220-6.")
    assert ref.group_author == "North America Nephrotic Syndrome Study Group"
    assert ref.title == "A randomized trial of cyclosporine"


def test_group_author_alone_and_no_author():
    group = parse_reference("World Health Organization. Global tuberculosis report 2019. Geneva: WHO; 2019.")
    assert group.group_author == "World Health Organization" and not group.authors
    assert group.kind.value == "report"
    none = parse_reference("Cyclophosphamide treatment of nephrotic syndrome. Arch Dis Child. 1987;62(11):1102-6.")
    assert not none.authors and none.group_author is None and none.title.startswith("Cyclophosphamide")


@pytest.mark.parametrize("locator, volume, issue, supplement, first, last", [
    ("2008;25 Suppl 44:S88-S98", "25", None, "44", "S88", "S98"),
    ("2014;52(Suppl 2):S331-6", "52", None, "2", "S331", "S336"),
    ("2010;33(Supl 2):12-5", "33", None, "2", "12", "15"),
    ("2020;101(6Suppl1):1-9", "101", "6", "1", "1", "9"),
])
def test_supplements_in_all_spellings(locator, volume, issue, supplement, first, last):
    ref = parse_reference(f"Smith A. A title. J Test. {locator}.")
    assert (ref.volume, ref.issue, ref.supplement, ref.first_page, ref.last_page) == (volume, issue, supplement, first, last)


def test_article_numbers_and_volume_only():
    assert parse_reference("Kim JS. A title. Bio Med Res Int. 2016;2016:1630365.").article_number == "1630365"
    elocator = parse_reference("Smith A. A title. J Med Internet Res. 2015;7(4):e34821.")
    assert (elocator.article_number, elocator.first_page) == ("e34821", None)
    only = parse_reference("Marasa M. A case. BMJ Case Rep. 2014;2014.")
    assert (only.volume, only.first_page, only.article_number) == ("2014", None, None)


def test_journal_title_with_colon_and_date_with_month_and_day():
    ref = parse_reference("Smith A. A title. Clin J Am Soc Nephrol: CJASN. 2012 Mar 15;4(8):1317-23.")
    assert ref.container == "Clin J Am Soc Nephrol: CJASN"
    assert (ref.year, ref.month, ref.day) == (2012, 3, 15)


@pytest.mark.parametrize("tail, field, value", [
    ("doi: 10.1016/j.kint.2012.01.001", "doi", "10.1016/j.kint.2012.01.001"),
    ("https://doi.org/10.1093/ndt/gfp123", "doi", "10.1093/ndt/gfp123"),
    ("DOI 10.1186/1471-2369-14-1.", "doi", "10.1186/1471-2369-14-1"),
    ("PMID: 22785238.", "pmid", "22785238"),
    ("PubMed PMID: 22785238.", "pmid", "22785238"),
    ("PMCID: PMC3456789.", "pmcid", "PMC3456789"),
    ("PMC3456789", "pmcid", "PMC3456789"),
])
def test_trailing_identifiers(tail, field, value):
    ref = parse_reference(f"Smith A. A title. Kidney Int. 2012;82(8):840-56. {tail}")
    assert getattr(ref, field) == value
    assert ref.last_page == "856"


def test_epub_ahead_of_print_is_not_read_as_data():
    ref = parse_reference("Smith A. A title. Kidney Int. 2020 Jan 3;97(2):100-9. Epub 2019 Dec 1.")
    assert (ref.year, ref.month, ref.day, ref.volume) == (2020, 1, 3, "97")


def test_bmc_style():
    ref = parse_reference("Smith A, Jones B: Trauma outcomes. J Trauma 2003, 54:1116-26.")
    assert (ref.container, ref.year, ref.volume, ref.first_page, ref.last_page) == ("J Trauma", 2003, "54", "1116", "1126")
    assert ref.title == "Trauma outcomes"


def test_book_and_chapter():
    book = parse_reference("Brenner BM. The kidney. 8th ed. Philadelphia: Saunders; 2008.")
    assert (book.kind.value, book.title, book.edition, book.place, book.publisher, book.year) == (
        "book", "The kidney", "8th", "Philadelphia", "Saunders", 2008)
    chapter = parse_reference("Meltzer PS, Kallioniemi A. Mutation in cancer. In: Vogelstein B, Kinzler KW, editors. "
                              "The genetic basis of human cancer. New York: McGraw-Hill; 2002. p. 93-113.")
    assert chapter.kind.value == "chapter" and chapter.container == "The genetic basis of human cancer"
    assert [e.family for e in chapter.editors] == ["Vogelstein", "Kinzler"]
    assert (chapter.first_page, chapter.last_page) == ("93", "113")


def test_portuguese_thesis_and_web_page_with_access_date():
    thesis = parse_reference("Silva JA. Rituximabe na GESF [tese de doutorado]. São Paulo: Universidade de São Paulo; 2015.")
    assert (thesis.kind.value, thesis.title, thesis.publisher, thesis.year) == (
        "thesis", "Rituximabe na GESF", "Universidade de São Paulo", 2015)
    web = parse_reference("Ministério da Saúde. Protocolo clínico [Internet]. Brasília: Ministério da Saúde; 2020 "
                          "[citado 2021 mar 3]. Disponível em: https://www.gov.br/saude/protocolo.pdf")
    assert (web.kind.value, web.url, web.accessed) == ("web", "https://www.gov.br/saude/protocolo.pdf", "2021-03-03")
    assert web.title == "Protocolo clínico"


def test_doubtful_fields_are_reported():
    ref, doubts = parse_reference_with_confidence("Something that is no reference at all")
    assert "kind" in doubts or "title" in doubts
    _, none = parse_reference_with_confidence("Ponticelli C. Recurrence of FSGS. Nephrol Dial Transplant. 2010;25(1):25-31.")
    assert none == set()


def test_parse_references_joins_wrapped_lines_of_a_numbered_list():
    text = ("1. Ponticelli C. Recurrence of focal segmental glomerular sclerosis\n"
            "   after renal transplantation. Nephrol Dial Transplant. 2010;25(1):25-31.\n"
            "2. Cattran DC. Cyclosporine in FSGS. Semin Nephrol. 2003;23(2):234-41.\n")
    refs = parse_references(text)
    assert len(refs) == 2
    assert refs[0].title.endswith("after renal transplantation") and refs[1].container == "Semin Nephrol"


def test_non_text_input_is_refused_clearly():
    with pytest.raises(TypeError, match="must be text"):
        parse_reference(None)
