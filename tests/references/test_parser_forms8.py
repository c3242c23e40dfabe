"""Non-journal references (web pages, documents of organisations, government documents, books, chapters,
software) and Latin-American forms, read in the session-2 round of parser helper A."""

from editor.references.parser import parse_reference


def test_access_date_between_year_and_pages_keeps_the_sentence_end():
    ref = parse_reference("White AJ. Evaluation of the PACE demonstration: final report. Cambridge (MA): Abt Associates; "
                          "1998 [citado 2014 fev 24]. p.1-33. Disponível em: www.abtassociates.com/reports/19986221706191.pdf")
    assert (ref.place, ref.publisher, ref.year) == ("Cambridge (MA)", "Abt Associates", 1998)
    assert (ref.first_page, ref.last_page, ref.accessed) == ("1", "33", "2014-02-24")
    assert ref.title == "Evaluation of the PACE demonstration: final report"


def test_organisation_before_a_two_sentence_title_on_line():
    ref = parse_reference("United Nations Population Fund (UNFPA). Ageing in the Twenty-First Century. A Celebration and a "
                          "Challenge [Internet]. UNFPA; 2012 [acesso em 29 de setembro de 2014]. Disponível em: "
                          "http://unfpa.org/ageingreport/.")
    assert ref.group_author == "United Nations Population Fund (UNFPA)"
    assert ref.title == "Ageing in the Twenty-First Century. A Celebration and a Challenge"
    assert (ref.year, ref.accessed, ref.kind) == (2012, "2014-09-29", "web")


def test_a_title_is_not_taken_for_an_author_before_internet():
    ref = parse_reference("TVB 2640 for Resectable Colon Cancer Other Resectable Cancers; a Window Trial. - Full Text View - "
                          "ClinicalTrials.gov [Internet]. [cited 2022 Nov 22]. Available from: https://clinicaltrials.gov/ct2/show/NCT02980029")
    assert ref.group_author is None
    assert ref.title.startswith("TVB 2640 for Resectable Colon Cancer")
    assert (ref.kind, ref.accessed) == ("web", "2022-11-22")


def test_numbering_before_a_state_and_a_line_number_before_the_numbering():
    ref = parse_reference("6 Brasil. Ministério da Saúde. Gestação de alto risco: manual técnico. 5a ed. Brasília; 2012. 302 p.")
    assert (ref.group_author, ref.title) == ("Brasil. Ministério da Saúde", "Gestação de alto risco: manual técnico")
    assert (ref.edition, ref.place, ref.year, ref.kind) == ("5a", "Brasília", 2012, "book")
    ref = parse_reference("1 32. Centers for Disease Control and Prevention. COVID-19 ACIP Vaccine Recommendations [Internet]. "
                          "Atlanta (GA): CDC; 2022 [cited 2022 Mar 5]. Available from: https://www.cdc.gov/vaccines/x.html")
    assert ref.group_author == "Centers for Disease Control and Prevention"
    assert (ref.title, ref.place, ref.publisher) == ("COVID-19 ACIP Vaccine Recommendations", "Atlanta (GA)", "CDC")


def test_a_year_in_the_title_of_a_document_stays():
    ref = parse_reference("26 Brasil. Ministério da Saúde. Secretaria de Vigilância em Saúde. VIGITEL Brasil 2013 [Internet]. "
                          "2014. 120 p. [citado em 2019 maio 21]. Disponível em: http://bvsms.saude.gov.br/bvs/vigitel_brasil_2013.pdf")
    assert ref.group_author == "Brasil. Ministério da Saúde. Secretaria de Vigilância em Saúde"
    assert (ref.title, ref.year, ref.kind) == ("VIGITEL Brasil 2013", 2014, "web")


