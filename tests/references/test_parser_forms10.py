"""Author lists: particles, suffixes and dotted initials, and where the names end (round on authors)."""

from editor.references.parser import parse_reference


def _names(ref):
    return [(p.family, p.initials) for p in ref.authors]


def test_particle_inside_the_initials_stays_there_as_pubmed_writes_it():
    ref = parse_reference("Barbosa Tde S, Vicentin MD, Gavião MB. Quality of life and oral health in children - Part I: "
                          "Brazilian version of the Child Perceptions Questionnaire 8-10. Cien Saude Colet 2011; 16(10):4077-85.")
    assert _names(ref) == [("Barbosa", "TdeS"), ("Vicentin", "MD"), ("Gavião", "MB")]
    ref = parse_reference("Siqueira JS de, Fernandes R de CP. Demanda psicossocial e demanda física no trabalho: iniquidades "
                          "segundo raça/cor. Ciênc Saúde Coletiva. 2021;26(10):4737-48.")
    assert _names(ref)[1] == ("Fernandes", "RdeCP")
    assert ref.title == "Demanda psicossocial e demanda física no trabalho: iniquidades segundo raça/cor"


def test_particle_after_the_initials_belongs_to_the_family_name():
    ref = parse_reference("Lima SAV, Silva MRF da, Carvalho EMF de, Pessoa EÂC, Brito ESV de, Braga JPR. Factors that "
                          "influence access to primary care in the perspective of professionals and users of a health "
                          "services network in Recife-PE, Brazil. Physis. 2015;25(2):635-56.")
    assert _names(ref) == [("Lima", "SAV"), ("da Silva", "MRF"), ("de Carvalho", "EMF"), ("Pessoa", "EÂC"),
                           ("de Brito", "ESV"), ("Braga", "JPR")]
    assert ref.title.startswith("Factors that influence")


def test_suffix_after_the_initials_is_left_out_and_before_them_kept():
    ref = parse_reference("Tudor-Locke C, Bassett DR Jr. How many steps/day are enough? Preliminary pedometer indices for "
                          "public health. Sports Med. 2004;34(1):1-8.")
    assert _names(ref) == [("Tudor-Locke", "C"), ("Bassett", "DR")]
    ref = parse_reference("Malta DC, Leal MC, Costa MFL, Morais OL No. Inquéritos Nacionais de Saúde: experiência acumulada "
                          "e proposta para o inquérito de saúde brasileiro. Rev Bras Epidemiol. 2008;11(Supl. 1):159-67.")
    assert _names(ref)[-1] == ("Morais", "OL")
    assert ref.title.startswith("Inquéritos Nacionais")
    ref = parse_reference("Adolfi Jr MS, Pallini FM, Pessotti H, Wolf CM, Patelli HT, Capeli RD, et al. Emergency medical "
                          "coordination using a web platform: a pilot study. Rev Saude Publica. 2010;44(6):1063-70.")
    assert _names(ref)[0] == ("Adolfi Jr", "MS") and ref.et_al


def test_dotted_and_spaced_initials_with_or_without_the_last_period():
    ref = parse_reference("Hofbauer L.C., Khosla S., Dunstan D.R., Lacey D.L., Spelsbert T.C., Riggs B.L. Estrogen "
                          "stimulates gene expression and protein production of osteoprotegerin in human osteoblastic "
                          "cells. Endocrinology 1999; 140, pages 4367-4370.")
    assert _names(ref)[-1] == ("Riggs", "BL") and len(ref.authors) == 6
    assert ref.title.startswith("Estrogen stimulates")
    ref = parse_reference("Mink J.W, Blumenschine R J, Adams D B. 1981. Ratio of central nervous system to body metabolism "
                          "in vertebrates: its constancy and functional basis. Am J Physiol 241:R203–R212.")
    assert _names(ref) == [("Mink", "JW"), ("Blumenschine", "RJ"), ("Adams", "DB")]
    ref = parse_reference("Best RB, Merchant KA, Gopich I V., Schuler B, Bax A, Eaton WA. 2007. Effect of flexibility and "
                          "cis residues in single-molecule FRET studies of polyproline. Proc Natl Acad Sci U S A 104:18964–18969.")
    assert _names(ref)[2:4] == [("Gopich", "IV"), ("Schuler", "B")]
    assert (ref.container, ref.year, ref.volume) == ("Proc Natl Acad Sci U S A", 2007, "104")
    ref = parse_reference("Ibrahima K T, Yang Y, Shariq H. A (max,+) algebra approach to reputation-based composition of "
                          "web services. Wulfenia Journal, 2013, 20(11): 90-102.")
    assert _names(ref) == [("Ibrahima", "KT"), ("Yang", "Y"), ("Shariq", "H")]


def test_a_particle_anywhere_in_a_long_list_does_not_lose_the_list():
    ref = parse_reference("Cohn RD, van Erp C, Habashi JP, Soleimani AA, Klein EC, Lisi MT, Gamradt M, ap Rhys CM, Holm TM, "
                          "Loeys BL, Ramirez F, Judge DP, Ward CW, Dietz HC. 2007. Angiotensin II type 1 receptor blockade "
                          "attenuates TGF-beta-induced failure of muscle regeneration in multiple myopathic states. Nat Med, "
                          "13:204–210. DOI: 10.1038/nm1536")
    assert len(ref.authors) == 14 and _names(ref)[7] == ("ap Rhys", "CM")
    assert (ref.kind, ref.container, ref.year, ref.volume, ref.first_page) == ("journal", "Nat Med", 2007, "13", "204")
    ref = parse_reference("de-Souza-Cruz, MC, Mariscal-Crespo, MI. Competencies and Clinical learning environment in nursing: "
                          "self perception of advanced students in Uruguay. Enferm Global. 2016;15(41):121-34.")
    assert _names(ref) == [("de-Souza-Cruz", "MC"), ("Mariscal-Crespo", "MI")]
    ref = parse_reference("Leal Costa C, Díaz Agea JL, Rojo Rojo A, Juguera Rodríguez L, López Arroyo MªJ, 2014. Practicum "
                          "and Clinical simulation in the Defree in Nursing, an experience of teaching innovation. REDU. "
                          "2014;12(2):421-51.")
    assert _names(ref)[-1] == ("López Arroyo", "MªJ") and ref.title.startswith("Practicum")


def test_a_dagger_after_a_name_and_a_semicolon_between_names():
    ref = parse_reference("Lazarus RA, Wagener† JS. Recombinant Human Deoxyribonuclease I. Pharmaceutical Biotechnology. "
                          "2019:471–488.")
    assert _names(ref) == [("Lazarus", "RA"), ("Wagener", "JS")] and ref.group_author is None
    ref = parse_reference("Silva AB; Moraes, IHS. O caso da Rede Universitária de Telemedicina: análise da entrada da "
                          "telessaúde na agenda política brasileira. Physis. 2012;22(3):1211-35.")
    assert _names(ref) == [("Silva", "AB"), ("Moraes", "IHS")] and ref.group_author is None
