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
    # the erratum's own DOI stays with the erratum
    ref = parse_reference("Arnold R, Brandmaier S, Kleine F, Tischler P, Heinz E, Behrens S, Niinikoski A, Mewes HW, Horn M, "
                          "Rattei T. Sequence-based prediction of type III secreted proteins. PLoS Pathog. 2009 "
                          "Apr;5(4):e1000376. doi: 10.1371/journal.ppat.1000376. Epub 2009 Apr 24. Erratum in: PLoS Pathog. "
                          "2009 Apr;5(4). doi: 10.1371/annotation/78659a32-7869-4b14-91a6-b301a588d937. PMID: 19390696; "
                          "PMCID: PMC2669295.")
    assert (ref.container, ref.volume, ref.issue, ref.article_number) == ("PLoS Pathog", "5", "4", "e1000376")
    assert (ref.doi, ref.pmid, ref.pmcid) == ("10.1371/journal.ppat.1000376", "19390696", "PMC2669295")
    ref = parse_reference("Wakefield AJ, Murch SH, Anthony A, et al. Ileal-lymphoid-nodular hyperplasia, non-specific "
                          "colitis, and pervasive developmental disorder in children. Lancet. 1998;351(9103):637-41. "
                          "Retraction in: Lancet. 2010;375(9713):445.")
    assert (ref.container, ref.volume, ref.first_page, ref.last_page) == ("Lancet", "351", "637", "641")


def test_medline_id_marks_and_publication_types_after_the_citation_are_dropped():
    ref = parse_reference("Shadmehr R, Smith MA, Krakauer JW (2010) Error correction, sensory prediction, and adaptation in "
                          "motor control. Annu Rev Neurosci 33:89–108. doi: 10.1146/annurev-neuro-060909-153135 [doi]")
    assert (ref.title, ref.container) == ("Error correction, sensory prediction, and adaptation in motor control",
                                          "Annu Rev Neurosci")
    assert (ref.volume, ref.first_page, ref.last_page) == ("33", "89", "108")
    ref = parse_reference("Kaitin KI. Deconstructing the drug development process: the new face of innovation. Clin Pharmacol "
                          "Ther. 2010 Mar;87(3):356-61. DOI: 10.1038/clpt.2009.293. Epub 2010 Feb 3. Review. Erratum in: "
                          "Clin Pharmacol Ther. 2011 Jan;89(1):148.")
    assert (ref.kind, ref.container, ref.year, ref.month) == ("journal", "Clin Pharmacol Ther", 2010, 3)
    assert (ref.volume, ref.issue, ref.first_page, ref.last_page) == ("87", "3", "356", "361")


def test_sage_online_first_number_after_p_is_an_article_number():
    ref = parse_reference("Goryawala M, Mellon EA, Shim H, Maudsley AA. Mapping early tumor response to radiotherapy using "
                          "diffusion kurtosis imaging. The Neuroradiology Journal. 2022 aug; p. 197140092211222. "
                          "doi: 10.1177/19714009221122204.")
    assert (ref.container, ref.year, ref.month) == ("The Neuroradiology Journal", 2022, 8)
    assert (ref.volume, ref.article_number) == (None, "197140092211222")


def test_a_second_date_where_the_volume_goes_is_no_volume():
    # PubMed's summary line for an article ahead of print: issue date, then the e-publication date
    ref = parse_reference("Wang Y, Chen Y, Guan L, Zhang H, Huang Y, Johnson CH, Wu Z, Gonzalez FJ, Yu A, Huang P, Wang Y, "
                          "Yang S, Chen P, Fan X, Huang M, Bi H: Carnitine palmitoyltransferase 1C regulates cancer cell "
                          "senescence through mitochondria-associated metabolic reprograming. Cell Death Differ. 2018 Mar; "
                          "2018 Jan 9. PMID: 29317762")
    assert (ref.container, ref.year, ref.month, ref.day, ref.volume) == ("Cell Death Differ", 2018, 1, 9, None)