def test_organisation_and_title_of_a_page_read_on_line():
    ref = parse_reference("10x Genomics. Chromium Single Cell Gene Expression. 2022 [cited 30 Jul 2022]. "
                          "Available: https://www.10xgenomics.com/products/single-cell-gene-expression")
    assert (ref.group_author, ref.title, ref.container) == ("10x Genomics", "Chromium Single Cell Gene Expression", None)
    assert (ref.kind, ref.year, ref.accessed) == ("web", 2022, "2022-07-30")
    assert ref.url == "https://www.10xgenomics.com/products/single-cell-gene-expression"
    ref = parse_reference("The World Bank. Domestic general government health expenditure per capita, PPP. Disponível em: "
                          "https://data.worldbank.org/indicator/SH.XPD.GHED.PP.CD. Acesso em: 6 out. 2023.")
    assert ref.group_author == "The World Bank"
    assert ref.title == "Domestic general government health expenditure per capita, PPP"
    assert (ref.kind, ref.accessed) == ("web", "2023-10-06")


def test_publication_statement_followed_by_an_open_date_or_a_series_note():
    ref = parse_reference("29. National Advisory Committee on Immunization. Recommendation on the use of the Pfizer-BioNTech "
                          "COVID-19 vaccine (10 mcg) in children 5–11 years of age [Internet]. Canada (CA): National Advisory "
                          "Committee on Immunization; 2021 – [cited 2022 Mar 5]. Available from: https://www.canada.ca/x.pdf")
    assert (ref.place, ref.publisher, ref.year) == ("Canada (CA)", "National Advisory Committee on Immunization", 2021)
    ref = parse_reference("39. Sociedade Brasileira de Pediatria. Vacinas COVID-19 em crianças no Brasil: uma questão prioritária "
                          "de saúde pública [Internet]. São Paulo: SBP; 2021 (Nota de Alerta, no 20, 28 de dezembro de 2021). "
                          "[cited 2022 Mar 5]. Available from: https://www.sbp.com.br/x.pdf")
    assert (ref.group_author, ref.place, ref.publisher, ref.year) == ("Sociedade Brasileira de Pediatria", "São Paulo", "SBP", 2021)
    assert ref.title == "Vacinas COVID-19 em crianças no Brasil: uma questão prioritária de saúde pública"


def test_an_acronym_or_a_firm_alone_before_the_year_is_the_publisher():
    ref = parse_reference("World Health Organization (WHO). Good health adds life to years. Global brief for World Health Day "
                          "2012 [Internet]. WHO; 2012 [acesso em 29 de setembro de 2014]. Disponível em: http://www.who.int/x.html")
    assert (ref.place, ref.publisher, ref.year, ref.kind) == (None, "WHO", 2012, "web")
    ref = parse_reference("Villanueva RAM, Chen ZJ. ggplot2: elegant graphics for data analysis. Taylor & Francis; 2019.")
    assert (ref.place, ref.publisher, ref.year, ref.kind) == (None, "Taylor & Francis", 2019, "book")
    ref = parse_reference("Brasil. Ministério da Saúde. Gestação de alto risco: manual técnico. 5a ed. Brasília; 2012.")
    assert (ref.place, ref.publisher) == ("Brasília", None)


def test_place_and_year_without_a_publisher():
    ref = parse_reference("11 Ministério da Saúde (BR). Caderneta de Saúde da Criança[Internet]. Brasília, DF: 2018[cited 2021 Jan 22]. "
                          "Available from: https://bvsms.saude.gov.br/bvs/publicacoes/caderneta_saude_crianca_menina_12ed.pdf")
    assert (ref.group_author, ref.title) == ("Ministério da Saúde (BR)", "Caderneta de Saúde da Criança")
    assert (ref.place, ref.publisher, ref.year, ref.kind) == ("Brasília, DF", None, 2018, "web")


def test_chapter_editors_named_after_in_without_the_word_editors():
    ref = parse_reference("22 Maia EB, Melo LL, La Banca RO. O brinquedo terapêutico na assistência de enfermagem. In: Collet N, "
                          "Toso BRGO, Vieira CS. Manual de enfermagem em pediatria. Goiânia: AB; 2020. p. 49-61.")
    assert [(p.family, p.initials) for p in ref.editors] == [("Collet", "N"), ("Toso", "BRGO"), ("Vieira", "CS")]
    assert (ref.kind, ref.container, ref.first_page, ref.last_page) == ("chapter", "Manual de enfermagem em pediatria", "49", "61")


