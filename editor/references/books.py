"""Books, chapters, theses, reports, web pages and conference papers.

Vancouver writes them around a publication statement ``Place: Publisher; Year.``:
``Author. Title. 2nd ed. Place: Publisher; Year.`` and
``Author. Chapter. In: Editor A, editors. Book. Place: Publisher; Year. p. 17-22.``
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.domain.references import PersonName

from .locators import YEAR, expand_pages, month_number

# no date printed: "[s.d.]" (sem data, sin fecha), "[n.d.]"
_NO_DATE = r"\[?(?:s|n)\.\s?d\.\]?"
# a publisher's name may hold "W.B. Saunders" or "Co. " but not a sentence end ("Manual. Cold Spring Harbor")
_PUBLISHER = r"(?:[^;:\[\].]|\.(?!\s)|(?<=\b[A-Z])\.\s|(?<=\bCo)\.\s|(?<=\bInc)\.\s|(?<=\bLtd)\.\s|(?<=\bUniv)\.\s)"
# after the date: "2021 –" (still published), "c2000-01" (years), "[cited ...]" or "(Nota de Alerta, no 20)", then the end
_AFTER_DATE = r"\s*(?:[-–—]\s*(?:\d{2}(?:\d{2})?(?!\d)\s*)?)?(?:\[[^\]]*\]|\([^()]{1,120}\))?\s*(?:\.|$)"
PUBLICATION = re.compile(
    r"(?:^|(?<=[.\]]\s))(?!(?:In|Em|En|Dans)\s*:)(?P<place>(?:St\.\s)?(?:[^.:;\[\]]|(?<=\b[A-Z])\.(?!\s)|:(?=\([A-Z]\w{0,12}\):)){2,80}?)\s*:\s*"
    r"(?P<publisher>" + _PUBLISHER + r"{2,160}?)\s*[;,]\s*"
    r"(?:(?:c|©\s?)?(?P<year>" + YEAR + r")[a-z]?(?:\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?|" + _NO_DATE + r")" + _AFTER_DATE
)
# "Brasília, DF: 2017.": a place and the year, the publisher left out
PLACE_YEAR = re.compile(r"(?:^|(?<=[.\]]\s))(?P<place>[A-ZÀ-Þ][^.:;\[\]]{1,60}?)\s*:\s*(?:c|©\s?)?(?P<year>" + YEAR + r")[a-z]?" + _AFTER_DATE)
# AMA's conference paper: "Paper presented at: Kidney Week; November 2019; Washington, DC."
PRESENTED = re.compile(
    r"\b(?:Paper|Poster|Abstract)\s+presented\s+at\s*:?\s*(?P<container>[^;]{3,200}?)\s*;\s*"
    r"(?:[A-Za-z]{3,9}\.?\s+(?:\d{1,2}(?:-\d{1,2})?,?\s+)?)?(?P<year>" + YEAR + r")(?:\s*;\s*(?P<place>[^.;]{2,80}))?\s*\.?\s*$",
    re.IGNORECASE,
)
# "Springer; 2008." or "Geneva; 2007.": a publication statement with the place or the publisher alone
LONE_PUBLICATION = re.compile(
    r"(?:^|(?<=[.\]]\s)|(?<=\b[IE][nm]:\s))(?P<name>[^.:;\[\]]{2,120}?)\s*;\s*(?:c|©\s?)?(?P<year>" + YEAR + r")[a-z]?"
    r"(?:\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?" + _AFTER_DATE
)
# an acronym ("WHO", "UNFPA") or a firm's "&": a publisher's name, not a place
_ORGANISATION = re.compile(r"^(?:[A-Z]{2,8}|.*\s&\s.*)$")
PUBLISHER_WORDS = re.compile(
    r"\b(?:Press|Publish\w*|Media|Inc|Ltd|LLC|GmbH|Verlag|Elsevier|Springer|Wiley|Academic|University|Editora"
    r"|Editorial|Ediciones|Edições|Books|Saunders|Lippincott|Mosby|Oficial|Official|Ministry|Minist[eé]rio|Organi[sz]ation"
    r"|McGraw[- ]Hill|Thieme|Karger|Routledge|Humana|Blackwell|Churchill Livingstone|Pearson|Cengage|Guilford|Kluwer"
    r"|Artmed|Manole|Atheneu|Hucitec|Fiocruz|Guanabara Koogan|Masson|Panamericana|Associates)\b",
    re.IGNORECASE,
)
_PAGES_AFTER = re.compile(r"(?:^|[\s.;,])(?:pp?|págs?|pags?)\.?\s*(?P<pages>[A-Za-z]{0,3}\d+\w*(?:\s*[-–]\s*[A-Za-z]{0,3}\d+\w*)?|[ivxlc]+\s*[-–]\s*[ivxlc]+)(?![\w])")
EDITION = re.compile(
    r"^(?P<edition>\d+(?:st|nd|rd|th|a|ª|º|\.ª|\.)?|[A-Z][a-z]+|Rev|Revised)\s*(?:ed|edn|edition|edição|edición|éd|Aufl)\.?"
    r"(?:\s*(?:rev|revised|atual|ampl)[\w., ]*)?$",
    re.IGNORECASE,
)
IN_MARK = re.compile(r"(?:^|(?<=[.\]]\s)|(?<=\s))(?:In|En|Em|Dans)\s*:\s*|(?:^|(?<=[.\]]\s))In\s+(?=[" + "A-Z" + r"])")
THESIS = re.compile(
    r"\s*\[?\(?\b(?:(?:doctoral|master'?s|PhD|MD)\s+)?(?:dissertation|thesis|tese|disserta[çc][ãa]o|tesis|monografia|tcc)"
    r"(?:\s+(?:de|em|of|en)\s+[\w\s]+?)?\)?\]?(?=[.,;\]\s]|$)",
    re.IGNORECASE,
)
# a thesis named as such: bracketed, or a sentence of its own ("Dissertation.", "PhD thesis, University of X.")
THESIS_SIGN = re.compile(
    r"\[[^\[\]]{0,40}?\b(?:dissertation|thesis|tese|disserta[çc][ãa]o|tesis|monografia|tcc)\b[^\[\]]{0,60}\]"
    r"|(?:^|(?<=[.;]\s))(?:(?:doctoral|master'?s|PhD|MD|MSc)\s+)?(?:dissertation|thesis|tese|disserta[çc][ãa]o|tesis|monografia|tcc)"
    r"(?=\s*(?:[.,;:(\-–—]|$)|\s+(?:de|em|of|en)\s+(?:doutorado|mestrado|maestr[ií]a|doctorado|master|doctor|philosophy|PhD))",
    re.IGNORECASE,
)
# a degree named before the university in the publication statement: "PhD thesis, University of X", "Tese (Doutorado) -"
_THESIS_STATEMENT = re.compile(
    r"^(?:(?:doctoral|master'?s|PhD|MD|MSc)\s+)?(?:dissertation|thesis|tese|disserta[çc][ãa]o|tesis|monografia|tcc)\b"
    r"(?:\s+(?:de|em|of|en)\s+[^,()\-–]+?)?\s*(?:\([^()]*\))?\s*[,\-–—:]?\s*",
    re.IGNORECASE,
)
_THESIS_MARK = re.compile(
    r"\s*\[[^\[\]]{0,40}?\b(?:dissertation|thesis|tese|disserta[çc][ãa]o|tesis|monografia|tcc)\b[^\[\]]{0,60}\]", re.IGNORECASE
)
REPORT = re.compile(
    r"\b(?:Report|Relatório|Informe|Technical Series|Technical Document|Boletim|Bulletin|Working Paper|White Paper|Fact sheet)\b",
    re.IGNORECASE,
)
CONFERENCE = re.compile(
    r"\b(?:Proceedings|Proc\.?|Congress|Conference|Symposium|Meeting|Congresso|Congreso|Workshop|Jornada"
    r"|Simpósio|Simposio|Encontro|Seminário|Annual|Colloquium|Summit)\b",
    re.IGNORECASE,
)
# the medium after a title: ON_LINE "[Internet]", and INTERNET also software and data sets ("[computer program]")
_ON_LINE = r"Internet|online|on-?line|homepage on the Internet|database on the Internet|monograph on the Internet"
ON_LINE = re.compile(r"\[(?:" + _ON_LINE + r")\]", re.IGNORECASE)
INTERNET = re.compile(r"\s*\[(?:" + _ON_LINE + r"|computer program|computer software|software|data ?set|database)\]", re.IGNORECASE)
_SENTENCE = re.compile(
    # "13. ed." (an edition) is one sentence; "VCAM-1. Blood" is two
    r"(?<=[.?!])(?!(?<=\b\d\.)\s+ed\b)(?!(?<=\b\d\d\.)\s+ed\b)(?<!\bvs\.)(?<!\bVs\.)(?<!\bal\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bed\.)(?<!\bEd\.)\s+"
)


@dataclass(slots=True)
class Monograph:
    title: str | None = None
    container: str | None = None
    editors: list[PersonName] = field(default_factory=list)
    edition: str | None = None
    place: str | None = None
    publisher: str | None = None
    year: int | None = None
    first_page: str | None = None
    last_page: str | None = None
    chapter: bool = False
    thesis: bool = False
    conference: bool = False
    month: int | None = None
    day: int | None = None
    site: bool = False  # "In: CDC [Internet]": a page of a web site


def sentences(text: str) -> list[str]:
    """Split at sentence ends, keeping each sentence's closing mark."""
    return [s for s in _SENTENCE.split(text.strip()) if s]


