"""Field conversions shared by the reference-manager formats (names, dates, issues, pages, notes).

Encodings chosen so that export then import gives back the same ``Reference``:

- a person is written ``Family, Given`` (or ``Family, J. S.`` when only initials are known);
  a name written as initials only reads back as initials, a fuller one as a given name;
- the ``et_al`` flag, which no tagged format has, is the note line ``ET_AL_NOTE``
  (BibTeX uses its own ``and others`` instead);
- a supplement is written into the issue as ``Suppl 44`` / ``8 Suppl 2``, as PubMed does.
"""

from __future__ import annotations

import re

from editor.domain.references import PersonName, Reference
from editor.references.authors import GROUP_WORDS
from editor.references.csl_item import csl_issue, spaced_initials
from editor.references.locators import MONTHS, expand_pages, split_supplement

ET_AL_NOTE = "Author list ends with et al."
_ET_AL_NOTE = re.compile(r"^\s*(?:author list ends with )?et al\.?\s*$", re.IGNORECASE)
_INITIALS_ONLY = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:-?[A-ZÀ-ÖØ-ÞĀ-Ž]){0,4}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]*[A-Z0-9]")
_VANCOUVER_NAME = re.compile(r"^(?P<family>.+?)\s+(?P<initials>[A-ZÀ-ÖØ-ÞĀ-Ž]{1,4})$")
_DOI_PREFIX = re.compile(r"^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
# A lone "page" that is an article number or e-locator: e34821, 1630365 (five digits or more)
ARTICLE_NUMBER = re.compile(r"^(?:[eE][A-Za-z]?\d+|\d{5,}[\dA-Z]*|[A-Za-z]{1,3}\d{5,})$")
# A DOI inside a link or note: "https://doi.org/10.1/x", "http://dx.doi.org/…", "doi: 10.1/x"
_DOI_INSIDE = re.compile(r"(?:doi\.org/|\bdoi:?\s*)(10\.\d{4,9}/\S+)", re.IGNORECASE)
_BARE_DOI = re.compile(r"^\s*(10\.\d{4,9}/\S+)\s*$")
_NOTE_PMID = re.compile(r"\bPMID:?\s*(\d{1,9})\b")
_NOTE_PMCID = re.compile(r"\bPMCID:?\s*(PMC\d+)\b")
_SLASHED_DATE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})/?(?:\s.*)?$")


def initials_of(given: str) -> str:
    """``"Jong Soo"`` -> ``"JS"``; ``"Jean-Pierre"`` -> ``"J-P"``; ``"A. Nonymous"`` -> ``"AN"``."""
    out = []
    for word in re.split(r"[\s.]+", given.strip()):
        parts = [p for p in word.split("-") if p]
        if parts:
            out.append("-".join(p[0].upper() for p in parts))
    return "".join(out)


def person(family: str | None, given: str | None) -> PersonName:
    """A person from a family name and whatever stands for the given name (initials or names)."""
    family = (family or "").strip() or None
    given = (given or "").strip()
    if not given:
        return PersonName(family=family)
    letters = re.sub(r"[\s.]", "", given)
    words = [w for w in re.split(r"[\s.]+", given) if w]
    spelled_out = len(words) > 1 and any(len(w.replace("-", "")) > 1 for w in words)  # "TODD A."
    if _INITIALS_ONLY.fullmatch(letters) and not spelled_out:
        return PersonName(family=family, initials=letters)
    return PersonName(family=family, given=given, initials=initials_of(given))


def person_from_text(text: str) -> PersonName | None:
    """``"Kim, J. S."``, ``"Kim, Jong Soo"`` or PubMed's ``"Kim JS"``; None for a group's name."""
    text = text.strip().rstrip(",").strip()
    if not text:
        return None
    if "," in text:
        family, _, given = text.partition(",")
        if len(family.split()) > 1 and GROUP_WORDS.search(family):  # "Council on Cardiopulmonary, Critical Care, …"
            return None
        return person(family, given.split(",")[0])  # "Smith, John, Jr." keeps "John"
    if GROUP_WORDS.search(text):
        return None
    match = _VANCOUVER_NAME.match(text)
    if match:
        return PersonName(family=match.group("family"), initials=match.group("initials"))
    if " " not in text and not _ACRONYM.fullmatch(text):  # "WHO", "KDIGO" alone are organisations
        return PersonName(family=text)
    return None


def person_text(name: PersonName) -> str:
    """``"Kim, J. S."`` or ``"Kim, Jong Soo"`` (RIS, BibTeX and MEDLINE's FAU all read this)."""
    given = name.given or spaced_initials(name.initials)
    return f"{name.family or ''}, {given}" if given else (name.family or "")


def add_names(ref: Reference, names: list[str]) -> None:
    """Append names in text form: persons to ``authors``, others to ``group_author``."""
    for text in names:
        if _ET_AL_NOTE.match(text) or text.strip().lower() == "others":
            ref.et_al = True
            continue
        found = person_from_text(text)
        if found is not None:
            ref.authors.append(found)
        elif text.strip():
            add_group(ref, text.strip().rstrip(","))