def test_book_with_the_year_after_the_names_ends_with_its_publisher():
    ref = parse_reference("Pandi-Perumal SR, Cardinali DP, Chrousos GP. 2007. Neuroimmunology of sleep. New York, NY: Springer.")
    assert (ref.kind, ref.title, ref.year) == ("book", "Neuroimmunology of sleep", 2007)
    assert (ref.place, ref.publisher) == ("New York, NY", "Springer")
    ref = parse_reference("Fei L, Ye CY. 2001. The Colour Handbook of the Amphibians of Sichuan. China Forestry Publishing House, Chengdu.")
    assert (ref.kind, ref.place, ref.publisher) == ("book", "Chengdu", "China Forestry Publishing House")
    ref = parse_reference("Kruschke J (2014) Doing Bayesian data analysis: A tutorial with R, JAGS, and Stan. Academic Press")
    assert (ref.kind, ref.place, ref.publisher, ref.year) == ("book", None, "Academic Press", 2014)
    ref = parse_reference("Sidman RL, Green MC, Appel SH (1965) Catalog of the neurological mutants of the mouse "
                          "(Harvard University Press, Cambridge, MA and London, England).")
    assert (ref.title, ref.publisher) == ("Catalog of the neurological mutants of the mouse", "Harvard University Press")
    assert ref.place == "Cambridge, MA and London, England"


def test_chapter_pages_after_the_publisher_or_inside_the_book_name():
    ref = parse_reference("Frank MG. 2018. The role of glia in sleep regulation and function In: Landolt H-P, Dijk D-J, editors. "
                          "Sleep-Wake Neurobiology and Pharmacology. Cham: Springer International Publishing. pp. 83–96. "
                          "doi:10.1007/164_2017_87")
    assert (ref.kind, ref.container) == ("chapter", "Sleep-Wake Neurobiology and Pharmacology")
    assert (ref.place, ref.publisher, ref.first_page, ref.last_page) == ("Cham", "Springer International Publishing", "83", "96")
    ref = parse_reference("Sadeghi SG, Beraneck M (2020) Task-Specific Differentiation of Central Vestibular Neurons. In: The Senses: "
                          "A Comprehensive Reference, pp 290–308. Elsevier.")
    assert (ref.container, ref.publisher, ref.first_page, ref.last_page) == (
        "The Senses: A Comprehensive Reference", "Elsevier", "290", "308")


def test_title_colon_publisher_semicolon_year_without_a_place():
    # EndNote's Vancouver leaves the place out: "Title: Publisher; Year."
    ref = parse_reference("Efron B, Tibshirani RJ. An introduction to the bootstrap: CRC press; 1994.")
    assert (ref.kind, ref.title, ref.place, ref.publisher, ref.year) == (
        "book", "An introduction to the bootstrap", None, "CRC press", 1994)
    ref = parse_reference("Eich E. Solanaceae and Convolvulaceae: Secondary metabolites: Biosynthesis, chemotaxonomy, biological "
                          "and economic significance (a handbook): Springer Science & Business Media; 2008.")
    assert ref.title == ("Solanaceae and Convolvulaceae: Secondary metabolites: Biosynthesis, chemotaxonomy, biological "
                         "and economic significance (a handbook)")
    assert (ref.kind, ref.publisher, ref.year) == ("book", "Springer Science & Business Media", 2008)
    ref = parse_reference("Smith A. Nephrology. Rio de Janeiro: Guanabara; 2010.")
    assert (ref.title, ref.place, ref.publisher) == ("Nephrology", "Rio de Janeiro", "Guanabara")


def test_ama_place_and_publisher_before_published_online():
    ref = parse_reference("Ferlay J, Ervik M, Bray F. Global Cancer Observatory: Cancer Today. Lyon, France: International Agency "
                          "for Research on Cancer. Published online 2020. Accessed March 8, 2023. https://gco.iarc.fr/today")
    assert (ref.title, ref.year) == ("Global Cancer Observatory: Cancer Today", 2020)
    assert (ref.place, ref.publisher) == ("Lyon, France", "International Agency for Research on Cancer")
    assert (ref.accessed, ref.url) == ("2023-03-08", "https://gco.iarc.fr/today")
    # a subtitle is not a publication statement
    ref = parse_reference("World Health Organization. Guideline for screening: second edition. Published online 2021.")
    assert (ref.place, ref.publisher, ref.year) == (None, None, 2021)


