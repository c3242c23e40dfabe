"""Printed forms read in the round that followed the third corpus (each seen on the tuning sets)."""

from editor.references.parser import parse_reference


def test_a_pmid_glued_to_the_doi_is_its_own_identifier():
    ref = parse_reference("Moyle LC, Nakazato T. 2010. Hybrid incompatibility between species. "
                          "Science 329:1521-1523. doi:10.1126/science.1193063.PMID:20847271.")
    assert ref.doi == "10.1126/science.1193063"
    assert ref.pmid == "20847271"
    assert (ref.container, ref.volume, ref.first_page) == ("Science", "329", "1521")


def test_a_doi_after_a_link_that_holds_it_leaves_no_doi_word_behind():
    ref = parse_reference("Ferguson KA, Skinner FK. Network models of fast-firing interneurons. "
                          "Front Comput Neurosci. 2013; 7(144). http://www.frontiersin.org/x/10.3389/fncom.2013.00144/abstract, "
                          "doi: 10.3389/fncom.2013.00144.")
    assert ref.kind == "journal"
    assert (ref.container, ref.volume, ref.issue) == ("Front Comput Neurosci", "7", "144")
    assert ref.doi == "10.3389/fncom.2013.00144"


def test_available_from_before_a_doi_is_not_read_as_text():
    ref = parse_reference("Park SK, Kim DH. Serum lipids and colorectal polyps. J Korean Med Sci. 2000 Dec;15(6):690-5. "
                          "Available from: 10.3346/jkms.2000.15.6.690")
    assert (ref.container, ref.volume, ref.first_page, ref.last_page) == ("J Korean Med Sci", "15", "690", "695")


def test_pages_where_the_volume_goes():
    ref = parse_reference("Gentry AH. Tropical forest biodiversity. Oikos. 1992;19-28.")
    assert (ref.volume, ref.first_page, ref.last_page) == (None, "19", "28")


def test_an_arxiv_identifier_is_an_article_number():
    ref = parse_reference("Kingma DP, Ba J. Adam: a method for stochastic optimization. CoRR. 2014;abs/1412.6980.")
    assert (ref.volume, ref.article_number) == (None, "abs/1412.6980")


def test_one_page_printed_twice_and_oxford_article_numbers():
    assert parse_reference("Howard J. Motor proteins. Appl Mech Rev. 2002;55:B39-B39.").last_page is None
    ref = parse_reference("Suchard MA, Rambaut A. 2018. Bayesian phylogenetic data integration. Virus Evol 4:vey016.")
    assert (ref.first_page, ref.article_number) == (None, "vey016")


def test_volume_and_pages_after_a_year_given_with_the_names():
    ref = parse_reference("Ljubicic V, Hood DA. 2010. Regulation of mitochondrial biogenesis. Biochim Biophys Acta. 1800, 223-34.")
    assert (ref.year, ref.volume, ref.first_page, ref.last_page) == (2010, "1800", "223", "234")


def test_the_academic_editor_of_a_journal_article():
    ref = parse_reference("Frost SDW, Magalis BR. 2018. Neutral theory and viral pathogens. Kumar S, editor. "
                          "Mol Biol Evol 35:1348-1354.")
    assert ref.title == "Neutral theory and viral pathogens"
    assert [(e.family, e.initials) for e in ref.editors] == [("Kumar", "S")]
    assert ref.container == "Mol Biol Evol"


def test_a_comma_before_the_year_or_the_title():
    ref = parse_reference("Gage DJ, (2004) Infection of roots by rhizobia. Microbiol Mol Biol Rev 68:280-300.")
    assert [(a.family, a.initials) for a in ref.authors] == [("Gage", "DJ")]
    assert (ref.year, ref.container, ref.volume) == (2004, "Microbiol Mol Biol Rev", "68")
    ref = parse_reference("Holzapfel GA, Nonlinear solid mechanics: a continuum approach. Chichester: Wiley; 2000.")
    assert [a.family for a in ref.authors] == ["Holzapfel"]
    assert ref.title == "Nonlinear solid mechanics: a continuum approach"


def test_a_page_count_in_screens_and_a_last_access_date():
    ref = parse_reference("Lima AB. Familias de idosos. Rev Latino-Am Enfermagem [Internet]. 2011 "
                          "[acesso em 29 de setembro de 2014];19(3):9 telas. Disponível em: http://www.scielo.br/a.pdf")
    assert (ref.volume, ref.issue, ref.first_page) == ("19", "3", "9")
    assert ref.accessed == "2014-09-29"
    ref = parse_reference("Silva A. Global prospects. Washington: World Bank; 2023. Available at: https://example.org/x. "
                          "Last access: Jan. 14, 2024.")
    assert ref.accessed == "2024-01-14"
    assert ref.year == 2023


def test_an_ellipsis_in_a_title_is_kept():
    ref = parse_reference("Sayao R. Filhos... melhor nao te-los? Rev Bras Educ. 2011;16:17-48.")
    assert ref.title == "Filhos... melhor nao te-los?"
