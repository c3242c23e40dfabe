"""Reading a reference that has no journal ending: books, chapters, theses, reports, web pages and
documents of organisations, conference papers (``books.parse_monograph`` reads the parts)."""

from __future__ import annotations

import re

from editor.domain.references import Reference, ReferenceKind

from .authors import NAME_GLUE, is_group_sentence, parse_editors, read_people
from .books import CONFERENCE, INTERNET, ON_LINE, REPORT, parse_monograph, sentences, strip_period

_NAME_GLUE = NAME_GLUE | {"&"}  # "Alive & Thrive"

_BRAND = re.compile(r"\d+[A-Za-z]")  # "10x", "3M"


def reads_as_name(sentence: str) -> bool:
    """'Arbeitsgemeinschaft fur Padiatrische Nephrologie', 'The World Bank': short, capitalised words, no colon."""
    words = sentence.split()
    if not 1 <= len(words) <= 8 or ":" in sentence or sentence.endswith("?"):
        return False
    capitals = sum(w.lstrip("(")[:1].isupper() or _BRAND.match(w) is not None for w in words)  # "(UNFPA)", "10x Genomics"
    return capitals + sum(w in _NAME_GLUE for w in words) == len(words) and capitals >= max(1, len(words) - 2)


def _names_an_author(sentence: str) -> bool:
    return ":" not in sentence and (reads_as_name(sentence) or (is_group_sentence(sentence) and len(sentence.split()) <= 16))


def _classify(ref: Reference, text: str, mono) -> ReferenceKind:
    """The kind from what was read: a thesis or meeting mark, "In:", a report's name, a link or
    "[Internet]" or an access date (read on line), a publication statement (a book)."""
    if mono.thesis:
        return ReferenceKind.THESIS
    if mono.conference:
        return ReferenceKind.CONFERENCE
    book_name = " ".join(filter(None, (ref.container, ref.title)))
    if mono.site and ref.url and not (ref.publisher or ref.first_page):
        return ReferenceKind.WEB  # "Title. In: CDC [Internet]. 2023 [cited ...]. Available: URL"
    if mono.chapter:
        return ReferenceKind.CONFERENCE if CONFERENCE.search(ref.container or "") else ReferenceKind.CHAPTER
    if CONFERENCE.search(ref.title or "") and re.search(r"\b(?:Proceedings|Congress|Conference|Congresso|Congreso|Symposium)\b", text, re.IGNORECASE):
        return ReferenceKind.CONFERENCE
    if REPORT.search(book_name) or re.search(r"\bReport No\b", text):
        return ReferenceKind.REPORT
    if ref.url and not mono.edition and not ref.publisher:
        return ReferenceKind.WEB
    if ref.url and (ON_LINE.search(text) or ref.accessed) and not mono.edition:
        return ReferenceKind.WEB  # "[Internet]" or a date of access: read on line
    if (ON_LINE.search(text) or ref.accessed) and not mono.edition and not ref.container:
        return ReferenceKind.WEB  # "Title [Internet]. 2021. doi:..." or "[cited ...]": read on line, link or not
    if "Published online" in ref.raw and not (ref.publisher or ref.container or mono.edition):
        return ReferenceKind.WEB  # AMA: "World Health Organization. Title. Published online 2021."
    if ref.publisher or mono.edition or (ref.place and ref.year):  # "Geneva; 2007.": a place alone
        return ReferenceKind.BOOK
    return ReferenceKind.OTHER


def _author_before_medium(ref: Reference, body: str) -> str:
    """'CONASEMS. Indicadores de imunização [Internet]. 2023.': "[Internet]" follows the title, so a
    sentence before the title's is the author, even without a group word ("The World Bank")."""
    if ref.authors or ref.group_author or "[" not in body:
        return body
    parts = sentences(body)
    marked = next((i for i, part in enumerate(parts) if INTERNET.search(part)), 0)
    if marked == 2 and not is_group_sentence(parts[1].rstrip(".")):
        marked = 1  # "United Nations Population Fund (UNFPA). Ageing in the 21st Century. A Celebration [Internet]."
    if not 1 <= marked <= 2 or not all(_names_an_author(part.rstrip(".")) for part in parts[:marked]):
        return body
    group = " ".join(parts[:marked])
    ref.group_author = group.rstrip(".").strip()
    return body[len(group):].strip()


def _book_editors(text: str):
    """'Mandell GL, Dolin R, editores' or, after "In:", the names alone: 'In: Collet N, Vieira CS. Manual...'."""
    found = parse_editors(text)
    if found is None:
        people, et_al, end = read_people(text)
        if len(people) >= 2 and not text[end:].strip(" ,."):  # one "name" alone may be a title: "In: Diffusion MRI."
            return people, et_al
    return found


# "...in prison health.Copenhagen: WHO; 2007.": a sentence end typed without its space
_GLUED_STOP = re.compile(r"(?<=[a-zà-ÿ]{3})\.(?=[A-ZÀ-Þ][a-zà-ÿ]{2})")


def read_monograph(ref: Reference, body: str, text: str, doubts: set[str]) -> None:
    """Fill ``ref`` from ``body`` (what follows the authors); ``text`` is the whole reference for the kind."""
    if "." in body:
        body = _GLUED_STOP.sub(". ", body)
    body = _author_before_medium(ref, body)
    mono = parse_monograph(body, _book_editors)
    if mono.chapter or mono.conference:
        ref.title, ref.container = mono.title, mono.container
    else:
        ref.title = mono.title
    if not ref.authors and not ref.group_author and mono.title:
        # "Smith A, editor. Book. Place: Pub; 2010." -> the names are editors
        found = parse_editors(sentences(body)[0].rstrip(".")) if sentences(body) else None
        if found and not mono.chapter:
            ref.editors = found[0]
            ref.title = strip_period(body[len(sentences(body)[0]):].split(". ")[0])
    if mono.editors:
        ref.editors = mono.editors
    ref.edition, ref.place, ref.publisher = mono.edition, mono.place, mono.publisher
    ref.year = ref.year or mono.year
    if ref.year == mono.year and mono.month:
        ref.month, ref.day = mono.month, mono.day
    ref.first_page, ref.last_page = mono.first_page, mono.last_page
    ref.kind = _classify(ref, text, mono)
    if ref.kind == ReferenceKind.OTHER:
        doubts.add("kind")
    if not ref.year:
        doubts.add("year")
    if not ref.title:
        doubts.add("title")