def test_a_full_date_standing_alone_gives_a_document_its_year():
    ref = parse_reference("6 Levi M, Levi JE. Nota Técnica SBIm: SBIm não recomenda a realização de sorologia [Internet]. "
                          "26 mar 2021 [Acesso 8 jun 2021]. Disponível em: https://sbim.org.br/images/files/nota-tecnica.pdf")
    assert (ref.kind, ref.year, ref.accessed) == ("web", 2021, "2021-06-08")
    assert ref.title == "Nota Técnica SBIm: SBIm não recomenda a realização de sorologia"


def test_a_sentence_end_typed_without_its_space_before_the_place():
    ref = parse_reference("Møller L, Stöver H, Jürgens R, Gatherer A, Nikogosian H. Health in prisons: a WHO guide to the essentials "
                          "in prison health.Copenhagen: WHO Regional Office for Europe; 2007. p. 1-198.")
    assert ref.title == "Health in prisons: a WHO guide to the essentials in prison health"
    assert (ref.kind, ref.place, ref.publisher, ref.year) == ("book", "Copenhagen", "WHO Regional Office for Europe", 2007)
    assert (ref.first_page, ref.last_page) == ("1", "198")


def test_a_link_keeps_its_encoded_slashes_unless_it_is_a_doi():
    ref = parse_reference("3 Rodriguez C, Mathew S. Time to change. Can J Crit Care Nurs [Internet]. 2016 [citado 2020 dez 23];"
                          "27(2):42. Disponível em: https://web.a.ebscohost.com/abstract?direct=true&h=c9zon839%2fpEGN%3d%3d&crl=c")
    assert ref.url == "https://web.a.ebscohost.com/abstract?direct=true&h=c9zon839%2fpEGN%3d%3d&crl=c"
    assert (ref.container, ref.volume, ref.issue, ref.first_page) == ("Can J Crit Care Nurs", "27", "2", "42")
    ref = parse_reference("Smith A. Title of the work. J Clin Invest. 2010;12:1-9. https://doi.org/10.1172%2FJCI12345")
    assert ref.doi == "10.1172/JCI12345"


def test_r_core_team_is_the_author_of_r():
    ref = parse_reference("R Core Team. R: A language and environment for statistical computing. Vienna, Austria: R Foundation "
                          "for Statistical Computing; 2021. Available from: https://www.R-project.org/")
    assert (ref.group_author, ref.title) == ("R Core Team", "R: A language and environment for statistical computing")
    assert (ref.place, ref.publisher, ref.year) == ("Vienna, Austria", "R Foundation for Statistical Computing", 2021)


def test_preprint_mark_is_not_part_of_the_server_name():
    ref = parse_reference("Smith J, Doe A. Seroprevalence of antibodies in Santa Clara County. medRxiv [Preprint]. 2020 "
                          "[cited 2020 May 1]. Available from: https://doi.org/10.1101/2020.04.14.20062463")
    assert (ref.kind, ref.container, ref.year) == ("journal", "medRxiv", 2020)
    assert ref.doi == "10.1101/2020.04.14.20062463"


def test_an_initial_in_the_title_does_not_start_the_place():
    ref = parse_reference("Institute of Medicine (US). Dietary Reference Intakes for Calcium and Vitamin D. Washington (DC): "
                          "National Academies Press (US); 2011.")
    assert (ref.group_author, ref.title) == ("Institute of Medicine (US)", "Dietary Reference Intakes for Calcium and Vitamin D")
    assert (ref.place, ref.publisher, ref.year, ref.kind) == ("Washington (DC)", "National Academies Press (US)", 2011, "book")


