"""Non-journal references (web pages, documents of organisations, government documents, books, chapters,
software) and Latin-American forms, read in the session-2 round of parser helper A."""

from editor.references.parser import parse_reference


def test_access_date_between_year_and_pages_keeps_the_sentence_end():
    ref = parse_reference("White AJ. Evaluation of the PACE demonstration: final report. Cambridge (MA): Abt Associates; "
                          "1998 [citado 2014 fev 24]. p.1-33. Disponível em: www.abtassociates.com/reports/19986221706191.pdf")
    assert (ref.place, ref.publisher, ref.year) == ("Cambridge (MA)", "Abt Associates", 1998)
    assert (ref.first_page, ref.last_page, ref.accessed) == ("1", "33", "2014-02-24")
    assert ref.title == "Evaluation of the PACE demonstration: final report"