def test_title_and_journal_without_a_sentence_end_between_them():
    ref = parse_reference("Franklin DW, So U, Kawato M, Milner TE. Impedance control balances stability with metabolically "
                          "costly muscle activation.J Neurophysiol. 2004; 92(5):3097-105. doi:10.1152/jn.00364.2004.")
    assert (ref.title, ref.container) == ("Impedance control balances stability with metabolically costly muscle "
                                          "activation", "J Neurophysiol")
    ref = parse_reference("Lee MH, Finlayson SJ, Gukova K, Hanley G, Miller D, Sadownik LA. Outcomes of Conservative "
                          "Management of High Grade Squamous Intraepithelial Lesions in Young Women: Journal of Lower "
                          "Genital Tract Disease. 2018;22(3):212–218. doi:10.1097/LGT.0000000000000399")
    assert (ref.title, ref.container) == ("Outcomes of Conservative Management of High Grade Squamous Intraepithelial "
                                          "Lesions in Young Women", "Journal of Lower Genital Tract Disease")
    ref = parse_reference("Faerstein E, Chor D, Lopes CS, Werneck GL. Estudo Pró-Saúde: características gerais e aspectos "
                          "metodológicos Rev Bras Epidemiol. 2005;8(4):454-66. DOI:10.1590/S1415-790X2005000400014")
    assert (ref.title, ref.container) == ("Estudo Pró-Saúde: características gerais e aspectos metodológicos",
                                          "Rev Bras Epidemiol")
    # a journal named alone (no title printed) stays whole
    ref = parse_reference("Smith J. Journal of clinical oncology. 2010;28(5):100-9.")
    assert (ref.title, ref.container) == (None, "Journal of clinical oncology")


def test_year_after_the_names_without_its_period():
    ref = parse_reference("Tuttelmann F, Ruckert C, Ropke A. 2018 Disorders of spermatogenesis: Perspectives for novel genetic "
                          "diagnostics after 20 years of unchanged routine. Medizinische Genetik 30:12–20. "
                          "DOI: 10.1007/s11825-018-0181-7, PMID: 29527098")
    assert (ref.kind, ref.year, ref.container, ref.volume) == ("journal", 2018, "Medizinische Genetik", "30")
    assert ref.title.startswith("Disorders of spermatogenesis")
    assert (ref.first_page, ref.last_page) == ("12", "20")
    # a title that starts with a year keeps it when the year is printed again after the journal
    ref = parse_reference("Williams B, Mancia G, Spiering W. 2018 ESC/ESH Guidelines for the management of arterial "
                          "hypertension. Eur Heart J. 2018;39(33):3021-104.")
    assert ref.title == "2018 ESC/ESH Guidelines for the management of arterial hypertension"


def test_volume_and_pages_with_no_year_printed():
    ref = parse_reference("13. Ferretti F, Cannatelli R, Benucci M, Carmagnola S, Clementi E, Danelli P, et al. How to manage "
                          "COVID-19 vaccination in immune-mediated inflammatory diseases: an expert opinion by IMIDs study "
                          "group. Front Immunol. 12:656362. doi: http://dx.doi.org/10.3389/fimmu.2021.656362.")
    assert (ref.kind, ref.container, ref.volume, ref.article_number) == ("journal", "Front Immunol", "12", "656362")


def test_journal_abbreviation_of_two_words_before_a_short_last_word():
    ref = parse_reference("Huang Y, Yang C, Xu X, Xu W, Liu S. 2020. Structural and functional properties of SARS-CoV-2 spike "
                          "protein: potential antivirus drug development for COVID-19. Acta Pharmacol. Sin. 41:1141– 1149.")
    assert ref.container == "Acta Pharmacol. Sin"
    assert ref.title.endswith("drug development for COVID-19")


def test_volume_alone_after_a_journal_place_in_parentheses():
    ref = parse_reference("Handforth A (2012) Harmaline tremor: underlying mechanisms in a potential animal model of essential "
                          "tremor. Tremor Other Hyperkinet Mov (N Y) 2.")
    assert (ref.kind, ref.container, ref.volume, ref.year) == ("journal", "Tremor Other Hyperkinet Mov (N Y)", "2", 2012)


# Publisher forms not in the corpora, each with a real printed reference (PubMed, AMA, Cochrane, NLM preprints)