def test_bracketed_thesis_mark_wins_over_the_word_in_the_title():
    ref = parse_reference("Pagedar NA. The thesis of vitamin D in children [master's thesis]. Iowa City: University of Iowa; 2005.")
    assert (ref.kind, ref.title) == ("thesis", "The thesis of vitamin D in children")
    assert (ref.place, ref.publisher, ref.year) == ("Iowa City", "University of Iowa", 2005)
    ref = parse_reference("Oliveira MR. Avaliação da qualidade de vida [tese de doutorado]. Campinas (SP): Universidade Estadual "
                          "de Campinas; 2010.")
    assert (ref.kind, ref.title, ref.place) == ("thesis", "Avaliação da qualidade de vida", "Campinas (SP)")


def test_an_organisation_that_publishes_its_own_document_is_its_author():
    ref = parse_reference("Statistics Canada. Census of population. Ottawa: Statistics Canada; 2016.")
    assert (ref.group_author, ref.title, ref.place, ref.publisher) == (
        "Statistics Canada", "Census of population", "Ottawa", "Statistics Canada")


def test_a_year_that_is_a_word_of_a_web_title_is_no_date():
    ref = parse_reference("Who Makes the News | GMMP 2015 Reports https://whomakesthenews.org/gmmp-2015-reports/")
    assert (ref.kind, ref.title, ref.year) == ("web", "Who Makes the News | GMMP 2015 Reports", None)
    ref = parse_reference("Women, Minorities, and Persons with Disabilities in Science and Engineering: 2021 | NSF-National "
                          "Science Foundation https://ncses.nsf.gov/pubs/nsf21321/")
    assert ref.year is None
    # a year closed by punctuation is still a date: copyright, a version's 'ed', the year after the names
    assert parse_reference("Brazil. Ministério da Saúde. SI-PNI. c2023. Disponível em: http://tabnet.datasus.gov.br/x").year == 2023
    assert parse_reference("Kassambara A. ggpubr: ‘ggplot2’ Based Publication Ready Plots. 0.5.0 ed2022.").year == 2022


def test_a_page_of_a_web_site_in_plos_style():
    ref = parse_reference("World Health Organization. Global tuberculosis report 2021. In: World Health Organization [Internet]. "
                          "2021 [cited 1 Feb 2022]. Available: https://www.who.int/publications/i/item/9789240037021")
    assert (ref.kind, ref.group_author, ref.title) == ("web", "World Health Organization", "Global tuberculosis report 2021")
    assert (ref.container, ref.place, ref.publisher, ref.year) == ("World Health Organization", None, None, 2021)
    assert ref.accessed == "2022-02-01"


def test_a_preprint_servers_own_number_is_the_article_number():
    ref = parse_reference("Skinner BM, Rathje CC, Bacon J, Affara NA and Ellis PJI (2018) A high-throughput method for unbiased "
                          "quantitation of nuclear morphology. bioRxiv 312470, doi: 10.1101/312470.")
    assert (ref.kind, ref.container, ref.article_number, ref.year) == ("journal", "bioRxiv", "312470", 2018)
    ref = parse_reference("Smith A, Jones B. Spatial transcriptomics of the mouse brain. bioRxiv. 2021; 2021.03.01.433431. "
                          "doi:10.1101/2021.03.01.433431")
    assert (ref.container, ref.volume, ref.article_number, ref.year) == ("bioRxiv", None, "2021.03.01.433431", 2021)


def test_conference_paper_with_its_proceedings_or_meeting_after_the_title():
    ref = parse_reference("Jones P. Title of the paper. Proceedings of the 2019 Conference on Empirical Methods in Natural "
                          "Language Processing. Hong Kong: Association for Computational Linguistics; 2019. pp. 100–110.")
    assert (ref.kind, ref.title) == ("conference", "Title of the paper")
    assert ref.container == "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing"
    assert (ref.place, ref.publisher, ref.first_page, ref.last_page) == (
        "Hong Kong", "Association for Computational Linguistics", "100", "110")
    ref = parse_reference("Le Q, Mikolov T. Distributed representations of sentences and documents. "
                          "International conference on machine learning; 2014. p. 1188–96.")
    assert (ref.kind, ref.container, ref.publisher, ref.year) == (
        "conference", "International conference on machine learning", None, 2014)
    assert (ref.first_page, ref.last_page) == ("1188", "1196")


