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


def test_the_journals_publisher_printed_before_a_full_date_is_the_publisher():
    # Zotero's Vancouver style: "Journal. Publisher; 2017 Nov 1;186():..." with an empty issue
    ref = parse_reference("Würtz P, Kangas AJ, Soininen P, Lawlor DA, Davey Smith G, Ala-Korpela M. Quantitative Serum "
                          "Nuclear Magnetic Resonance Metabolomics in Large-Scale Epidemiology: A Primer on -Omic "
                          "Technologies. Am J Epidemiol. Oxford Academic; 2017 Nov 1;186():1084–1096.")
    assert (ref.container, ref.publisher) == ("Am J Epidemiol", "Oxford Academic")
    assert (ref.year, ref.month, ref.day, ref.volume, ref.issue) == (2017, 11, 1, "186", None)
    assert (ref.first_page, ref.last_page) == ("1084", "1096")


def test_a_colon_after_the_month_reads_as_the_semicolon():
    ref = parse_reference("Fenton AT, Elliott MN, Schwebel DC, Berkowitz Z, Liddon NC, Tortolero SR, Cuccaro PM, Davies SL, "
                          "Schuster MA. Unequal interactions: Examining the role of patient-centered care in reducing "
                          "inequitable diffusion of a medical innovation, the human papillomavirus (HPV) vaccine. "
                          "Soc Sci Med. 2018 Mar:200:238-248.")
    assert (ref.kind, ref.container, ref.year, ref.month) == ("journal", "Soc Sci Med", 2018, 3)
    assert (ref.volume, ref.first_page, ref.last_page) == ("200", "238", "248")


def test_elsevier_numbered_style_volume_then_year_in_parentheses_then_pages():
    ref = parse_reference("36. CORCOS M., Accueil des adolescents : engagement et créativité. "
                          "Annales Médico-Psychologiques 165 (2007) 723-728.")
    assert (ref.kind, ref.container, ref.year, ref.volume) == ("journal", "Annales Médico-Psychologiques", 2007, "165")
    assert (ref.first_page, ref.last_page) == ("723", "728")


def test_pubmed_notes_after_the_citation_are_not_the_citation():
    # PubMed's citation text: the retraction and erratum notes follow the DOI, the PMID closes the line
    ref = parse_reference("Wakefield AJ, Murch SH, Anthony A, Linnell J, Casson DM, Malik M, et al. Ileal-lymphoid-nodular "
                          "hyperplasia, non-specific colitis, and pervasive developmental disorder in children. Lancet. "
                          "1998 Feb 28;351(9103):637-41. doi: 10.1016/s0140-6736(97)11096-0. Retraction in: Lancet. "
                          "2010 Feb 6;375(9713):445. Erratum in: Lancet. 2004 Mar 6;363(9411):750. PMID: 9500320.")
    assert ref.container == "Lancet" and ref.title.startswith("Ileal-lymphoid-nodular hyperplasia")
    assert (ref.year, ref.month, ref.day, ref.volume, ref.issue) == (1998, 2, 28, "351", "9103")
    assert (ref.first_page, ref.last_page, ref.pmid) == ("637", "641", "9500320")
    assert ref.doi == "10.1016/s0140-6736(97)11096-0"
    ref = parse_reference("Wakefield AJ, Murch SH, Anthony A, et al. Ileal-lymphoid-nodular hyperplasia, non-specific "
                          "colitis, and pervasive developmental disorder in children. Lancet. 1998;351(9103):637-41. "
                          "Retraction in: Lancet. 2010;375(9713):445.")
    assert (ref.container, ref.volume, ref.first_page, ref.last_page) == ("Lancet", "351", "637", "641")