def test_pubmed_ahead_of_print_forms():
    ref = parse_reference("García-Gomar MG, Videnovic A, Singh K, Stauder M, Lewis LD, Wald LL, Rosen BR, Bianciardi M. "
                          "Disruption of brainstem structural connectivity in RBD using 7 Tesla MRI. Mov Disord. 2021 Dec 29. "
                          "doi: 10.1002/mds.28895. Online ahead of print. PMID: 34964520")
    assert (ref.kind, ref.container, ref.year, ref.month, ref.day) == ("journal", "Mov Disord", 2021, 12, 29)
    assert (ref.doi, ref.pmid) == ("10.1002/mds.28895", "34964520")
    # the e-locator after the date, and the publisher's item id (no locator) after the date
    ref = parse_reference("Palmqvist S, Tideman P, Mattsson-Carlgren N, Schindler SE, Smith R, Ossenkoppele R, et al. Blood "
                          "biomarkers to detect Alzheimer disease in primary care and secondary care. JAMA. 2024 Jul "
                          "28:e2413855. doi: 10.1001/jama.2024.13855. Online ahead of print. PMID: 39068545")
    assert (ref.container, ref.year, ref.month, ref.day, ref.article_number) == ("JAMA", 2024, 7, 28, "e2413855")
    ref = parse_reference("Yang S, Zhou H. Heterogeneity of the Treatment Effect with PARP Inhibitors in Metastatic "
                          "Castration-resistant Prostate Cancer: A Living Interactive Systematic Review and Meta-analysis. "
                          "Eur Urol. 2025 Jan 22:S0302-2838(24)02760-X. doi: 10.1016/j.eururo.2024.12.007. "
                          "Online ahead of print. PMID: 39848867.")
    assert (ref.container, ref.year, ref.month, ref.day) == ("Eur Urol", 2025, 1, 22)
    assert (ref.volume, ref.first_page, ref.article_number) == (None, None, None)


def test_pubmed_language_and_ecollection_notes():
    ref = parse_reference("Salas C, Gómez F, Villar M, Martín R. Antisépticos. Clorhexidina [Antiseptic agents: chlorhexidine]. "
                          "Rev Enferm. 2000 Sep;23(9):637-40. Spanish. PMID: 11111679.")
    assert (ref.container, ref.volume, ref.issue, ref.first_page, ref.last_page) == ("Rev Enferm", "23", "9", "637", "640")
    assert ref.pmid == "11111679"
    ref = parse_reference("Morley KI et al. Defining disease phenotypes using national linked electronic health records: a case "
                          "study of atrial fibrillation. PLoS One. 2014 Nov 4;9(11):e110900. doi: 10.1371/journal.pone.0110900. "
                          "eCollection 2014. PMID: 25369203")
    assert (ref.container, ref.year, ref.month, ref.day) == ("PLoS One", 2014, 11, 4)
    assert (ref.volume, ref.issue, ref.article_number) == ("9", "11", "e110900")


def test_ama_published_online_date():
    ref = parse_reference("Schlapbach LJ, Watson RS, Sorce LR, et al. International Consensus Criteria for Pediatric Sepsis "
                          "and Septic Shock. JAMA. Published online January 21, 2024. doi:10.1001/jama.2024.0179")
    assert (ref.kind, ref.container, ref.year, ref.month, ref.day) == ("journal", "JAMA", 2024, 1, 21)
    assert ref.title == "International Consensus Criteria for Pediatric Sepsis and Septic Shock"


def test_cochrane_issue_and_article_number():
    ref = parse_reference("Moja L, Tagliabue L, Balduzzi S, Parmelli E, Pistotti V, Guarneri V, D'Amico R. Trastuzumab "
                          "containing regimens for early breast cancer. Cochrane Database of Systematic Reviews 2012, "
                          "Issue 4. Art. No.: CD006243. PMID 22513938.")
    assert (ref.kind, ref.container) == ("journal", "Cochrane Database of Systematic Reviews")
    assert (ref.year, ref.volume, ref.issue, ref.article_number) == (2012, None, "4", "CD006243")


def test_nlm_preprint_with_server_id_after_the_date():
    ref = parse_reference("Yang S, Zhou H, Cruz-Cosme R, Liu M, Xu J, Niu X, Li Y, Xiao L, Wang Q, Zhu H, Tang Q. Circular RNA "
                          "profiling reveals abundant and diverse circRNAs of SARS-CoV-2, SARS-CoV and MERS-CoV origin. "
                          "bioRxiv [Preprint]. 2020 Dec 8:2020.12.07.415422. doi: 10.1101/2020.12.07.415422. "
                          "PMID: 33330860; PMCID: PMC7743059.")
    assert (ref.container, ref.year, ref.month, ref.day) == ("bioRxiv", 2020, 12, 8)
    assert ref.title.startswith("Circular RNA profiling") and ref.doi == "10.1101/2020.12.07.415422"