def test_ama_books_and_chapters_publisher_only_and_pages_after_the_year():
    ref = parse_reference("Kasper DL, Fauci AS, Hauser SL. Harrison's Principles of Internal Medicine. 19th ed. McGraw-Hill; 2015.")
    assert (ref.kind, ref.edition, ref.place, ref.publisher, ref.year) == ("book", "19th", None, "McGraw-Hill", 2015)
    ref = parse_reference("Smith J. Chapter title. In: Doe A, ed. Book Title. 3rd ed. Springer; 2018:45-67.")
    assert (ref.kind, ref.container, ref.edition, ref.publisher, ref.year) == ("chapter", "Book Title", "3rd", "Springer", 2018)
    assert [(p.family, p.initials) for p in ref.editors] == [("Doe", "A")]
    assert (ref.first_page, ref.last_page) == ("45", "67")
    ref = parse_reference("Goldman L, Schafer AI. Chronic kidney disease. In: Goldman L, Schafer AI, eds. Goldman-Cecil Medicine. "
                          "26th ed. Elsevier; 2020:chap 121.")
    assert (ref.container, ref.edition, ref.publisher, ref.year) == ("Goldman-Cecil Medicine", "26th", "Elsevier", 2020)


def test_ama_web_page_with_its_published_date_and_a_thesis_word_in_the_title():
    ref = parse_reference("US Food and Drug Administration. Guidance for industry: bioanalytical method validation. Published "
                          "March 2019. Accessed June 1, 2020. https://www.fda.gov/media/70858/download")
    assert (ref.kind, ref.group_author) == ("web", "US Food and Drug Administration")
    assert (ref.title, ref.year, ref.accessed) == ("Guidance for industry: bioanalytical method validation", 2019, "2020-06-01")
    ref = parse_reference("Smith A. The Title of a Dissertation. Dissertation. University of Michigan; 2018.")
    assert (ref.kind, ref.title, ref.publisher, ref.year) == ("thesis", "The Title of a Dissertation", "University of Michigan", 2018)


def test_access_dates_written_in_portuguese_and_spanish_after_the_link():
    ref = parse_reference("Ministerio de Salud. Guía de vacunación. Disponible en: http://www.msal.gob.ar/x.pdf. "
                          "Consultado el 5 de mayo de 2019.")
    assert (ref.accessed, ref.url) == ("2019-05-05", "http://www.msal.gob.ar/x.pdf")
    ref = parse_reference("Ministério da Saúde. Guia de vigilância. Disponível em: http://bvsms.saude.gov.br/x.pdf. Acesso: 10/05/2020.")
    assert ref.accessed == "2020-05-10"
    ref = parse_reference("Ministério da Saúde. Guia de vigilância. Disponível em: http://bvsms.saude.gov.br/x.pdf. "
                          "Acessado em 10 de maio de 2020.")
    assert ref.accessed == "2020-05-10"
    # the word in a title is no access date
    ref = parse_reference("Silva A. Acesso venoso central em pediatria. Rev Bras Enferm. 2010;63(1):1-5.")
    assert ref.accessed is None and ref.title == "Acesso venoso central em pediatria"


def test_internet_without_a_link_is_still_read_on_line_and_a_book_name_is_no_editor():
    ref = parse_reference("Han Q, Yeung SC, Ip MSM, Mak JCW. Dysregulation of cardiac lipid parameters in a rat model [Internet]. "
                          "[cited 2022 Nov 17]. doi:10.1186/s12944-018-0905-3.")
    assert (ref.kind, ref.accessed, ref.doi) == ("web", "2022-11-17", "10.1186/s12944-018-0905-3")
    ref = parse_reference("Kiselev VG. The cumulant expansion. In: Diffusion MRI. Oxford University Press; 2010. p. 152-68.")
    assert (ref.kind, ref.container, ref.editors) == ("chapter", "Diffusion MRI", [])
    assert (ref.publisher, ref.first_page, ref.last_page) == ("Oxford University Press", "152", "168")


