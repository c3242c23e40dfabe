"""Reference forms met in the third corpus (typeset JATS mixed-citations of preprint manuscripts)."""

from editor.references.parser import parse_reference


def test_nature_style_with_the_year_in_parentheses_at_the_end():
    ref = parse_reference("Mittelstaedt ML, Mittelstaedt H. Homing by path integration in a mammal. Naturwissenschaften. 67, 566–567 (1980).")
    assert (ref.kind, ref.container, ref.volume, ref.year) == ("journal", "Naturwissenschaften", "67", 1980)
    assert (ref.first_page, ref.last_page) == ("566", "567")
    assert ref.title == "Homing by path integration in a mammal"


def test_greek_question_mark_printed_for_a_semicolon():
    ref = parse_reference("Liu LD, Pack CC. The contribution of area MT to visual motion perception. Neuron. 2017\u037e 95():436\u2013446.")
    assert (ref.container, ref.year, ref.volume, ref.first_page, ref.last_page) == ("Neuron", 2017, "95", "436", "446")
    assert ref.raw.endswith("2017\u037e 95():436\u2013446.")  # the text as given is kept


def test_only_a_volume_after_a_year_given_with_the_names():
    ref = parse_reference("Danecek P, Bonfield JK, Li H. 2021. Twelve years of SAMtools and BCFtools. Gigascience, 10. DOI: 10.1093/gigascience/giab008")
    assert (ref.kind, ref.container, ref.volume, ref.year) == ("journal", "Gigascience", "10", 2021)
    assert ref.doi == "10.1093/gigascience/giab008"


def test_cell_press_last_page_with_its_supplement_suffix():
    ref = parse_reference("Dweck HKM, Carlson JR. 2022. Ir56b is an atypical ionotropic receptor. Curr Biol 32:1776-1787.e4.")
    assert (ref.container, ref.volume, ref.first_page, ref.last_page) == ("Curr Biol", "32", "1776", "1787.e4")


def test_science_e_locator_is_an_article_number():
    ref = parse_reference("Lo YMD, Han DSC, Jiang P, Chiu RWK. Epigenetics of cell-free DNA in liquid biopsies. Science. 2021;372(6538):eaaw3616.")
    assert (ref.container, ref.volume, ref.issue, ref.article_number, ref.first_page) == ("Science", "372", "6538", "eaaw3616", None)
