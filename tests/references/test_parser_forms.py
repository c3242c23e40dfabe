"""Reference forms met in the second corpus (GROBID and AnyStyle training strings): each must read right."""

from editor.references.parser import parse_reference


def test_year_last_after_the_pages_as_older_ama_lists_print_it():
    ref = parse_reference("Hugues GR, Harris NN, Gharavi AE. The anticardiolipin syndrome. J Rheumatol 13(3): 486-9, 1986.")
    assert (ref.container, ref.year, ref.volume, ref.issue) == ("J Rheumatol", 1986, "13", "3")
    assert (ref.first_page, ref.last_page) == ("486", "489")
    assert ref.title == "The anticardiolipin syndrome"


def test_initials_with_periods_and_the_year_after_the_names():
    ref = parse_reference(
        "Harrison R.M., Stedman J. and Derwent D. (2008). Why are PM10 concentrations in Europe not falling? "
        "Atmospheric Environment, 42: 603- 606."
    )
    assert [(p.family, p.initials) for p in ref.authors] == [("Harrison", "RM"), ("Stedman", "J"), ("Derwent", "D")]
    assert ref.title == "Why are PM10 concentrations in Europe not falling?"
    assert (ref.container, ref.year, ref.volume, ref.first_page, ref.last_page) == (
        "Atmospheric Environment", 2008, "42", "603", "606")


def test_bare_year_sentence_after_the_names():
    ref = parse_reference("Tarnvik A. 1989. Nature of protective immunity to Francisella tularensis. Rev Infect Dis 11: 440–451.")
    assert [(p.family, p.initials) for p in ref.authors] == [("Tarnvik", "A")]
    assert (ref.year, ref.container, ref.volume, ref.first_page, ref.last_page) == (
        1989, "Rev Infect Dis", "11", "440", "451")


def test_month_before_the_year_and_no_punctuation_before_the_volume():
    ref = parse_reference(
        "Dhawan A, Doukas WC. Effect of drain use after ligament reconstruction. Am J Sports Med. May-Jun 2003 31(3) 419-424."
    )
    assert (ref.container, ref.year, ref.month, ref.volume, ref.issue) == ("Am J Sports Med", 2003, 5, "31", "3")
    assert (ref.first_page, ref.last_page) == ("419", "424")


def test_journal_name_that_is_not_a_month():
    ref = parse_reference("Conti MA, Latorre MR. Estudo de validacao. Cad Saude Publica. 2009;25(10):2179-86.")
    assert (ref.container, ref.month) == ("Cad Saude Publica", None)


def test_non_breaking_hyphen_in_a_page_range():
    ref = parse_reference("Gates S, Lamb SE. Multifactorial assessment: systematic review. BMJ 2008; 336(7636): 130\u20113.")
    assert (ref.container, ref.volume, ref.issue, ref.first_page, ref.last_page) == ("BMJ", "336", "7636", "130", "133")


def test_et_al_followed_by_a_comma_or_a_colon():
    comma = parse_reference("Urbani S, Cavallo MC et al, Restoration of T cell functions. J Hepatol 2008; 48: 548-58.")
    colon = parse_reference("Bauman RA, Ling G, et al.: A swine model of blast injury. J Neurotrauma 26: 841–860, 2009")
    assert comma.et_al and comma.title == "Restoration of T cell functions" and len(comma.authors) == 2
    assert colon.et_al and colon.title == "A swine model of blast injury" and colon.volume == "26"


def test_journal_abbreviation_cut_by_its_periods_stays_whole():
    ref = parse_reference("Myklebust LH, Olstad R. Time-trends in mental health services. BMC Health Serv. Res. 2010;4: 5.")
    assert ref.container == "BMC Health Serv. Res"
    assert ref.title == "Time-trends in mental health services"


def test_doi_in_parentheses_leaves_no_empty_brackets():
    ref = parse_reference(
        "Hodgkins R, Brandon M (2016) Sediment plume variability. Annals of Glaciology. 57(73), 39–46 (doi:10.1017/aog.2016.20)"
    )
    assert ref.doi == "10.1017/aog.2016.20"
    assert (ref.container, ref.volume, ref.issue, ref.first_page, ref.last_page) == (
        "Annals of Glaciology", "57", "73", "39", "46")