def test_homepage_published_over_a_range_of_years():
    # NLM's homepage example: the date is a span of years and the bracket holds both the update and the citation
    ref = parse_reference("Cancer-Pain.org [Internet]. New York: Association of Cancer Online Resources, Inc.; c2000-01 "
                          "[updated 2002 May 16; cited 2002 Jul 9]. Available from: http://www.cancer-pain.org/.")
    assert (ref.kind, ref.title, ref.place) == ("web", "Cancer-Pain.org", "New York")
    assert (ref.publisher, ref.year, ref.accessed) == ("Association of Cancer Online Resources, Inc", 2000, "2002-07-09")


def test_a_law_in_the_official_gazette_with_its_day_after_the_year():
    ref = parse_reference("Brasil. Lei nº 8.080, de 19 de setembro de 1990. Dispõe sobre as condições para a promoção, proteção e "
                          "recuperação da saúde. Diário Oficial da União 1990; 20 set.")
    assert (ref.group_author, ref.container) == ("Brasil", "Diário Oficial da União")
    assert ref.title.startswith("Lei nº 8.080, de 19 de setembro de 1990. Dispõe sobre")
    assert (ref.year, ref.month, ref.day, ref.volume) == (1990, 9, 20, None)


def test_ama_document_published_online_without_a_publisher_is_a_web_page():
    ref = parse_reference("World Health Organization. WHO guideline for screening and treatment of cervical pre-cancer lesions "
                          "for cervical cancer prevention, second edition. Published online 2021.")
    assert (ref.kind, ref.group_author, ref.year) == ("web", "World Health Organization", 2021)


def test_a_documents_full_date_gives_its_month_and_day():
    ref = parse_reference("Page E, Harney JM. Health hazard evaluation report. Cincinnati (OH): National Institute for "
                          "Occupational Safety and Health (US); 2001 Feb. Report No.: HETA2000-0139-2824.")
    assert (ref.kind, ref.year, ref.month, ref.day) == ("report", 2001, 2, None)
    ref = parse_reference("Clayton GL, Borges MC, Lawlor DA. From menarche to menopause. 2022 Apr 18 [cited 2023 Jan 27]; "
                          "Available from: https://europepmc.org/article/PPR/PPR484113")
    assert (ref.kind, ref.year, ref.month, ref.day, ref.accessed) == ("web", 2022, 4, 18, "2023-01-27")


def test_a_document_with_an_access_date_and_only_a_doi_is_read_on_line():
    ref = parse_reference("Han Q, Yeung SC, Ip MSM, Mak JCW. Dysregulation of cardiac lipid parameters in a rat model. "
                          "[cited 2022 Nov 17]; Available from: 10.1186/s12944-018-0905-3")
    assert (ref.kind, ref.doi, ref.accessed, ref.url) == ("web", "10.1186/s12944-018-0905-3", "2022-11-17", None)


def test_thesis_named_in_the_statement_and_the_word_thesis_in_an_article_title():
    ref = parse_reference("Smith J. Title of the work on kidneys. PhD Thesis, University of Cambridge. 2010.")
    assert (ref.kind, ref.title, ref.publisher, ref.year) == ("thesis", "Title of the work on kidneys", "University of Cambridge", 2010)
    ref = parse_reference("Souza MA. Título da dissertação. Dissertação (Mestrado em Enfermagem) - Universidade Federal de "
                          "Santa Catarina; 2015.")
    assert (ref.kind, ref.title, ref.publisher) == ("thesis", "Título da dissertação", "Universidade Federal de Santa Catarina")
    # a journal article about a thesis is still a journal article
    ref = parse_reference("Smith A. The thesis of vitamin D deficiency. J Clin Invest. 2010;12:1-9.")
    assert (ref.kind, ref.title, ref.container) == ("journal", "The thesis of vitamin D deficiency", "J Clin Invest")
    ref = parse_reference("Smith A. Tese e antítese na enfermagem. Rev Bras Enferm. 2010;12:1-9.")
    assert (ref.kind, ref.title) == ("journal", "Tese e antítese na enfermagem")


