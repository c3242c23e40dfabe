"""Patterns for what identifies a patient in free text, and the cheap checksums that cut false alarms.

``scan(text)`` returns every ``Hit`` (kind, start, end) in one text. Nothing
here leaves the machine: the patterns run locally, and no text is logged.
Kinds: name, birth-date, care-date, record-number, phone, email, address,
postcode, age-over-89, national-id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"  # capitalised: "2 may respond" is no date
# Dates precise to the day. Month and year alone ("March 2019") are not flagged.
_DATE = (
    rf"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))"
    rf"|(?P<num>(?P<nd>[0-3]?\d)[/.](?P<nm>[01]?\d)[/.](?P<ny>(?:19|20)\d\d|\d\d(?![\d.])))"
    rf"|(?P<dmy>(?P<dd>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<dm>{_MONTH})\.?,?(?:\s+(?P<dy>(?:19|20)\d\d))?)"
    rf"|(?P<mdy>(?P<mm>{_MONTH})\.?\s+(?P<md>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<my>(?:19|20)\d\d))?)"
)
_TITLE_WORDS = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Srta)"
_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?"
_NOT_NAMES = {"Primary", "Secondary", "Severe", "The", "This", "That", "With", "Was", "Who", "Had", "Has", "And",
              "In", "On", "At", "After", "Before", "During", "Is", "Presented", "Received", "Developed"}

PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("birth-date", re.compile(
        rf"\b(?i:born(?:\s+on)?|D\.?O\.?B\.?|date\s+of\s+birth|birth\s*date)\s*(?:was|is|[:\-])?\s*(?:{_DATE})")),
    ("care-date", re.compile(rf"(?<![\w/.-])(?:{_DATE})(?![\w/-])")),
    ("name", re.compile(rf"\b{_TITLE_WORDS}\.?\s+(?P<who>{_NAME}(?:\s+{_NAME})?)")),
    ("name", re.compile(rf"\b(?:patient,?|Patient:|[Nn]amed|[Cc]alled|name (?:is|was)|[Nn]ame:)\s+"
                        rf"(?P<who>{_NAME}\s+{_NAME}|(?:[A-Z]\.\s?){{2,3}})")),
    ("record-number", re.compile(
        r"\b(?:MRN|medical\s+record(?:\s+(?:number|no\.?))?|(?:hospital|record|case|chart|registration|patient|"
        r"NHS|CHI|IC)\s+(?:number|no\.?|ID))\s*(?:is|was|[:#])?\s*(?P<id>[A-Z]{0,3}[\-\s]?\d[\d\-\s]{3,}\d)",
        re.IGNORECASE)),
    ("phone", re.compile(
        r"\b(?:tel(?:ephone)?|phone|mobile|cell|fax|contact\s+number)\.?\s*(?:no\.?|number)?\s*[:.]?\s*"
        r"(?P<id>\+?\(?\d[\d ()\-.]{6,}\d)", re.IGNORECASE)),
    ("phone", re.compile(r"(?<![\w+])(?:\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}"
                         r"|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}"
                         r"|\b0\d{3,4}\s\d{3}\s?\d{3,4}|\b0\d{2}\s\d{4}\s\d{4})\b")),
    ("email", re.compile(r"\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b")),
    ("address", re.compile(
        r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|"
        r"Blvd|Court|Place|Way|Close|Crescent|Terrace|Square|Gardens)\b")),
    ("address", re.compile(r"\b(?:Rua|Avenida|Av\.|Calle|Travessa|Alameda)\s+(?:(?:[A-Z]\w+|d[aeo]s?|del?)\s+){0,4}[A-Z]\w+,?\s*"
                           r"(?:n[º°o]\.?\s*)?\d{1,5}\b")),
    ("postcode", re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})\b")),
    ("postcode", re.compile(r"\b(?P<zip>\d{5}-\d{4}|\d{5}-\d{3})\b")),
    ("age-over-89", re.compile(
        r"\b(?P<age>9\d|1[0-2]\d)(?:[\s-]+(?:year|yr)s?[\s-]+old|\s+(?:years|yrs)\s+of\s+age|\s*-?\s*y\.?o\.?\b)"
        r"|\b(?:aged?|age:)\s+(?P<age2>9\d|1[0-2]\d)\b(?!\s*(?:days?|weeks?|months?|d\b|h\b|min))",
        re.IGNORECASE)),
    ("national-id", re.compile(
        r"\b(?P<ssn>(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4})\b"
        r"|\b(?P<nino>(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b"
        r"|\b(?P<cpf>\d{3}\.\d{3}\.\d{3}-\d{2})\b"
        r"|\b(?P<dni>[XYZ]?\d{7,8}-?[A-Z])\b"
        r"|\b(?P<nhs>\d{3} \d{3} \d{4})\b"
        r"|\b(?i:SSN|social security(?: number)?|CPF|DNI|NIE|NI number|national insurance(?: number)?)\s*"
        r"(?:is|was|[:#])?\s*(?P<keyed>[A-Z]{0,2}\d[\d\-. ]{6,}[\dA-Z])\b")),
)
_ADDRESS_WORDS = re.compile(r"\b(street|st\.|road|avenue|ave\.|lane|drive|boulevard|suite|apt|zip|cep|rua|avenida|"
                            r"address|lives|resides|residing|city|state)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int
    end: int
    day: date | None = None  # for a care date with day, month and year: the date, to make it relative


def scan(text: str) -> tuple[Hit, ...]:
    """Every identifying span in ``text``, in order; a span inside another's (a date in a birth date) is dropped."""
    hits: list[Hit] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            hit = _accept(kind, match, text)
            if hit is not None:
                hits.append(hit)
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue  # overlaps a longer or earlier span (e.g. the date inside "DOB 3/4/1950")
        kept.append(hit)
    return tuple(kept)


