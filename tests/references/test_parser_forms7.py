"""Title and journal boundaries read in the round on title/container errors (tuning2-4)."""

from editor.references.parser import parse_reference


def test_publisher_between_journal_and_full_date_is_not_the_journal():
    # Zotero's Vancouver style prints the journal's publisher before the date
    ref = parse_reference("Ladabaum U, Schoen RE. Strategies for colorectal cancer screening. Gastroenterology. "
                          "W.B. Saunders; 2020 Jan 1;158(2):418-32.")
    assert (ref.title, ref.container) == ("Strategies for colorectal cancer screening", "Gastroenterology")
    assert (ref.year, ref.month, ref.volume, ref.first_page, ref.last_page) == (2020, 1, "158", "418", "432")
    ref = parse_reference("Park SK, Kang D. Serum lipids and adenomatous polyp: a case-control study. J Korean Med Sci "
                          "[Internet]. Korean Academy of Medical Science; 2000 Dec 1 [cited 2022 Nov 17];15(6):690-5.")
    assert (ref.title, ref.container) == ("Serum lipids and adenomatous polyp: a case-control study", "J Korean Med Sci")
    assert ref.accessed == "2022-11-17"


def test_title_of_two_sentences_before_a_journal_closed_by_a_semicolon_is_kept():
    ref = parse_reference("Smith A. Renal biopsy in adults. A cohort study. J Trauma; 2003;54:1116-26.")
    assert (ref.title, ref.container) == ("Renal biopsy in adults. A cohort study", "J Trauma")


def test_pages_without_a_volume_after_the_journal_when_the_year_came_with_the_names():
    ref = parse_reference("Grewe BF, Helmchen F. 2009. Optical probing of neuronal ensemble activity. "
                          "Current Opinion in Neurobiology 520–529. doi:10.1016/j.conb.2009.09.003")
    assert (ref.kind, ref.title) == ("journal", "Optical probing of neuronal ensemble activity")
    assert (ref.container, ref.year, ref.volume) == ("Current Opinion in Neurobiology", 2009, None)
    assert (ref.first_page, ref.last_page) == ("520", "529")
    ref = parse_reference("Llorens J, Sans A (1994) The toxicity of IDPN on the vestibular system of the rat. NeuroToxicology:643–647.")
    assert (ref.container, ref.first_page, ref.last_page) == ("NeuroToxicology", "643", "647")


def test_an_empty_doi_label_at_the_end_does_not_hide_the_journal():
    ref = parse_reference("Simmons MP, Ochoterena H (2000) Gaps as characters in sequence-based phylogenetic analyses. "
                          "Systematic Biology 49: 369–381 doi:")
    assert (ref.kind, ref.container, ref.volume, ref.first_page) == ("journal", "Systematic Biology", "49", "369")
    assert ref.doi is None
