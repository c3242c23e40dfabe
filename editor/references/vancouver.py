"""Vancouver references as ICMJE and the NLM's *Citing Medicine* write them (plain text).

    Radhakrishnan J, Cattran DC. The KDIGO practice guideline ... Kidney Int. 2012;82(8):840-56.

The preview and every export call ``format_reference`` / ``format_reference_list``;
citation numbers come from ``editor.domain.derived`` so they never go stale.
"""

from __future__ import annotations

import re

from editor.domain.derived import reference_order
from editor.domain.references import PersonName, Reference, ReferenceKind
from editor.domain.report import CaseReport

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_AUTHORS = 6  # ICMJE: list the first six, then "et al."
_PAGE = re.compile(r"^([A-Za-z]*)(\d+)$")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def format_reference_list(report: CaseReport) -> list[tuple[int | None, str]]:
    """The reference list: cited references by number, then uncited ones (number None)."""
    return [(number, format_reference(ref)) for number, ref in reference_order(report)]


def format_reference(ref: Reference) -> str:
    """One reference in Vancouver (NLM) form, plain text."""
    kind = ReferenceKind(ref.kind)
    if kind is ReferenceKind.CHAPTER:
        parts = _chapter(ref)
    elif kind is ReferenceKind.CONFERENCE and not _in_a_journal(ref):
        parts = _conference(ref)
    elif kind in (ReferenceKind.BOOK, ReferenceKind.REPORT, ReferenceKind.THESIS):
        parts = _book(ref, kind)
    elif kind is ReferenceKind.WEB:
        parts = _web(ref)
    elif kind in (ReferenceKind.JOURNAL, ReferenceKind.CONFERENCE) or ref.volume or ref.issue:
        parts = _journal(ref)
    else:
        parts = _book(ref, kind)
    return " ".join(p for p in parts + _identifiers(ref) if p)


# --- names -----------------------------------------------------------------


def initials_of(person: PersonName) -> str:
    """``Family AB`` initials: stored initials without periods or spaces, else from the given names."""
    if person.initials:
        return re.sub(r"[\s.]", "", person.initials)
    if person.given:
        return "".join(word[0].upper() for word in re.split(r"[\s\-.]+", person.given) if word)
    return ""


def person_name(person: PersonName) -> str:
    return " ".join(p for p in (person.family, initials_of(person)) if p)


def name_list(people: list[PersonName], et_al: bool = False) -> str:
    """``Kim JS, Han BG, et al`` (no final period): six names at most, then et al."""
    names = [person_name(p) for p in people if person_name(p)]
    if len(names) > MAX_AUTHORS:
        names, et_al = names[:MAX_AUTHORS], True
    if et_al and names:
        names.append("et al.")
    return ", ".join(names)


def author_block(ref: Reference) -> str:
    """Persons, then the group after a semicolon (``Kim JS, Han BG; Study Group.``), or the group alone."""
    persons = name_list(ref.authors, ref.et_al)
    group = (ref.group_author or "").strip()
    if persons and group:
        return _sentence(f"{persons}; {group}")
    return _sentence(persons or group)


def _editor_block(ref: Reference) -> str:
    names = name_list(ref.editors)
    if not names:
        return ""
    return f"{names}, {'editors' if len(ref.editors) > 1 else 'editor'}."


# --- pieces ----------------------------------------------------------------


def _sentence(text: str | None) -> str:
    """Text closed by a period, unless it already ends with ``.``, ``?`` or ``!``."""
    text = (text or "").strip()
    if not text:
        return ""
    return text if text[-1] in ".?!" else text + "."


def abbreviate_pages(first: str | None, last: str | None) -> str:
    """NLM page range: repeated leading digits dropped (``840-56``, ``S88-98``, ``1098-114``)."""
    first = (first or "").strip()
    last = (last or "").strip()
    if not last or last == first:
        return first
    if not first:
        return last
    a, b = _PAGE.match(first), _PAGE.match(last)
    if not (a and b) or (b.group(1) and b.group(1) != a.group(1)):
        return f"{first}-{last}"
    digits_a, digits_b = a.group(2), b.group(2)
    if len(digits_a) != len(digits_b):
        return f"{first}-{digits_b}"
    keep = 0
    while keep < len(digits_b) - 1 and digits_a[keep] == digits_b[keep]:
        keep += 1
    return f"{first}-{digits_b[keep:]}"


