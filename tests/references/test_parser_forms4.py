"""Real-world forms named in issue 6's last round: corporate authors, proceedings, lone publishers, preprints."""

from editor.references.parser import parse_reference


def _people(ref):
    return [(p.family, p.initials) for p in ref.authors]


def test_a_state_and_its_departments_are_one_group_author():
    ref = parse_reference("Brasil. Ministério da Saúde. Secretaria de Atenção à Saúde. Departamento de Atenção Básica. "
                          "Cadernos de atenção básica: diabetes mellitus. Brasília: Ministério da Saúde; 2010.")
    assert ref.group_author == "Brasil. Ministério da Saúde. Secretaria de Atenção à Saúde. Departamento de Atenção Básica"
    assert (ref.kind, ref.title) == ("book", "Cadernos de atenção básica: diabetes mellitus")
    assert (ref.place, ref.publisher, ref.year) == ("Brasília", "Ministério da Saúde", 2010)


def test_a_group_before_the_persons():
    ref = parse_reference("Breast International Group (BIG) 1-98 Collaborative Group, Thürlimann B, Keshaviah A, Coates AS. "
                          "A comparison of letrozole and tamoxifen. N Engl J Med. 2005;353(26):2747-57.")
    assert ref.group_author == "Breast International Group (BIG) 1-98 Collaborative Group"
    assert _people(ref) == [("Thürlimann", "B"), ("Keshaviah", "A"), ("Coates", "AS")]
    assert (ref.title, ref.container, ref.last_page) == ("A comparison of letrozole and tamoxifen", "N Engl J Med", "2757")


def test_no_date_printed_and_a_group_with_a_junior_in_it():
    ref = parse_reference("Vanderbilt University Medical Center, Monroe Carrell Jr. Children’s Hospital at Vanderbilt, "
                          "Department of Pediatrics. Play Nicely: the healthy discipline program [Internet]. Nashville, TN: "
                          "Vanderbilt University Medical Center; [s.d.][cited 2024 Feb 08]. Available from: https://pediatrics.vumc.org/play-nicely")
    assert ref.group_author.endswith("Jr. Children’s Hospital at Vanderbilt, Department of Pediatrics")
    assert (ref.kind, ref.title, ref.year) == ("web", "Play Nicely: the healthy discipline program", None)
    assert (ref.place, ref.publisher, ref.accessed) == ("Nashville, TN", "Vanderbilt University Medical Center", "2024-02-08")


def test_proceedings_after_in_with_a_year_and_pages():
    ref = parse_reference("Smith A, Jones B. Learning to segment glomeruli. In: Proceedings of the 29th International "
                          "Conference on Machine Learning; 2013. p. 1-8.")
    assert (ref.kind, ref.title) == ("conference", "Learning to segment glomeruli")
    assert ref.container == "Proceedings of the 29th International Conference on Machine Learning"
    assert (ref.year, ref.first_page, ref.last_page, ref.place, ref.publisher) == (2013, "1", "8", None, None)


def test_ama_paper_presented_at_a_meeting():
    ref = parse_reference("Smith A. Rituximab in FSGS. Paper presented at: American Society of Nephrology Kidney Week; "
                          "November 2019; Washington, DC.")
    assert (ref.kind, ref.title, ref.container) == ("conference", "Rituximab in FSGS", "American Society of Nephrology Kidney Week")
    assert (ref.year, ref.place) == (2019, "Washington, DC")


def test_a_publisher_without_a_place_does_not_swallow_the_subtitle():
    ref = parse_reference("Green MR, Sambrook J. Molecular Cloning: A Laboratory Manual. Cold Spring Harbor Laboratory Press; 2012.")
    assert (ref.kind, ref.title) == ("book", "Molecular Cloning: A Laboratory Manual")
    assert (ref.place, ref.publisher, ref.year) == (None, "Cold Spring Harbor Laboratory Press", 2012)
    guyton = parse_reference("Guyton AC. Textbook of medical physiology. 11th ed. Philadelphia: W.B. Saunders; 2006.")
    assert (guyton.edition, guyton.place, guyton.publisher) == ("11th", "Philadelphia", "W.B. Saunders")


