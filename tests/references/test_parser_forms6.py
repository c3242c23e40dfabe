"""SciELO (Brazilian and Spanish-language) Vancouver forms read in the round that built tuning4."""

from editor.references.parser import parse_reference


def test_internet_between_journal_and_date_leaves_the_journal_its_own():
    ref = parse_reference("8 Sousa R, Tarabay CH. Reflexões sobre a visita da criança. Rev SBPH. [Internet]. 2017 "
                          "[citado 2021 jun 15];20(1):5-16. Disponível em: http://pepsic.bvsalud.org/x")
    assert (ref.title, ref.container) == ("Reflexões sobre a visita da criança", "Rev SBPH")
    assert (ref.year, ref.volume, ref.issue, ref.first_page, ref.last_page) == (2017, "20", "1", "5", "16")
    assert ref.accessed == "2021-06-15" and ref.kind == "journal"


def test_spanish_journal_medium_month_and_acceso_date():
    ref = parse_reference("1 Pons JP, Villaciervos P. El Espacio Europeo. Percepciones del profesorado. Rev Educ. [Internet] "
                          "2005 abril 11 [Acceso 12 enero 2018];337:99-124. Disponible en: https://hdl.handle.net/11441/69000")
    assert (ref.container, ref.volume, ref.first_page, ref.last_page) == ("Rev Educ", "337", "99", "124")
    assert (ref.year, ref.month) == (2005, 4)
    assert ref.accessed == "2018-01-12"
    ref = parse_reference("Almeida JAG, Sydronio K. Bancos de leche humana. Rev Cubana Salud Pública [revista en la Internet]. "
                          "2006 Sep [citado 2014 Mar 17] ; 32(3). Disponible en: http://scielo.sld.cu/scielo.php?x=1")
    assert (ref.container, ref.volume, ref.issue, ref.month) == ("Rev Cubana Salud Pública", "32", "3", 9)


def test_ministry_web_document_with_a_link_printed_without_http():
    ref = parse_reference("1 Ministério da Saúde (BR). Manual AIDPI Criança: 2 meses a 5 anos[Internet]. Brasília, DF: SVS; "
                          "2017[cited 2020 Mar 23]. Available from: portalarquivos.saude.gov.br/imagens/pdf/2017/17-0056.pdf")
    assert ref.group_author == "Ministério da Saúde (BR)"
    assert (ref.place, ref.publisher, ref.year) == ("Brasília, DF", "SVS", 2017)
    assert ref.url == "portalarquivos.saude.gov.br/imagens/pdf/2017/17-0056.pdf"
    assert ref.kind == "web" and ref.accessed == "2020-03-23"


def test_place_supplied_in_brackets():
    ref = parse_reference("Organização Pan-Americana da Saúde. OMS afirma que COVID-19 é agora uma pandemia [Internet]. "
                          "[Washington]: Organização Pan-Americana da Saúde; 2020 [atualizado 2020 Mar 11; citado 2022 Mar 15]. "
                          "Disponível em: https://www.paho.org/pt/news/x")
    assert (ref.place, ref.publisher, ref.year) == ("Washington", "Organização Pan-Americana da Saúde", 2020)
    assert ref.accessed == "2022-03-15"


def test_semicolon_between_place_and_publisher_and_a_place_alone():
    ref = parse_reference("Winnicott DW. Os bebês e suas mães. São Paulo; Martins Fontes; 1994.")
    assert (ref.kind, ref.place, ref.publisher, ref.year) == ("book", "São Paulo", "Martins Fontes", 1994)
    ref = parse_reference("World Health Organization. Growth reference data for 5-19 years. Geneva; 2007.")
    assert (ref.kind, ref.place, ref.year, ref.group_author) == ("book", "Geneva", 2007, "World Health Organization")


def test_issue_printed_without_its_colon():
    ref = parse_reference("Kossovsky MP, Chopard P. Evaluation of quality improvement interventions. "
                          "Int J Qual Health Care. 2002;14(3)227-32. DOI:10.1093/oxfordjournals.intqhc.a002614")
    assert (ref.container, ref.volume, ref.issue, ref.first_page, ref.last_page) == ("Int J Qual Health Care", "14", "3", "227", "232")


def test_numbered_reference_whose_first_name_starts_with_a_particle():
    ref = parse_reference("1 de Oliveira Andrade R. Covid-19 is causing the collapse of Brazil’s health service. BMJ. 2020;370:m3032.")
    assert [(a.family, a.initials) for a in ref.authors] == [("de Oliveira Andrade", "R")]
    assert ref.title == "Covid-19 is causing the collapse of Brazil’s health service"


def test_a_report_read_on_line_with_an_access_date_is_a_web_page():
    ref = parse_reference("Ministério da Saúde. Instituto Nacional de Câncer. Estimativa 2010: incidência de câncer no Brasil. "
                          "Rio de Janeiro: INCA; 2009 [citado 2011 jul 12]. Disponível em: http://www.inca.gov.br/estimativa/2010/")
    assert ref.kind == "web"
    assert (ref.place, ref.publisher, ref.accessed) == ("Rio de Janeiro", "INCA", "2011-07-12")