def _accept(kind: str, match: re.Match, text: str) -> Hit | None:
    groups = match.groupdict()
    if kind == "care-date":
        day = _calendar_day(groups)
        if day is False:
            return None
        return Hit(kind, match.start(), match.end(), day if isinstance(day, date) else None)
    if kind == "birth-date" and _calendar_day(groups) is False:
        return None
    if kind == "name" and groups.get("who", "").split(" ")[0].rstrip(".") in _NOT_NAMES:
        return None
    if kind == "postcode" and groups.get("zip") and not _near_address(text, match.start()):
        return None
    if kind == "national-id" and not _valid_national_id(groups):
        return None
    if kind == "phone" and sum(c.isdigit() for c in match.group(0)) < 8:
        return None
    return Hit(kind, match.start(), match.end())


def _near_address(text: str, at: int) -> bool:
    return _ADDRESS_WORDS.search(text, max(0, at - 80), at) is not None


def _calendar_day(g: dict) -> date | None | bool:
    """The date matched, None when it has no year (still a date of care), False when it is no date at all."""
    try:
        if g.get("iso"):
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g.get("num"):
            return _numeric(int(g["nd"]), int(g["nm"]), int(g["ny"]))
        if g.get("dmy"):
            return _named(g["dd"], g["dm"], g.get("dy"))
        if g.get("mdy"):
            return _named(g["md"], g["mm"], g.get("my"))
    except ValueError:
        return False  # 31/02/2019, 45 March: not a date
    return False


def _numeric(first: int, second: int, year: int) -> date | None | bool:
    """3/4/2019: day/month or month/day; None when both read as a date and disagree (no relative time then)."""
    if year < 100:
        year += 2000 if year < 50 else 1900
    readings = set()
    for day, month in ((first, second), (second, first)):
        try:
            readings.add(date(year, month, day))
        except ValueError:
            pass
    if not readings:
        return False
    return readings.pop() if len(readings) == 1 else None


def _named(day: str, month: str, year: str | None) -> date | None | bool:
    number = int(day)
    month_number = MONTHS[month.lower()[:3]]
    if not 1 <= number <= 31:
        return False
    if year is None:
        date(2000, month_number, number)  # raises for 30 February
        return None
    return date(int(year), month_number, number)


def _valid_national_id(g: dict) -> bool:
    if g.get("cpf"):
        return cpf_valid(g["cpf"])
    if g.get("dni"):
        return dni_valid(g["dni"])
    if g.get("nhs"):
        return nhs_valid(g["nhs"])
    return True  # SSN (area rules in the pattern), NI number (prefix rules), or an id after its name


def cpf_valid(text: str) -> bool:
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for n in (9, 10):
        total = sum(d * w for d, w in zip(digits[:n], range(n + 1, 1, -1)))
        if (total * 10 % 11) % 10 != digits[n]:
            return False
    return True


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_valid(text: str) -> bool:
    text = text.replace("-", "").upper()
    number = text[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return number.isdigit() and _DNI_LETTERS[int(number) % 23] == text[-1]


def nhs_valid(text: str) -> bool:
    digits = [int(c) for c in text if c.isdigit()]
    if len(digits) != 10:
        return False
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
    return (0 if check == 11 else check) == digits[9] and check != 10