def test_pages_straight_after_the_year_and_a_colon_for_the_semicolon():
    ref = parse_reference("Liu X, Lee J. Metabolic control of ageing. Cell Metab. 2019:471–488.")
    assert (ref.year, ref.volume, ref.first_page, ref.last_page) == (2019, None, "471", "488")
    ref = parse_reference("Dumith SC, Menezes AMP. Insatisfação corporal em adolescentes. Cienc Saude Coletiva. 2012:17(9):2499-505.")
    assert (ref.container, ref.year, ref.volume, ref.issue, ref.last_page) == ("Cienc Saude Coletiva", 2012, "17", "9", "2505")


def test_a_preprint_server_without_volume():
    ref = parse_reference("Schlegel P, Bates AS, Jefferis GSXE. 2020. Information flow, cell types and stereotypy in a full "
                          "olfactory connectome. bioRxiv. doi:10.1101/2020.12.15.401257")
    assert (ref.kind, ref.container, ref.year, ref.volume) == ("journal", "bioRxiv", 2020, None)
    assert ref.title == "Information flow, cell types and stereotypy in a full olfactory connectome"
    ref = parse_reference("Smith A, Jones B. Deep proteomics of the kidney. medRxiv. 2021. doi:10.1101/2021.01.01.123456")
    assert (ref.container, ref.year, ref.doi) == ("medRxiv", 2021, "10.1101/2021.01.01.123456")


def test_cell_last_page_with_a_spaced_suffix():
    ref = parse_reference("Lukaszewicz A, Lange J. 2021. De novo deletions at recombination hotspots. Cell, 184:5970–5984 e5918.")
    assert (ref.container, ref.volume, ref.first_page, ref.last_page) == ("Cell", "184", "5970", "5984 e5918")


def test_a_title_ending_in_a_number_and_a_journal_named_like_a_month():
    ref = parse_reference("Gee BE, Platt OS. Sickle erythrocytes adhere to VCAM-1. Blood. 1995;85:268-74.")
    assert (ref.title, ref.container) == ("Sickle erythrocytes adhere to VCAM-1", "Blood")
    ref = parse_reference("Wathne K, Biong H. Choice of supplier in embedded markets. Journal of Marketing. 2001;65(2):54-66.")
    assert (ref.container, ref.month) == ("Journal of Marketing", None)


def test_hyphenated_initials():
    ref = parse_reference("Hopmans T-EJP, van Houten CB, Lam TT-Y. Increased risk of diabetes. Ned Tijdschr Geneeskd. 2015;159:A8043.")
    assert _people(ref) == [("Hopmans", "T-EJP"), ("van Houten", "CB"), ("Lam", "TT-Y")]


def test_a_web_page_with_a_year_but_no_publisher():
    ref = parse_reference("Andrews S. FastQC: a quality control tool for high throughput sequence data [Internet]. 2010. "
                          "Available from: http://www.bioinformatics.babraham.ac.uk/projects/fastqc")
    assert (ref.kind, ref.title, ref.container, ref.year) == ("web", "FastQC: a quality control tool for high throughput sequence data", None, 2010)


def test_the_sentence_before_an_internet_title_is_its_author():
    ref = parse_reference("The World Bank. Domestic general government health expenditure per capita, PPP [Internet]. 2023. "
                          "Available from: https://data.worldbank.org/indicator/SH.XPD.GHED.PP.CD")
    assert (ref.kind, ref.group_author, ref.year) == ("web", "The World Bank", 2023)
    assert ref.title == "Domestic general government health expenditure per capita, PPP"