def date_text(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """``2012 Mar 15``; month and day only where the year is known."""
    if not year:
        return ""
    text = str(year)
    if month and 1 <= month <= 12:
        text += f" {MONTHS[month - 1]}"
        if day:
            text += f" {day}"
    return text


def cited_date(accessed: str | None) -> str:
    """An access date ``2020-01-03`` as NLM writes it (``2020 Jan 3``); other text is kept."""
    text = (accessed or "").strip()
    match = _ISO_DATE.match(text)
    if not match:
        return text
    year, month, day = (int(g) if g else None for g in match.groups())
    return date_text(year, month, day)


def normal_doi(doi: str | None) -> str:
    return _DOI_PREFIX.sub("", (doi or "").strip())


def _edition(edition: str | None) -> str:
    """``2`` or ``2nd`` or ``2nd ed.`` -> ``2nd ed.``"""
    text = (edition or "").strip().rstrip(".")
    if not text:
        return ""
    if text.isdigit():
        n = int(text)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        text = f"{n}{suffix}"
    if not re.search(r"\bed(ition)?$", text, re.IGNORECASE):
        text += " ed"
    return text + "."


def _publication(ref: Reference) -> str:
    """``Place: Publisher; Year`` with whichever parts exist (no final period)."""
    where = ": ".join(p for p in (ref.place, ref.publisher) if p)
    when = date_text(ref.year, ref.month, ref.day)
    return "; ".join(p for p in (where, when) if p)


def _volume_part(ref: Reference) -> str:
    """``82(8)``, ``25 Suppl 44``, ``58(12 Suppl 7)`` or ``(401)``."""
    supplement = _supplement(ref.supplement)
    volume = (ref.volume or "").strip()
    issue = (ref.issue or "").strip()
    if issue:
        inner = f"{issue} {supplement}" if supplement else issue
        return f"{volume}({inner})"
    return f"{volume} {supplement}".strip()


def _supplement(supplement: str | None) -> str:
    text = (supplement or "").strip()
    if not text:
        return ""
    if re.match(r"(?i)supp?l", text):
        return text
    return f"Suppl {text}"


def _identifiers(ref: Reference) -> list[str]:
    """Trailing ``doi:...``, ``PMID: ...; PMCID: ...`` (each closed by a period)."""
    parts = []
    doi = normal_doi(ref.doi)
    if doi:
        parts.append(f"doi:{doi}.")
    ids = [f"PMID: {ref.pmid.strip()}" if ref.pmid else "", f"PMCID: {ref.pmcid.strip()}" if ref.pmcid else ""]
    ids = [p for p in ids if p]
    if ids:
        parts.append("; ".join(ids) + ".")
    return parts


def _available(ref: Reference) -> str:
    return f"Available from: {ref.url.strip()}" if ref.url else ""


# --- kinds -----------------------------------------------------------------


def _journal(ref: Reference) -> list[str]:
    """``Authors. Title. Journal. 2012;82(8):840-56.``"""
    pages = abbreviate_pages(ref.first_page, ref.last_page) or (ref.article_number or "").strip()
    when = date_text(ref.year, ref.month, ref.day)
    numbering = _volume_part(ref)
    if pages:
        numbering += f":{pages}"
    source = f"{when};{numbering}" if when and numbering else when or numbering
    parts = [author_block(ref), _sentence(ref.title), _sentence(ref.container), _sentence(source)]
    url = _available(ref)
    if url and not ref.doi:
        parts.append(url)
    return parts


def _book(ref: Reference, kind: ReferenceKind) -> list[str]:
    """``Authors. Title. 2nd ed. Place: Publisher; Year.`` (also reports and theses)."""
    who = author_block(ref) or _editor_block(ref)
    title = (ref.title or "").strip()
    if kind is ReferenceKind.THESIS and title:
        title += " [dissertation]"
    parts = [who, _sentence(title), _edition(ref.edition)]
    if ref.container and kind is not ReferenceKind.THESIS:
        parts.append(_sentence(ref.container))  # e.g. a report series
    parts.append(_sentence(_publication(ref)))
    if kind is ReferenceKind.REPORT and ref.article_number:
        parts.append(_sentence(f"Report No.: {ref.article_number.strip()}"))
    pages = abbreviate_pages(ref.first_page, ref.last_page)
    if pages:
        parts.append(f"p. {pages}.")
    parts.append(_available(ref))
    return parts


def _chapter(ref: Reference) -> list[str]:
    """``Author. Chapter. In: Editor A, editors. Book. Place: Publisher; Year. p. 17-22.``"""
    editors = _editor_block(ref)
    parts = [author_block(ref), _sentence(ref.title), f"In: {editors}" if editors else "In:"]
    parts += [_sentence(ref.container), _edition(ref.edition), _sentence(_publication(ref))]
    pages = abbreviate_pages(ref.first_page, ref.last_page)
    if pages:
        parts.append(f"p. {pages}.")
    parts.append(_available(ref))
    if not editors and not ref.container:
        parts.remove("In:")
    return parts


def _in_a_journal(ref: Reference) -> bool:
    """A meeting abstract printed in a journal issue (``Kidney Int. 2019;96(5 Suppl):S12.``)."""
    return bool(ref.volume or ref.issue) and not (ref.editors or ref.place or ref.publisher)


def _conference(ref: Reference) -> list[str]:
    """*Citing Medicine* ch. 3, with the parts the fields hold, in its order::

        Author. Paper. In: Editor A, editor. Proceedings. Place: Publisher; Year. p. 17-22.
        Author. Paper. In: Proceedings; 2013 Jun 16. p. 1-8.

    Without a place or publisher the date is the date of the conference, after the name of the
    proceedings and a semicolon as NLM writes it. The model holds no separate conference date or
    place, so ``; Date of conference; Place of conference`` are printed only as far as the fields go.
    """
    if ref.place or ref.publisher:
        return _chapter(ref)
    editors = _editor_block(ref)
    container = (ref.container or "").strip().rstrip(".")
    when = date_text(ref.year, ref.month, ref.day)
    parts = [author_block(ref), _sentence(ref.title)]
    if editors or container:
        parts.append(f"In: {editors}" if editors else "In:")
    proceedings = "; ".join(p for p in (container, when) if p)
    parts += [_sentence(proceedings), _edition(ref.edition)]
    pages = abbreviate_pages(ref.first_page, ref.last_page)
    if pages:
        parts.append(f"p. {pages}.")
    parts.append(_available(ref))
    return parts


def _web(ref: Reference) -> list[str]:
    """``Author. Title [Internet]. Place: Publisher; Year [cited 2020 Jan 3]. Available from: URL``"""
    title = (ref.title or ref.container or "").strip()
    if title:
        title = title.rstrip(".") + " [Internet]"
    published = _publication(ref)
    cited = cited_date(ref.accessed)
    if cited:
        published = f"{published} [cited {cited}]".strip()
    return [author_block(ref), _sentence(title), _sentence(published), _available(ref)]
