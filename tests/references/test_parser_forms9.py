"""Journal articles after the author list: links, publishers, dates and locators (session 2, helper B)."""

from editor.references.parser import parse_reference


def test_a_publishers_link_that_holds_the_doi_stays_whole():
    ref = parse_reference("Ocvirk S, Wilson AS, Appolonia CN, Thomas TK, O’Keefe SJD. Fiber, Fat, and Colorectal Cancer: "
                          "New Insight into Modifiable Dietary Risk Factors. Curr Gastroenterol Rep [Internet]. Springer; "
                          "2019 Nov 1 [cited 2022 Nov 17];21():1–7. Available from: "
                          "https://link.springer.com/article/10.1007/s11894-019-0725-2")
    assert ref.url == "https://link.springer.com/article/10.1007/s11894-019-0725-2"
    assert ref.doi == "10.1007/s11894-019-0725-2"
    assert (ref.container, ref.volume, ref.first_page, ref.last_page) == ("Curr Gastroenterol Rep", "21", "1", "7")
    ref = parse_reference("Chiu S, Williams PT, Krauss RM. Effects of a very high saturated fat diet on LDL particles. "
                          "PLoS One. 2017;12:e0170664. Available from: "
                          "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0170664")
    assert ref.url == "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0170664"
    assert (ref.doi, ref.article_number) == ("10.1371/journal.pone.0170664", "e0170664")


def test_a_doi_link_is_the_doi_and_not_a_url():
    ref = parse_reference("Ponticelli C. Recurrence of FSGS. Nephrol Dial Transplant. 2010;25(1):25-31. "
                          "https://doi.org/10.1093/ndt/gfp538")
    assert (ref.doi, ref.url, ref.container) == ("10.1093/ndt/gfp538", None, "Nephrol Dial Transplant")