def test_a_title_in_quotes_after_a_colon():
    ref = parse_reference('Li Z, Nelson RL: "Genetic diversity among soybean accessions measured by RAPDs." Crop Sci 2001; 41:1337-1347.')
    assert (ref.title, ref.container, ref.volume, ref.last_page) == (
        "Genetic diversity among soybean accessions measured by RAPDs", "Crop Sci", "41", "1347")
    kept = parse_reference("Boult C, Frey K. Early effects of “Guided Care” on the quality of care. J Gerontol. 2008;63(3):321-7.")
    assert kept.title == "Early effects of “Guided Care” on the quality of care"  # a quoted phrase inside stays


def test_the_year_in_parentheses_after_the_journal_and_the_word_pages():
    ref = parse_reference("Griffin M, Bhandari R. Alveolar type II cell-fibroblast interactions. J Cell Sci (1993) 105:423-432.")
    assert (ref.container, ref.year, ref.volume, ref.first_page, ref.last_page) == ("J Cell Sci", 1993, "105", "423", "432")
    ref = parse_reference("Barry GF. The Monsanto draft rice genome sequence. Plant Physiol 2001; 125, pages 1164-1165.")
    assert (ref.container, ref.year, ref.volume, ref.first_page, ref.last_page) == ("Plant Physiol", 2001, "125", "1164", "1165")


def test_a_sici_doi_with_angle_brackets_is_cut_whole():
    ref = parse_reference("Dubin AE, Harris GL. Voltage-activated conductances. Journal of Neurobiology. 1997;32:123-37. "
                          "doi:10.1002/(SICI)1097-4695(199701)32:1<123::AID-NEU11>3.0.CO;2-L.")
    assert ref.doi == "10.1002/(SICI)1097-4695(199701)32:1<123::AID-NEU11>3.0.CO;2-L"
    assert (ref.volume, ref.first_page, ref.last_page) == ("32", "123", "137")


def test_a_particle_written_onto_the_family_name():
    ref = parse_reference("vanLieshout TL, Ljubicic V (2019) The emergence of protein arginine methyltransferases. "
                          "Am J Physiol Endocrinol Metab 317: E1070–E1080")
    assert _people(ref) == [("vanLieshout", "TL"), ("Ljubicic", "V")]
    assert (ref.year, ref.volume, ref.first_page, ref.last_page) == (2019, "317", "E1070", "E1080")


def test_article_id_words_an_epub_date_with_slashes_and_a_colon_before_pages():
    ref = parse_reference("Bashar SK, Chon KH. Atrial fibrillation detection from wrist signals. Sci Rep. 2019;9: Article ID 15054.")
    assert (ref.volume, ref.article_number, ref.first_page) == ("9", "15054", None)
    ref = parse_reference("Chvatal SA, Ting LH. Recruitment of muscle synergies. J Neurosci. 2012; 32(35):12237-50.Epub 2012/08/31. "
                          "doi:10.1523/JNEUROSCI.6344-11.2012. PubMed PMID:22933805.")
    assert (ref.container, ref.volume, ref.issue, ref.last_page, ref.pmid) == ("J Neurosci", "32", "35", "12250", "22933805")
    ref = parse_reference("Henry RE. High fructose corn syrup. New sweetener for the baker. Bakers Dig. 52: 25-30 (1976).")
    assert (ref.container, ref.volume, ref.first_page, ref.last_page, ref.year) == ("Bakers Dig", "52", "25", "30", 1976)


def test_an_early_view_article_with_a_doi_but_no_volume():
    ref = parse_reference("Roch GJ, Sherwood NM. 2014. Glycoprotein hormones and their receptors emerged at the origin of "
                          "metazoans. Genome Biology and Evolution. doi:10.1093/gbe/evu118")
    assert (ref.kind, ref.container, ref.year, ref.volume) == ("journal", "Genome Biology and Evolution", 2014, None)
    assert ref.title == "Glycoprotein hormones and their receptors emerged at the origin of metazoans"