def test_in_press_and_epub_only():
    ref = parse_reference("Hoch JW, Watso JC. Can We Protect Our Hearts by Sweating Out Excess Sodium? Exerc Sport Sci Rev. "
                          "Epub 2026 Feb 19.")
    assert (ref.kind, ref.container, ref.year) == ("journal", "Exerc Sport Sci Rev", 2026)
    ref = parse_reference("Froese R, Zeller D, Kleisner K, Pauly D. What catch data can tell us about the status of global "
                          "fisheries? Mar Biol. In press. doi: 10.1007/s00227-012-1909-6")
    assert (ref.kind, ref.container, ref.doi) == ("journal", "Mar Biol", "10.1007/s00227-012-1909-6")


def test_elsevier_numbered_style_with_a_comma_between_title_and_journal():
    # the example of Elsevier's guide for authors
    ref = parse_reference("[1] J. van der Geer, J.A.J. Hanraads, R.A. Lupton, The art of writing a scientific article, "
                          "J. Sci. Commun. 163 (2010) 51–59.")
    assert (ref.title, ref.container) == ("The art of writing a scientific article", "J. Sci. Commun")
    assert (ref.year, ref.volume, ref.first_page, ref.last_page) == (2010, "163", "51", "59")
    ref = parse_reference("Rellich F (1930). Ein Satz uber mittlere Konvergenz, Gottingen Nachr., Acta Math. 141, pp. 165-186.")
    assert (ref.title, ref.container) == ("Ein Satz uber mittlere Konvergenz, Gottingen Nachr", "Acta Math")
    # a place after the title's comma is no journal abbreviation
    ref = parse_reference("Almeida CE, Vinhaes MC, Almeida JR, Silveira AC, Costa J. Monitoring the domiciliary and "
                          "peridomiciliary invasion process of Triatoma rubrovaria in the State of Rio Grande do Sul, Brazil. "
                          "Mem Inst Oswaldo Cruz. 2000;95(6):761-8.")
    assert ref.container == "Mem Inst Oswaldo Cruz" and ref.title.endswith("Rio Grande do Sul, Brazil")


def test_ieee_labelled_volume_number_pages():
    ref = parse_reference("[2] H. Nien and J. A. Fessler, “Relaxed linearized algorithms for faster X-ray CT image "
                          "reconstruction,” IEEE Trans. Med. Imag., vol. 35, no. 4, pp. 1090–1098, Apr. 2016.")
    assert (ref.title, ref.container) == ("Relaxed linearized algorithms for faster X-ray CT image reconstruction",
                                          "IEEE Trans. Med. Imag")
    assert (ref.year, ref.month, ref.volume, ref.issue) == (2016, 4, "35", "4")
    assert (ref.first_page, ref.last_page) == ("1090", "1098")
    # an article number after "Art. no." (the corpus reference as IEEE's style prints it)
    ref = parse_reference("[26]M. G. L. Abreu, F. Germano, L. S. Antunes, and L. Azeredo Alves Antunes, “Impact of oral health "
                          "on the quality of life of preschoolers and their families”, Glob Pediatr Health, vol. 8, Art. no. "
                          "2333794X21999145, 2021.")
    assert (ref.container, ref.year, ref.volume, ref.article_number) == ("Glob Pediatr Health", 2021, "8", "2333794X21999145")


def test_link_labels_copied_from_a_web_page_are_dropped():
    # HighWire (bioRxiv) prints its links after each reference
    ref = parse_reference("French RM. Catastrophic forgetting in connectionist networks. Trends Cogn Sci 3, 128–135 (1999). "
                          "OpenUrl CrossRef PubMed Web of Science")
    assert (ref.kind, ref.container, ref.year, ref.volume) == ("journal", "Trends Cogn Sci", 1999, "3")
    assert (ref.first_page, ref.last_page) == ("128", "135")