def test_software_medium_mark_is_not_part_of_the_title_nor_a_web_page():
    ref = parse_reference("Review Manager (RevMan) [Computer program]. Version 5.3. Copenhagen: The Nordic Cochrane Centre, "
                          "The Cochrane Collaboration; 2014.")
    assert (ref.kind, ref.place, ref.year) == ("book", "Copenhagen", 2014)
    assert ref.title == "Review Manager (RevMan). Version 5.3"
    assert ref.publisher == "The Nordic Cochrane Centre, The Cochrane Collaboration"


def test_place_with_its_state_between_colons():
    ref = parse_reference("Gordon CC, Chumlea WC, Roche AF. Stature, recumbent length, and weight. In: Lohman TG, Roche AF, "
                          "Martorell R. Anthropometric standardization reference manual. Champaign:(Ill): Human Kinetics Books;1988. p.3-8.")
    assert (ref.kind, ref.container) == ("chapter", "Anthropometric standardization reference manual")
    assert (ref.place, ref.publisher, ref.year, ref.first_page, ref.last_page) == (
        "Champaign:(Ill)", "Human Kinetics Books", 1988, "3", "8")


def test_ama_clinical_trial_page_keeps_its_title():
    ref = parse_reference("A Study of Drug X in Adults With Y. ClinicalTrials.gov identifier: NCT01234567. Updated March 3, 2021. "
                          "Accessed May 1, 2021. https://clinicaltrials.gov/ct2/show/NCT01234567")
    assert (ref.kind, ref.group_author, ref.title) == ("web", None, "A Study of Drug X in Adults With Y")
    assert (ref.year, ref.accessed) == (2021, "2021-05-01")


def test_springer_books_and_chapters_with_edn_and_ed_in_parentheses():
    ref = parse_reference("Hosmer DW, Lemeshow S, Sturdivant RX (2013) Applied logistic regression, 3rd edn. Wiley, Hoboken")
    assert (ref.kind, ref.title, ref.edition, ref.publisher, ref.place, ref.year) == (
        "book", "Applied logistic regression", "3rd", "Wiley", "Hoboken", 2013)
    ref = parse_reference("Cohen J (1988) Statistical power analysis for the behavioral sciences, 2nd edn. "
                          "Lawrence Erlbaum Associates, Hillsdale")
    assert (ref.edition, ref.publisher, ref.place) == ("2nd", "Lawrence Erlbaum Associates", "Hillsdale")
    ref = parse_reference("Smith J (2010) Chapter title. In: Doe A (ed) Book title. Springer, Berlin, pp 1–10")
    assert (ref.kind, ref.container, ref.publisher, ref.place) == ("chapter", "Book title", "Springer", "Berlin")
    assert [(p.family, p.initials) for p in ref.editors] == [("Doe", "A")]
    assert (ref.first_page, ref.last_page, ref.year) == ("1", "10", 2010)


def test_springer_organisation_with_its_year_in_parentheses():
    ref = parse_reference("World Health Organization (2020) Global tuberculosis report. WHO, Geneva")
    assert (ref.group_author, ref.title, ref.year) == ("World Health Organization", "Global tuberculosis report", 2020)
    assert (ref.publisher, ref.place) == ("WHO", "Geneva")
    ref = parse_reference("R Core Team (2021) R: a language and environment for statistical computing. R Foundation for "
                          "Statistical Computing, Vienna, Austria. https://www.R-project.org/")
    assert (ref.group_author, ref.year, ref.place) == ("R Core Team", 2021, "Vienna, Austria")
    assert ref.publisher == "R Foundation for Statistical Computing"


def test_a_known_publisher_glued_to_the_book_after_in():
    ref = parse_reference("Kiselev VG. The cumulant expansion. In: Diffusion MRI Oxford University Press; 2010.p. 152-168. "
                          "doi: 10.1093/med/9780195369779.003.0010.")
    assert (ref.kind, ref.container, ref.publisher, ref.year) == ("chapter", "Diffusion MRI", "Oxford University Press", 2010)
    assert (ref.first_page, ref.last_page) == ("152", "168")
