"""The end of a journal reference: date, volume, issue, supplement, pages or article number.

Reads ``2012;82(8):840-56``, ``2012 Mar 15;25 Suppl 44:S88-S98``, ``2003, 54:1116-26`` (BMC),
``2010; 376: 1234–45`` (Lancet) and the like, and expands short page ranges to full pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    # English, Portuguese, Spanish, French and German three-letter stems
    "jan": 1, "feb": 2, "fev": 2, "fév": 2, "mar": 3, "apr": 4, "abr": 4, "avr": 4, "may": 5,
    "mai": 5, "may.": 5, "jun": 6, "jui": 7, "jul": 7, "aug": 8, "ago": 8, "aoû": 8, "sep": 9,
    "set": 9, "oct": 10, "out": 10, "okt": 10, "nov": 11, "dec": 12, "dez": 12, "dic": 12,
    "déc": 12, "ene": 1, "mär": 3, "mrz": 3,
}
_MONTH_WORD = r"(?:[A-Za-zéûäç]{3,10}\.?)"
# whole names or their abbreviations only: "Marketing. 2001" is no month
_ENGLISH_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?"
)
DASH = r"(?:--|[-–—‐‑‒−])"  # hyphen, en and em dash, the Unicode hyphens typesetters use, and BibTeX's "--"
YEAR = r"(?:1[6-9]|20)\d{2}"
# The publication date as Vancouver writes it: 2012, 2012 Mar, 2012 Mar 15, 2012 Mar-Apr, 2012 Spring.
DATE = (
    r"(?:(?<![\w.])(?P<month0>" + _ENGLISH_MONTH + r")(?:\s*-\s*" + _ENGLISH_MONTH + r")?\s+)?"  # "May-Jun 2003"
    r"(?P<year>" + YEAR + r")[a-z]?"
    r"(?:\s+(?P<month>" + _MONTH_WORD + r")(?:\s*[-/]\s*" + _MONTH_WORD + r")?"
    r"(?:\s+(?P<day>\d{1,2})(?:\s*-\s*\d{1,2})?)?)?"
)
_LOCATOR = (
    r"(?:(?:\s*[;,]\s*|\s*\.\s*(?=\d{1,4}\s*[(:])|\s+(?=\d{1,4}\s*\())(?P<volume>[^():;,\s][^():;,]*?)?\s*(?:\((?P<issue>[^()]*(?:\([^()]*\))?[^()]*)\))?"
    r"\s*(?:(?:[:,]|(?<=\))\s)\s*(?:pp?\.?\s*|[Aa]bstr(?:act)?\.?\s*(?:nr\.?\s*|no\.?\s*)?)?(?P<pages>[A-Za-z]{0,4}\d[\w]*(?:\.SUPL\.\d+)?"
    r"(?:\s*" + DASH + r"\s*[A-Za-z]{0,4}\d\w*(?:\.e\d+|\se\d+(?=\s*\.?\s*$))?)?)(?:,\s*[ivxlc]+(?:-[ivxlc]+)?)?)?)?"
)
# Vancouver: "<source>. 2012;82(8):840-56." / BMC: "<source> 2003, 54:1116-26."
JOURNAL_TAIL = re.compile(
    r"(?:^|(?<=[\s.,]))" + DATE + _LOCATOR + r"\s*\.?\s*$"
)
# Springer/Harvard-like tail with the year given earlier: "Pediatr Nephrol 23(3):481–485."
_PAGES = r"(?P<pages>[A-Za-z]{0,4}\d\w*(?:\s*" + DASH + r"\s*[A-Za-z]{0,3}\d\w*(?:\.e\d+|\se\d+)?)?)"
YEARLESS_TAIL = re.compile(
    r"[\s,.](?P<volume>\d{1,4}[A-Z]?)\s*(?:\((?P<issue>[^()]+)\))?\s*[:,]\s*(?:pp?\.?\s*)?" + _PAGES + r"\s*\.?\s*$"
)
# Year given after the names and only a volume at the end: "2014. Title. J R Soc Interface 11."
VOLUME_ONLY_TAIL = re.compile(r"(?<=[A-Za-z.)]),?\s(?P<volume>\d{1,4}[A-Z]?)\s*(?:\((?P<issue>[^()]+)\))?\s*\.?\s*$")
# Year given after the names and only a page range at the end: "2009. Title. Curr Opin Neurobiol 520–529.",
# "(1993) Title. Toxicol Appl Pharmacol:199–210." (volume and issue groups never match; kept for the callers)
PAGES_ONLY_TAIL = re.compile(
    r"(?<=[A-Za-z.])(?P<volume>(?!))?(?P<issue>(?!))?\s*[:\s]\s*(?P<pages>\d{1,6}\s*" + DASH + r"\s*\d{1,6})\s*\.?\s*$"
)
# Nature style, the year last in parentheses: "Naturwissenschaften 67, 566–567 (1980)."
NATURE_TAIL = re.compile(
    r"[\s,.](?P<volume>\d{1,4}[A-Z]?)\s*(?:\((?P<issue>[^()]+)\))?\s*[,:]\s*" + _PAGES
    + r"\s*\((?:(?P<month>[A-Za-z]{3,9}\.?)\s+)?(?P<year>" + YEAR + r")\)\s*\.?\s*$"
)
# The year last (older AMA, dental and surgical journals): "Crisis 26: 1-3, 2005", "J 43(1):28-36, 2004."
YEAR_LAST_TAIL = re.compile(
    r"[\s,.](?P<volume>\d{1,4}[A-Z]?)\s*(?:\((?P<issue>[^()]+)\))?\s*:\s*" + _PAGES
    + r"\s*[,.;]\s*(?:(?P<month>[A-Za-z]{3,9}\.?)\s+)?(?P<year>" + YEAR + r")\s*\.*\s*$"
)
_SUPPL = re.compile(
    r"^(?P<before>.*?)[\s_]*(?:Supplement|Suplemento|Suppl|Supl|Supp|Sup)\.?[\s_]*(?P<number>[\w.\-]*)\s*$",
    re.IGNORECASE,
)
_PAGE = re.compile(r"^(?P<prefix>[A-Za-z]*)(?P<digits>\d+)(?P<suffix>[A-Za-z]*)$")
# e-locators, long numbers, and Oxford's lower-case ones ("vey016", "gkw1234")
# ... with SciELO's supplement mark ("E190006.SUPL.2")
_ARTICLE_NUMBER = re.compile(r"^(?:[eE][A-Za-z]{0,4}\d+(?:\.SUPL\.\d+)?|\d{5,}[\dA-Z]*|[A-Za-z]{1,3}\d{5,}|[a-z]{3}\d{3,4})$")
# "CoRR. 2014;abs/1412.6980" and bioRxiv's "bioRxiv. 2021; 2021.03.01.433431"
_ARXIV = re.compile(r"^(?:[a-z]{2,8}/\d{4}\.\d{4,5}|\d{4}\.\d{2}\.\d{2}\.\d{5,})(?:v\d+)?$")
_PAGE_WORD = re.compile(r"^pp?\.\s*([A-Za-z]{0,3}\d+(?:\s*" + DASH + r"\s*[A-Za-z]{0,3}\d+)?)$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\s+([A-Za-zéç]{3,9})\.?$")
_SECOND_DATE = re.compile(r"^(" + YEAR + r")\s+([A-Za-z]{3,9})\.?(?:\s+(\d{1,2}))?$")
_PAGE_RANGE = re.compile(r"^[A-Za-z]{0,3}\d{1,6}\s*" + DASH + r"\s*[A-Za-z]{0,3}\d{1,6}$")


@dataclass(slots=True)
class Locator:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    volume: str | None = None
    issue: str | None = None
    supplement: str | None = None
    first_page: str | None = None
    last_page: str | None = None
    article_number: str | None = None


def month_number(word: str | None) -> int | None:
    if not word:
        return None
    return MONTHS.get(word.rstrip(".").lower()[:3])


def split_supplement(value: str | None) -> tuple[str | None, str | None]:
    """'25 Suppl 44' -> ('25', '44'); 'Suppl 2' -> (None, '2'); '6Suppl1' -> ('6', '1')."""
    if not value:
        return value or None, None
    m = _SUPPL.match(value.strip())
    if not m:
        return value.strip(), None
    before = m.group("before").strip() or None
    number = m.group("number").strip(".")
    return before, (number.lstrip("0") or number) if number.isdigit() else number  # "Suppl. 02" is supplement 2


def expand_pages(pages: str | None) -> tuple[str | None, str | None]:
    """'1961-3' -> ('1961', '1963'); 'S331-6' -> ('S331', 'S336'); 'S88-S98' kept."""
    if not pages:
        return None, None
    parts = re.split(r"\s*" + DASH + r"\s*", pages.strip(), maxsplit=1)
    first = parts[0]
    if len(parts) == 1 or not parts[1]:
        return first, None
    last = parts[1]
    fm, lm = _PAGE.match(first), _PAGE.match(last)
    if fm and lm:
        digits, tail = fm.group("digits"), lm.group("digits")
        prefix = lm.group("prefix") or fm.group("prefix")
        if len(tail) < len(digits):
            tail = digits[: len(digits) - len(tail)] + tail
        last = prefix + tail + lm.group("suffix")
    return first, last


def _fill_pages(loc: Locator, pages: str | None) -> None:
    first, last = expand_pages(pages)
    if last == first:  # "B39–B39", "e441–e441": one page printed twice
        last = None
    if first and last is None and (_ARTICLE_NUMBER.match(first) or _ARXIV.match(first)):
        loc.article_number = first
    else:
        loc.first_page, loc.last_page = first, last


def locator_from_match(m: re.Match[str]) -> Locator:
    """Build a Locator from a JOURNAL_TAIL or YEARLESS_TAIL match."""
    groups = m.groupdict()
    loc = Locator()
    if groups.get("year"):
        loc.year = int(groups["year"])
        loc.month = month_number(groups.get("month") or groups.get("month0"))
        if loc.month and groups.get("day"):
            loc.day = int(groups["day"])
    volume, supplement = split_supplement(groups.get("volume"))
    issue, issue_supplement = split_supplement(groups.get("issue"))
    loc.volume = volume
    loc.issue = issue
    loc.supplement = supplement if supplement is not None else issue_supplement
    pages = groups.get("pages")
    if volume and not pages and not issue:
        if _PAGE_RANGE.match(volume) or _ARXIV.match(volume):
            loc.volume, pages = None, volume  # "Stat Sin. 1996;733–60.": pages without a volume
        elif m2 := _PAGE_WORD.match(volume):
            loc.volume, pages = None, m2.group(1)  # "2022 jul; p. 197140092211144": SAGE's online-first number
        elif (m2 := _SECOND_DATE.match(volume)) and int(m2.group(1)) == loc.year:
            # PubMed's "Cell Chem Biol. 2018 Mar 15; 2018 Jan 11.": the second date (e-publication) and no volume
            loc.volume, loc.month = None, month_number(m2.group(2))
            loc.day = int(m2.group(3)) if m2.group(3) and loc.month else None
        elif (m2 := _DAY_MONTH.match(volume)) and month_number(m2.group(2)):
            # a gazette's day after the year: "Diário Oficial da União 1990; 20 set."
            loc.volume, loc.month, loc.day = None, month_number(m2.group(2)), int(m2.group(1))
    _fill_pages(loc, pages)
    if loc.volume and not (loc.issue or groups.get("pages")) and _ARTICLE_NUMBER.match(loc.volume) and len(loc.volume) > 4:
        loc.volume, loc.article_number = None, loc.volume  # "2017;4643830": an article number, no volume
    return loc