def test_supplements_written_with_underscores_and_meeting_abstract_numbers():
    # Oxford and ASCO print the supplement as their DOIs spell it; BibTeX's "--" between pages
    ref = parse_reference("Eichelberger MC, Monto AS. Neuraminidase, the forgotten surface antigen, emerges as an influenza "
                          "vaccine target for broadened protection. Journal of Infectious Diseases. 2019;219(Supplement_1):"
                          "S75--S80.")
    assert (ref.container, ref.volume, ref.issue, ref.supplement) == ("Journal of Infectious Diseases", "219", None, "1")
    assert (ref.first_page, ref.last_page) == ("S75", "S80")
    ref = parse_reference("17. Berry DA, Elashoff M, Blotner S, Davi R, Beineke P, Chandler M, et al. Creating a synthetic "
                          "control arm from previous clinical trials: Application to establishing early end points as "
                          "indicators of overall survival in acute myeloid leukemia (AML). J Clin Oncol. 2017 May "
                          "20;35(15_suppl):7021–7021.")
    assert (ref.volume, ref.issue, ref.supplement, ref.first_page, ref.last_page) == ("35", "15", "", "7021", None)
    ref = parse_reference("7. Vitolo U, Witzig TE, Gascoyne RD, et al. ROBUST: first report of phase III randomized study of "
                          "lenalidomide/R-CHOP (R2-CHOP) vs placebo/R-CHOP in previously untreated ABC-type diffuse large "
                          "B-cell lymphoma. J Clin Oncol. 2021;39(15 Suppl):abstr 7519.")
    assert (ref.kind, ref.container, ref.volume, ref.issue, ref.first_page) == ("journal", "J Clin Oncol", "39", "15", "7519")
    ref = parse_reference("Rong P, et al. Cancer Res 2018;78(13 Suppl):Abstract nr 2612.")
    assert (ref.container, ref.year, ref.volume, ref.first_page) == ("Cancer Res", 2018, "78", "2612")
    # pages numbered in the supplement's roman numeral
    ref = parse_reference("Klastersky J, de Naurois J, Rolston K, et al. Management of febrile neutropaenia: ESMO Clinical "
                          "Practice Guidelines. Ann Oncol. 2016;27(suppl 5):v111-v118.")
    assert (ref.volume, ref.supplement, ref.first_page, ref.last_page) == ("27", "5", "v111", "v118")


def test_pubmed_pii_that_is_the_e_locator_and_pubmed_central_label():
    ref = parse_reference("Tong J, Zhan P, Wang XS, Wu Y. Quionolone carboxylic acid derivatives as HIV-1 integrase inhibitors: "
                          "Docking-based HQSAR and topomer CoMFA analyses. J Chemom. 2017 Dec;31(12). pii: e2934. doi: "
                          "10.1002/cem.2934. Epub 2017 Aug 29. PubMed PMID: 29606793; PubMed Central PMCID: PMC5875935.")
    assert (ref.container, ref.year, ref.month, ref.volume, ref.issue) == ("J Chemom", 2017, 12, "31", "12")
    assert (ref.article_number, ref.pmid, ref.pmcid) == ("e2934", "29606793", "PMC5875935")
    ref = parse_reference("Petrini C, Floridia G, Roos M, Salvatore M, Taruscio D. Meeting Patients' Right to the Correct "
                          "Diagnosis: Ongoing International Initiatives on Undiagnosed Rare Diseases and Ethical and Social "
                          "Issues. Int J Environ Res Public Health. 2018 Sep 21;15(10). pii: E2072. doi: "
                          "10.3390/ijerph15102072. Review. PubMed PMID: 30248891; PubMed Central PMCID: PMC6210164.")
    assert (ref.container, ref.volume, ref.issue, ref.article_number) == ("Int J Environ Res Public Health", "15", "10", "E2072")


# corpus references as other publishers' styles print them (rendered with their CSL styles)

def test_elsevier_style_journal_with_a_place_and_a_title_ending_in_a_question():
    ref = parse_reference("[4] A.M.P. Carvalho, C. Cataneo, E.M.C. Galindo, C.T. Malfará, Auto conceito e imagem corporal em "
                          "crianças obesas, Paideia (Ribeirao Preto) 15 (2005) 131–139.")
    assert (ref.title, ref.container) == ("Auto conceito e imagem corporal em crianças obesas", "Paideia (Ribeirao Preto)")
    assert (ref.year, ref.volume, ref.first_page, ref.last_page) == (2005, "15", "131", "139")
    ref = parse_reference("[80] F. Tardieu, C. Granier, B. Muller, Water deficit and growth. Co-ordinating processes without an "
                          "orchestrator?, Current Opinion in Plant Biology 14 (2011) 283–289.")
    assert ref.title == "Water deficit and growth. Co-ordinating processes without an orchestrator?"
    assert (ref.container, ref.volume) == ("Current Opinion in Plant Biology", "14")
    # a journal name holding a comma stays whole
    ref = parse_reference("Mink JW, Blumenschine RJ, Adams DB. Ratio of central nervous system to body metabolism in vertebrates. "
                          "American Journal of Physiology-Regulatory, Integrative and Comparative Physiology 241 (1981) R203–R212.")
    assert ref.container == "American Journal of Physiology-Regulatory, Integrative and Comparative Physiology"