def strip_period(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    while text.endswith((".", ",", ";", ":")) and not text.endswith("..."):
        text = text[:-1].rstrip()
    return text or None


def _edition(parts: list[str]) -> tuple[list[str], str | None]:
    for i in range(len(parts) - 1, -1, -1):
        m = EDITION.match(parts[i].strip().rstrip("."))
        if m:
            return parts[:i] + parts[i + 1:], m.group("edition").rstrip(".")
    return parts, None


def _last(matches):
    found = None
    for found in matches:
        pass
    return found


_FULL_DATE = re.compile(r"(?:^|[.;,]\s|\]\s?)(?:c|©\s?)?(" + YEAR + r")\s+([A-Za-zç]{3,9})\.?(?:\s+(\d{1,2}))?(?!\w)")
_AMA_PAGES = re.compile(r"(;\s*(?:c|©\s?)?" + YEAR + r")\s*:\s*(?:chap(?:ter)?\.?\s*\d+|(\d+(?:\s*[-–]\s*\d+)?))\s*\.?\s*$")
_AMA_EDITOR = re.compile(r"^(.{3,300}?,\s*eds?\.)\s+(\S.*)$")
# the name of a meeting, and the proceedings printed after a paper's title
_MEETING = re.compile(r"\b(?:Conference|Proceedings|Congress|Congresso|Congreso|Symposium|Workshop|Meeting)\b", re.IGNORECASE)
_PROCEEDINGS = re.compile(r"^(?:Proceedings|Proc\.|Anais|Actas|Annals of the \d+\w*)\b")
_IN_SITE = re.compile(r"\b(?:In|Em|En)\s*:[^.]{2,120}\[(?:Internet|online)\]", re.IGNORECASE)
_DATE_ALONE = re.compile(r"^(?:c|©\s?)?" + YEAR + r"[a-z]?(?:\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?\s*\.?$")
# Springer's "Publisher, Place" without a publisher's word: "R Foundation for Statistical Computing, Vienna, Austria"
_NAME_PLACE = re.compile(
    r"^(?:[A-Z][\w&'’.-]*\s(?:(?:of|for|and|&)\s)?){0,7}[A-Z][\w&'’.-]*,\s*(?:[A-Z][\w'’.-]*(?:,?\s(?=[A-Z]))?){1,5}$"
)
# Springer's edition at the end of a title, "Applied logistic regression, 3rd edn"
_TITLE_EDITION = re.compile(r",\s*(?P<edition>\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+edn?\.?$")
# Springer's editors before the book: "In: Doe A (ed) Book title"
_EDITORS_IN_PARENTHESES = re.compile(r"^(?P<names>.{3,300}?)\s*\((?P<word>eds?|Hrsg|orgs?|coords?)\.?\)\s+(?P<book>\S.*)$")
# a well-known publisher printed straight after the book's name, without its colon or period
_GLUED_PUBLISHER = re.compile(r"(?<=\w)\s+(?:[A-Z][a-z]+ University Press|Academic Press|CRC Press|Elsevier|Springer|Wiley(?:-Blackwell)?)$")
_LAST_PARENTHESES = re.compile(r"\s*\(([^()]{4,120})\)\s*\.?\s*$")


_PAGES_AT_END = re.compile(r"[.,]?\s*(?:pp?|págs?)\.?\s*(?P<pages>\d+\s*[-–]\s*\d+|\d+)\s*\.?\s*$")


def _pages_at_end(mono: Monograph, body: str) -> str:
    m = _PAGES_AT_END.search(body) if mono.first_page is None else None
    if m is None:
        return body
    mono.first_page, mono.last_page = expand_pages(m.group("pages"))
    return body[: m.start()] + "."


def _publisher_at_end(body: str, named: bool = False) -> tuple[str | None, str, str] | None:
    """The year given with the names, the book ends with its publisher: 'New York, NY: Springer.',
    'China Forestry Publishing House, Chengdu.', 'Academic Press', '(Harvard University Press, Cambridge, MA)'."""
    last = _LAST_PARENTHESES.search(body)
    if last and PUBLISHER_WORDS.search(last.group(1)):
        statement, rest = last.group(1), body[: last.start()]
    else:
        parts = sentences(body)
        if len(parts) < 2:
            return None
        statement, rest = parts[-1].rstrip(". "), body[: len(body) - len(parts[-1])]
    if len(statement.split()) > 12 or (THESIS.search(statement) and not _THESIS_STATEMENT.match(statement)) or IN_MARK.match(statement):
        return None  # "In: World Health Organization [Internet]" is where the page is, not who published it
    name_place = _NAME_PLACE.match(statement)
    if not PUBLISHER_WORDS.search(statement) and not (named and ":" in statement) and not name_place:
        return None  # named: "Place: Publisher" says it is a publisher without a publisher's word
    if ":" in statement:  # Place: Publisher
        place, publisher = (part.strip() for part in statement.split(":", 1))
    elif "," in statement and (PUBLISHER_WORDS.search(statement.split(",", 1)[0]) or name_place):  # Publisher, Place
        publisher, place = (part.strip() for part in statement.split(",", 1))
    else:
        place, publisher = None, statement.strip()
    return place or None, publisher, rest.rstrip()


_PLACE_GLUE = {"de", "da", "do", "dos", "das", "del", "of", "and", "the", "upon", "am", "on", "y", "e", "en", "em", "la", "le"}
# "Title (a handbook): Springer Science & Business Media; 2008.": the publisher after the title's last colon
_TITLE_PUBLISHER = re.compile(
    r"^(?P<place>[^;]{8,400}?)\s*:\s*(?P<publisher>[^:;.\[\]]{2,80}?)\s*;\s*(?:c|©\s?)?(?P<year>" + YEAR + r")[a-z]?" + _AFTER_DATE + "$"
)


def _title_publisher(body: str) -> re.Match[str] | None:
    m = _TITLE_PUBLISHER.match(body) if ":" in body else None
    if m and (PUBLISHER_WORDS.search(m.group("publisher")) or _ORGANISATION.match(m.group("publisher"))):
        return m
    return None


def _reads_as_title(place: str | None) -> bool:
    """A place is a few capitalised words ('Rio de Janeiro', 'Cambridge, MA'); a title has ordinary words."""
    words = (place or "").replace(",", " ").split()
    return any(w[:1].islower() and w not in _PLACE_GLUE for w in words)


_DATE_SENTENCE = re.compile(r"(?<=\.)\s+(?:c|©\s?)?" + YEAR + r"[a-z]?(?:\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?\s*\.?\s*$")


def _publisher_before_date(body: str) -> tuple[str | None, str, str] | None:
    """AMA: 'Title. Lyon, France: International Agency for Research on Cancer. Published online 2020.'
    (house_style leaves '... Cancer. 2020.'): a 'Place: Publisher' sentence before the date sentence."""
    date = _DATE_SENTENCE.search(body)
    if date is None:
        return None
    end = _publisher_at_end(body[: date.start()], named=True)
    if end is None or not ((end[0] and not _reads_as_title(end[0])) or _THESIS_STATEMENT.match(end[1])):
        return None  # a place, or a degree ("PhD Thesis, University of Cambridge. 2010."), says it is a statement
    return end


# a year inside the text, closed by punctuation ("Zahnheilk Berlin 1921: 37", "J Prosthodont1997; 6") and not a
# word of a title ("GMMP 2015 Reports", "Engineering: 2021 | NSF", "Rationales2021.")
_LOOSE_YEAR = re.compile(
    r"^(" + YEAR + r")(?=\s)|(?:(?<![\w])|(?<=\bc)|(?<=ed)|(?<=[a-z])(?=\d{4};))(" + YEAR + r")"
    r"(?=\s*[;:,)]|\.\s|\.?$|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[;:,])"
)


def parse_monograph(body: str, editors_reader) -> Monograph:
    """Read everything after the authors of a non-journal reference."""
    mono = _parse_monograph(body, editors_reader)
    if mono.year and (date := _FULL_DATE.search(body)) and int(date.group(1)) == mono.year:
        # "2022 Apr 18 [cited ...]", "1990 Set 20": the document's own day
        mono.month = month_number(date.group(2))
        mono.day = int(date.group(3)) if mono.month and date.group(3) else None
    return mono


def _parse_monograph(body: str, editors_reader) -> Monograph:
    mono = Monograph()
    proceedings = None
    presented = PRESENTED.search(body)
    if presented:
        mono.conference, mono.container = True, strip_period(presented.group("container"))
        mono.year, mono.place = int(presented.group("year")), strip_period(presented.group("place"))
        mono.title = strip_period(" ".join(sentences(body[: presented.start()])))
        return mono
    if ":" in body:  # AMA: "Springer; 2018:45-67." and "Elsevier; 2020:chap 121."
        body = _AMA_PAGES.sub(lambda m: m.group(1) + (". p. " + m.group(2) if m.group(2) else "") + ".", body)
    pub = _last(PUBLICATION.finditer(body)) or _title_publisher(body)
    if pub is not None:
        mono.place = strip_period(pub.group("place"))
        mono.publisher = strip_period(pub.group("publisher"))
        mono.year = int(pub.group("year")) if pub.group("year") else None
        after, body = body[pub.end():], body[: pub.start()]
        if not body.strip() and _reads_as_title(mono.place):
            # "An introduction to the bootstrap: CRC press; 1994.": no place, the title before the colon
            body, mono.place = mono.place + ".", None
        pages = _PAGES_AFTER.search(after)
        if pages:
            mono.first_page, mono.last_page = expand_pages(pages.group("pages"))
    elif (lone := _last(LONE_PUBLICATION.finditer(body))) is not None:
        pub = lone
        name = strip_period(lone.group("name"))
        if body[: lone.start()].rstrip().endswith(":") and IN_MARK.search(body[max(0, lone.start() - 5):lone.start()]):
            proceedings = name  # "In: Proceedings of the 29th Conference; 2013. p. 1-8."
            if glued := _GLUED_PUBLISHER.search(name or ""):  # "In: Diffusion MRI Oxford University Press; 2010."
                proceedings, mono.publisher = name[: glued.start()].strip(), glued.group(0).strip()
        elif _MEETING.search(name or ""):
            proceedings = name  # "Title. International Conference on Machine Learning; 2014."
        elif PUBLISHER_WORDS.search(name or "") or len((name or "").split()) > 3 or _ORGANISATION.match(name or ""):
            mono.publisher = name  # "Springer; 2008.", "WHO; 2012.", "Taylor & Francis; 2019." (not "Geneva; 2007.")
        else:
            mono.place = name
        mono.year = int(lone.group("year"))
        after, body = body[lone.end():], body[: lone.start()]
        pages = _PAGES_AFTER.search(after)
        if pages:
            mono.first_page, mono.last_page = expand_pages(pages.group("pages"))
    elif (pub := _last(PLACE_YEAR.finditer(body))) is not None:
        mono.place, mono.year = strip_period(pub.group("place")), int(pub.group("year"))
        body = body[: pub.start()]
    else:
        # no publication statement: a year standing alone ("Title [Internet]. 2023."), not one inside the title
        # ("26 mar 2021." and "March 26, 2021." too: a full date standing alone)
        years = re.findall(r"(?:^|[.;,]\s)(?:\d{1,2}\s+[A-Za-zç]{3,9}\.?\s+|[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s+)?)?(" + YEAR
                           + r")[a-z]?(?:\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?\s*(?:\.|$)", body)
        if not years and not INTERNET.search(body):
            years = [a or b for a, b in _LOOSE_YEAR.findall(body)]
        if years:
            mono.year = int(years[-1])
            if (end := _publisher_before_date(body)) is not None:
                mono.place, mono.publisher, body = end
        else:  # "Book. Cham: Springer. pp. 83–96.", "In: Book, pp 290–308. Elsevier."
            body = _pages_at_end(mono, body)
            if (end := _publisher_at_end(body)) is not None:
                mono.place, mono.publisher, body = end
                body = _pages_at_end(mono, body)
    if mono.publisher and (degree := _THESIS_STATEMENT.match(mono.publisher)):
        # "Dissertação (Mestrado em Enfermagem) - Universidade Federal de Santa Catarina; 2015.", "PhD thesis, Univ"
        mono.thesis, mono.publisher = True, mono.publisher[degree.end():].strip() or None
    # "[master's thesis]", "Dissertation." or "Tese (Doutorado em X)": a sign, not the word inside a title
    sign = _THESIS_MARK.search(body) or _last(THESIS_SIGN.finditer(body))
    if sign:
        mono.thesis = True
        whole = THESIS.match(body, sign.start()) if sign.group(0)[:1] != "[" else None
        end = max(sign.end(), whole.end() if whole else 0)
        body = body[: sign.start()] + body[end:]
    mono.site = "[" in body and _IN_SITE.search(body) is not None
    body = INTERNET.sub("", body)
    inside = IN_MARK.search(body)
    if inside:
        mono.chapter = True
        mono.title = strip_period(body[: inside.start()])
        book = sentences(body[inside.end():])
        if book and (ed := _AMA_EDITOR.match(book[0])):  # "In: Doe A, ed. Book Title." (no sentence break after "ed.")
            book[:1] = [ed.group(1), ed.group(2)]
        elif book and (ed := _EDITORS_IN_PARENTHESES.match(book[0])):  # "In: Doe A (ed) Book title."
            book[:1] = [ed.group("names") + ", editors.", ed.group("book")]
        if book:
            found = editors_reader(book[0].rstrip("."))
            if found:
                mono.editors = found[0]
                book = book[1:]
        book, mono.edition = _edition(book)
        book = [part for part in book if not _DATE_ALONE.match(part)]  # "In: CDC [Internet]. 2023."
        mono.container = strip_period(" ".join(book)) or proceedings
    else:
        parts, mono.edition = _edition(sentences(body))
        if pub is None and len(parts) > 1:
            # no "Place: Publisher; Year": keep the first sentence as the title
            parts = parts[:1]
        if len(parts) > 1 and _PROCEEDINGS.match(parts[-1]):
            # "Title. Proceedings of the 2019 Conference on ...; Hong Kong: ACL; 2019. pp. 100-10."
            mono.container, parts = strip_period(parts[-1]), parts[:-1]
        mono.title = strip_period(" ".join(parts))
        mono.container = mono.container or proceedings
        mono.conference = bool(mono.container)
    for name in ("container", "title"):
        if not mono.edition and (ed := _TITLE_EDITION.search(getattr(mono, name) or "")):
            mono.edition = ed.group("edition")
            setattr(mono, name, getattr(mono, name)[: ed.start()].rstrip())
    if (mono.title and pub is None and mono.year and re.search(rf"(?<!\w){mono.year}$", mono.title)
            and len(re.findall(rf"(?<!\d){mono.year}(?!\d)", body)) == 1):
        mono.title = mono.title[: -4].rstrip()  # "Title 2014": the date glued to the title ("VIGITEL Brasil 2013" keeps its own)
    return mono