def add_group(ref: Reference, group: str) -> None:
    ref.group_author = f"{ref.group_author}; {group}" if ref.group_author else group


def read_note(ref: Reference, note: str | None) -> None:
    """Take what a note carries: our own lines (et al., supplement), and the ``PMID: …`` and
    ``PMCID: PMC…`` that Zotero and PubMed-fed libraries put there; the rest is ignored."""
    for line in (note or "").splitlines():
        if _ET_AL_NOTE.match(line):
            ref.et_al = True
        elif line.lower().startswith("supplement:") and not ref.supplement:
            ref.supplement = line.split(":", 1)[1].strip() or None
        pmid, pmcid = _NOTE_PMID.search(line), _NOTE_PMCID.search(line)
        if pmid and not ref.pmid:
            ref.pmid = pmid.group(1)
        if pmcid and not ref.pmcid:
            ref.pmcid = pmcid.group(1)


def note_lines(ref: Reference) -> list[str]:
    return [ET_AL_NOTE] if ref.et_al else []


def set_issue(ref: Reference, text: str | None) -> None:
    """``"8"``, ``"Suppl 44"`` or ``"8 Suppl 2"`` into issue and supplement."""
    issue, supplement = split_supplement((text or "").strip() or None)
    ref.issue = issue or None
    if supplement is not None:
        ref.supplement = supplement or ref.supplement
        if not supplement and ref.supplement is None:
            ref.supplement = "Suppl"


def issue_text(ref: Reference) -> str:
    return csl_issue(ref)


def set_pages(ref: Reference, text: str | None) -> None:
    """``"840-56"`` -> first 840, last 856; a lone page stays the first page.

    En dashes count as hyphens; of several ranges (``"431--456, 791--823"``) the first is kept.
    """
    text = re.sub(r"\s*(?:--|[\u2010-\u2015])\s*", "-", (text or "").strip())
    text = re.split(r"\s*[,;]\s*", text, maxsplit=1)[0]
    first, last = expand_pages(text or None)
    ref.first_page = first or None
    ref.last_page = last or None


def lone_article_number(ref: Reference) -> None:
    """A lone "page" such as ``e9612`` is the article number (as PubMed and Vancouver write it)."""
    if ref.first_page and not ref.last_page and not ref.article_number and ARTICLE_NUMBER.match(ref.first_page):
        ref.article_number, ref.first_page = ref.first_page, None


def doi_inside(*texts: str | None) -> str | None:
    """The DOI in a doi.org link, a ``doi: …`` note or a note that is only a DOI."""
    for text in texts:
        match = _DOI_INSIDE.search(text or "") or _BARE_DOI.match(text or "")
        if match:
            return match.group(1).rstrip(".,;")
    return None


def iso_date(text: str | None) -> str | None:
    """RIS's ``2014/12/17`` (or ``2014/12/17/``) as ``2014-12-17``; other text unchanged."""
    match = _SLASHED_DATE.match((text or "").strip())
    if not match:
        return text
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def pages_text(ref: Reference, dash: str = "-") -> str:
    first, last = (ref.first_page or "").strip(), (ref.last_page or "").strip()
    if first and last and first != last:
        return f"{first}{dash}{last}"
    return first or last


def set_date(ref: Reference, text: str | None) -> None:
    """Year, month and day from ``2016``, ``2016/12//``, ``2012 Aug 15``, ``2012-08-15``, ``JUN 8``."""
    text = (text or "").strip()
    year = _YEAR.search(text)
    if year and ref.year is None:
        ref.year = int(year.group(1))
    rest = (text[: year.start()] + " " + text[year.end():]) if year else text
    numbers = [int(n) for n in re.findall(r"\d+", rest)]
    words = re.findall(r"[A-Za-zéûä]{3,}", rest)
    month = next((MONTHS[w.lower()[:3]] for w in words if w.lower()[:3] in MONTHS), None)
    if month is None and numbers and 1 <= numbers[0] <= 12:
        month, numbers = numbers[0], numbers[1:]
    if month and ref.month is None:
        ref.month = month
        if numbers and 1 <= numbers[0] <= 31 and ref.day is None:
            ref.day = numbers[0]


def clean_doi(text: str | None) -> str | None:
    """A DOI without its resolver prefix or trailing ``[doi]`` mark."""
    if not text:
        return None
    doi = _DOI_PREFIX.sub("", text.strip())
    doi = re.sub(r"\s*\[doi\]\s*$", "", doi)
    return doi or None


def is_empty(ref: Reference) -> bool:
    return not (ref.title or ref.authors or ref.group_author or ref.container or ref.doi or ref.pmid)


def tidy(ref: Reference) -> Reference:
    """Strip spaces and turn empty strings into None, field by field."""
    for name in type(ref).model_fields:
        value = getattr(ref, name)
        if type(value) is str:  # not the kind, an enum that is also a str
            value = re.sub(r"\s+", " ", value).strip() or None
            setattr(ref, name, value)
    return ref