def test_frontiers_style_year_in_parentheses_after_a_journal_place():
    ref = parse_reference("Lin JH, Zhang SM, Manson JE. Predicting adherence to tamoxifen for breast cancer adjuvant therapy and "
                          "prevention. Cancer Prev Res (Phila) (2011) 4:1360–1365.")
    assert (ref.container, ref.year, ref.volume, ref.first_page, ref.last_page) == (
        "Cancer Prev Res (Phila)", 2011, "4", "1360", "1365")


def test_volume_with_a_series_letter():
    ref = parse_reference("Hébert R, Raîche M, Dubois MF, Gueye NR, Dubuc N, Tousignant M (2010) Impact of PRISMA, a "
                          "coordination-type integrated service delivery system for frail older people in Quebec (Canada): a "
                          "quasi-experimental study. J Gerontol B Psychol Sci Soc Sci 65B:107–118.")
    assert (ref.container, ref.volume, ref.first_page, ref.last_page) == ("J Gerontol B Psychol Sci Soc Sci", "65B", "107", "118")


def test_elsevier_style_abbreviation_left_on_the_title_and_a_short_title_sentence():
    ref = parse_reference("[101] N. Nemoto, T. Oshima, A. Yamagishi, Purification and characterization of "
                          "geranylgeranylglyceryl phosphate synthase from a thermoacidophilic archaeon, Thermoplasma "
                          "acidophilum, J. Biochem 133 (2003) 651–657.")
    assert ref.container == "J. Biochem" and ref.title.endswith("archaeon, Thermoplasma acidophilum")
    ref = parse_reference("[131] J.M.T. Klein Gunnewiek, L.B.A. van de Putte, W.J. van Venrooij, The U1 snRNP complex: an "
                          "autoantigen in connective tissue diseases. An update, Clin Exp Rheumatol 15 (1997) 549–560.")
    assert (ref.title, ref.container) == ("The U1 snRNP complex: an autoantigen in connective tissue diseases. An update",
                                          "Clin Exp Rheumatol")


def test_a_publishers_name_before_a_year_only_date():
    ref = parse_reference("Chiu S, Williams PT, Krauss RM. Effects of a very high saturated fat diet on LDL particles in adults "
                          "with atherogenic dyslipidemia: A randomized controlled trial. PLoS One. Public Library of Science; "
                          "2017;12.")
    assert (ref.container, ref.publisher, ref.year, ref.volume) == ("PLoS One", "Public Library of Science", 2017, "12")


def test_a_doi_broken_by_line_wraps_after_its_dots():
    ref = parse_reference("Nemoto N, Oshima T, Yamagishi A. 2003. Purification and characterization of "
                          "geranylgeranylglyceryl phosphate synthase from a thermoacidophilic archaeon, Thermoplasma "
                          "acidophilum. J. Biochem. 133:651-657. doi: 10. 1093/jb/mvg083.")
    assert (ref.kind, ref.container, ref.volume, ref.first_page, ref.last_page) == ("journal", "J. Biochem", "133", "651", "657")
    assert ref.doi == "10.1093/jb/mvg083"
    ref = parse_reference("Nelson R, Kokic P, Crimp S, Martin P, Meinke H, Howden SM, de Voil P, Nidumolu U (2010b) The "
                          "vulnerability of Australian rural communities to climate variability and change. Part II. "
                          "Integrating impacts with adaptive capacity. Environmental Science and Policy 13, 18– 27. "
                          "doi: 10.1016/ j.envsci. 2009.09.007")
    assert (ref.container, ref.year, ref.volume, ref.first_page, ref.last_page) == (
        "Environmental Science and Policy", 2010, "13", "18", "27")
    assert ref.doi == "10.1016/j.envsci.2009.09.007"


def test_apa_article_word_before_the_e_locator():
    # APA 7 (the editor's own APA export) prints "Article" before an article number
    ref = parse_reference("Fayaz, A., Croft, P., & Langford, R. M. (2016). Prevalence of chronic pain in the UK: a systematic "
                          "review and meta-analysis of population studies. BMJ Open, 6, Article e010364.")
    assert (ref.kind, ref.container, ref.year, ref.volume, ref.article_number) == ("journal", "BMJ Open", 2016, "6", "e010364")
    ref = parse_reference("Liao, W. B., Jiang, Y., Li, D. Y., Jin, L., Zhong, M. J., Qi, Y., Lüpold, S., & Kotrschal, A. (2022). "
                          "Cognition contra camouflage: how the brain mediates predator-driven crypsis evolution. Science "
                          "Advances, 8, Article eabq1878.")
    assert (ref.container, ref.volume, ref.article_number) == ("Science Advances", "8", "eabq1878")


def test_year_before_the_labelled_pages():
    # the IEEE Computer Society (and MLA) put the year before "pp."
    ref = parse_reference("16. K. Stol and B. Fitzgerald, “Inner Source—Adopting Open Source Development Practices within "
                          "Organizations: A Tutorial,” IEEE Software, vol. 32, no. 4, 2015, pp. 60–67.")
    assert (ref.container, ref.year, ref.volume, ref.issue) == ("IEEE Software", 2015, "32", "4")
    assert (ref.first_page, ref.last_page) == ("60", "67")


def test_hindawi_article_id_and_page_count():
    ref = parse_reference("A. Jayachitra and R. Vinodha, “Genetic Algorithm Based PID Controller Tuning Approach for "
                          "Continuous Stirred Tank Reactor,” Advances in Artificial Intelligence, vol. 2014, Article ID "
                          "791230, 8 pages, 2014. doi:10.1155/2014/791230")
    assert (ref.container, ref.year, ref.volume, ref.article_number) == ("Advances in Artificial Intelligence", 2014, "2014",
                                                                         "791230")
    assert ref.title == "Genetic Algorithm Based PID Controller Tuning Approach for Continuous Stirred Tank Reactor"


def test_abnt_labelled_locators_after_the_journal_and_its_place():
    # ABNT (Brazilian standard): "Journal, Place, v. 25, n. 5, p. 341-349, 1991."
    ref = parse_reference("MENDES, R.; DIAS, E. C. Da medicina do trabalho à saúde do trabalhador. Revista de Saúde Pública, "
                          "São Paulo, v. 25, n. 5, p. 341-349, 1991. DOI: 10.1590/S0034-89101991000500003.")
    assert (ref.kind, ref.title, ref.container) == ("journal", "Da medicina do trabalho à saúde do trabalhador",
                                                    "Revista de Saúde Pública")
    assert (ref.year, ref.volume, ref.issue, ref.first_page, ref.last_page) == (1991, "25", "5", "341", "349")
    ref = parse_reference("OLIVEIRA, E. M. Transformações no mundo do trabalho, da Revolução Industrial aos nossos dias. "
                          "Caminhos de Geografia, Uberlândia, v. 6, n. 11, p. 84-96, fev. 2004.")
    assert (ref.container, ref.year, ref.month, ref.volume, ref.issue) == ("Caminhos de Geografia", 2004, 2, "6", "11")


def test_ama_academic_editor_before_the_journal():
    # the corpus reference as the editor's own AMA export prints it
    ref = parse_reference("Mishra SK, Jernigan RL. Protein dynamic communities from elastic network models align closely to the "
                          "communities defined by molecular dynamics. Zhang Y, ed. PLOS ONE. 2018;13:e0199225.")
    assert (ref.container, ref.volume, ref.article_number) == ("PLOS ONE", "13", "e0199225")
    assert [(e.family, e.initials) for e in ref.editors] == [("Zhang", "Y")]
    assert ref.title.startswith("Protein dynamic communities")


def test_scielo_supplement_e_locator():
    # Rev Bras Epidemiol numbers supplement articles "E190006.SUPL.2"; "Suppl. 02" is supplement 2
    ref = parse_reference("20 Malta D, Duncan B, Schmidt M, Machado I, Silva A, Bernal R, et al. Prevalence of diabetes mellitus "
                          "as determined by glycated hemoglobin in the Brazilian adult population, National Health Survey. "
                          "Rev Bras Epidemiol. 2019;22(Suppl. 02):E190006.SUPL.2. PMid:31596377.")
    assert (ref.kind, ref.container, ref.volume, ref.supplement) == ("journal", "Rev Bras Epidemiol", "22", "2")
    assert (ref.article_number, ref.pmid) == ("E190006.SUPL.2", "31596377")
