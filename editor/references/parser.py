"""Parse free-text references (Vancouver/NLM and its neighbours) into ``Reference`` objects.

    parse_reference("Ponticelli C. Recurrence of FSGS. Nephrol Dial Transplant. 2010;25(1):25-31.")

The work is done in steps, each in its own module: identifiers (DOI, PMID, URL, access date) are
cut out first; then the end of a journal reference (date, volume, issue, pages) is looked for;
what precedes it is authors, title and journal. References without that journal ending are read as
books, chapters, theses, reports, web pages or conference papers around ``Place: Publisher; Year``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor.domain.references import Reference, ReferenceKind

from .authors import AuthorList, group_named, parse_authors, parse_editors
from .books import (
    INTERNET,
    LONE_PUBLICATION,
    PUBLICATION,
    PUBLISHER_WORDS,
    THESIS_SIGN,
    sentences,
    strip_period,
)
from .documents import read_monograph
from .groups import dated_group, groups_around_title, leading_group, site_owner, unnamed_group
from .house_style import house_style
from .identifiers import extract_identifiers
from .locators import (
    JOURNAL_TAIL,
    NATURE_TAIL,
    PAGES_ONLY_TAIL,
    VOLUME_ONLY_TAIL,
    YEAR_LAST_TAIL,
    YEARLESS_TAIL,
    Locator,
    locator_from_match,
)
from .titles import journal_start, split_after_comma, split_run_on

# "12.", "[12]", "(12)", "12 Smith", "6 Brasil." and "16-Lindquist TJ" (a hyphen straight after the number),
# and a line number before the numbering ("1 32. Centers")
_NUMBERING = re.compile(
    r"^\s*(?:\d{1,4}\s+(?=\d{1,4}\s*[.)]\s))?(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\s*[.)](?!\d)|\d{1,3}-(?=[A-ZÀ-Þ][a-zà-ÿ]+\s)|\d{1,3}\s*[-–—:]\s+(?=[A-ZÀ-Þ])"
    r"|\d{1,3}\s+(?=(?:[A-ZÀ-Þ]|(?:de|da|do|dos|das|del|van|von|di|du|le|la)[\s-])[\w’\'\-]*[\s,.]))\s*"
)
_LEADING_JUNK = re.compile(r"^[\s.,;:•·*\-–]+")
_SPACES = re.compile(r"\s+")
_ABBREVIATION = re.compile(r"^[A-ZÀ-Þ][\w'’\-]{0,11}\.$")
# "BMC Health Serv." or "P. Roy. Soc. B: Biol." before "Res.": a journal abbreviation cut at its periods
_ABBREVIATED_JOURNAL = re.compile(r"^(?:[A-Z][\w'’\-]{0,9}\.?:?\s){1,3}[A-Z][a-z]{0,8}\.$")
_THESIS_HINT = re.compile(r"dissert|thes|tese|tesis|monograf|tcc")
_IN = re.compile(r"\b(?:In|Em|En)\s*:")
_ENDS_WITH_YEAR = re.compile(r"\d[,.;]\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:1[6-9]|20)\d{2}\s*\.*\s*$")
_EMPTY_DOI = re.compile(r"[\s.,;]+doi\s*[:.]?\s*$", re.IGNORECASE)  # "...49: 369–381 doi:": a DOI label left empty
_EDITOR_THEN_JOURNAL = re.compile(r"^([^.,]{2,60},\s*eds?\.)\s+(\S.*)$")  # "Zhang Y, ed. PLOS ONE" kept together
_LEARNED_PUBLISHER = re.compile(r"\b(?:Library|Society|Association|Sciences?)\b")  # "Public Library of Science"
_YEAR_LEAD = re.compile(r"((?:1[6-9]|20)\d{2})[a-z]?\s+(?=[A-Z])")
_ANY_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d{2}(?!\d)")
_STARTS_NEW = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}\s*[.)](?!\d))")


# look-alike punctuation some typesetting leaves in: Greek question mark, full-width marks
_LOOKALIKES = str.maketrans({"\u037e": ";", "\uff1b": ";", "\uff1a": ":", "\uff0c": ",", "\u2024": "."})




def _strip_numbering(text: str) -> str:
    if not text.isascii():
        text = text.translate(_LOOKALIKES)
    text = _SPACES.sub(" ", text).strip()
    if text[:1].isalpha():  # no numbering and no leading junk: the usual case
        return text
    return _LEADING_JUNK.sub("", _NUMBERING.sub("", text, count=1))


def _journal_and_title(body: str) -> tuple[str | None, list[str]]:
    """Split 'Title. Journal' into the journal (as printed) and the title sentences."""
    parts = sentences(body)
    if not parts:
        return None, []
    journal = parts.pop()
    # "Rev. Esp. Cardiol." arrives as several one-word sentences: join them again.
    while len(parts) > 1 and (_ABBREVIATION.match(parts[-1]) or _ABBREVIATED_JOURNAL.match(parts[-1])):
        if group_named(parts[-1]):
            break  # "Title. ABC Study Group. Lancet.": a study group after the title, not part of the journal
        journal = parts.pop() + " " + journal
    if not parts and (split := split_run_on(journal)):
        return split[1], [split[0]]  # one sentence: the title's period was left out
    if len(parts) == 1 and "," in parts[0] and (start := journal_start(parts[0], journal)):
        return start[1] + " " + journal, [start[0]]  # Elsevier: "Title, Clin. J. Am. Soc. Nephrol."
    if parts and ", " in journal and (split := split_after_comma(journal)):
        return split[1], parts + [split[0]]  # Elsevier: "Title. Part I: Subtitle, J Orofac Orthop"
    return journal, parts


_PREPRINT_MARK = re.compile(r"\s*\[Preprint\]", re.IGNORECASE)  # NLM: "medRxiv [Preprint]. 2020 ..."


def _no_internet(text: str) -> str:
    return _PREPRINT_MARK.sub("", INTERNET.sub("", text)) if "[" in text else text


def _read_journal(ref: Reference, body: str, doubts: set[str]) -> None:
    journal, title_parts = _journal_and_title(body)
    groups_around_title(ref, title_parts)
    if len(title_parts) > 1 and "editor" in title_parts[-1]:
        # PLOS prints the academic editor: "Title. Zhang Y, editor. PLOS ONE 13:e0199225."
        found = parse_editors(title_parts[-1].rstrip("."))
        if found:
            ref.editors = found[0]
            title_parts.pop()
    if journal and ", ed" in journal and (m := _EDITOR_THEN_JOURNAL.match(journal)) and (found := parse_editors(m.group(1))):
        ref.editors, journal = found[0], m.group(2)  # AMA: "Title. Zhang Y, ed. PLOS ONE. 2018;13:e0199225."
    unnamed_group(ref, title_parts)
    ref.container = strip_period(_no_internet(journal)) if journal else None
    ref.title = strip_period(_no_internet(" ".join(title_parts))) if title_parts else None
    if not ref.title:
        doubts.add("title")
    if not ref.container:
        doubts.add("container")


_INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "W.B." of "W.B. Saunders", cut off as a sentence


def _without_publisher(head: str) -> tuple[str, str | None]:
    """'Title. Int J Epidemiol [Internet]. Oxford Academic; 2017 Dec 1;46:1985-98.' (Zotero's Vancouver):
    the journal's publisher between the journal and the date, closed by a semicolon, is cut off and returned."""
    head = head.rstrip()
    if not head.endswith(";"):
        return head.rstrip(" .,;"), None
    parts = sentences(head.rstrip(" ;"))
    # keep a title and a journal; the publisher has no numbers (a date or volume would end with ';' too)
    if len(parts) < 3 or re.search(r"\d", parts[-1]):
        return head.rstrip(" .,;"), None
    publisher = parts.pop()
    if len(parts) >= 3 and _INITIALS_ONLY.match(parts[-1]):
        publisher = parts.pop() + " " + publisher  # "W.B. Saunders"
    return " ".join(parts).rstrip(" .,;"), publisher.rstrip(" .,;")


def _apply_locator(ref: Reference, loc: Locator) -> None:
    for name in ("year", "month", "day", "volume", "issue", "supplement", "first_page", "last_page",
                 "article_number"):
        value = getattr(loc, name)
        if value is not None:
            setattr(ref, name, value)


_PREPRINT = re.compile(
    r"(?:^|(?<=\.\s))(?P<server>bioRxiv|medRxiv|arXiv|ChemRxiv|Research Square|SSRN|Preprints|PsyArXiv|SocArXiv|Authorea)"
    r"(?:\s*\[Preprint\])?\s*[.,]?\s*(?P<id>\d{4}\.\d{2}\.\d{2}\.\d{5,}(?:v\d+)?|\d{5,}(?:v\d+)?)?\s*[.,]?\s*$", re.IGNORECASE,
)  # "bioRxiv 312470": the server's own number is the article's


def _early_view(body: str, has_doi: bool) -> bool:
    """Title and journal with neither volume nor pages (the year was given with the names)."""
    parts = sentences(body)
    if len(parts) < 2 or _IN.search(body) or PUBLICATION.search(body) or LONE_PUBLICATION.search(body):
        return False
    journal = parts[-1].rstrip(". ")
    if PUBLISHER_WORDS.search(journal) or INTERNET.search(body) or re.search(r"\d", journal):
        return False
    return has_doi or (len(journal.split()) <= 6 and "," not in journal)


def _dated_only(tail: re.Match[str]) -> bool:
    """A tail with a date and nothing else: no volume, issue or pages."""
    return not (tail.group("volume") or tail.group("issue") or tail.groupdict().get("pages"))


def _reads_as_monograph(head: str, ref: Reference) -> bool:
    """'Place: Publisher; 2010.', 'Springer; 2008.', 'Title [Internet]. 2023.' or a title alone before the year."""
    head = head.rstrip()
    if head.endswith(";") or re.search(r":\s*[^;:.]{2,80};\s*$", head):
        return True  # a book's publication statement
    if INTERNET.search(head) or (ref.url and ref.accessed and not ref.doi):
        return True  # read on line: "10x Genomics. Title. 2022 [cited 30 Jul 2022]. Available: URL"
    # a journal article has a title and a journal: one sentence before the date is a title alone
    return len(sentences(head)) < 2 and not (ref.doi and ref.authors)


def parse_reference_with_confidence(text: str) -> tuple[Reference, set[str]]:
    """Parse one reference; also return the names of fields the parser is unsure about."""
    if not isinstance(text, str):
        raise TypeError(f"a reference must be text, not {type(text).__name__}")
    raw = text.strip()
    doubts: set[str] = set()
    ref = Reference(raw=raw)
    ids, core = extract_identifiers(_strip_numbering(raw))
    core = house_style(core)
    if "doi" in core[-6:].lower():
        core = _EMPTY_DOI.sub("", core)
    for name in ("doi", "pmid", "pmcid", "url", "accessed"):
        setattr(ref, name, getattr(ids, name))
    if not core.strip(". "):
        doubts.update({"title", "kind"})
        ref.kind = ReferenceKind.WEB if ref.url else ReferenceKind.OTHER
        return ref, doubts

    authors: AuthorList = parse_authors(core)
    ref.authors, ref.et_al, ref.group_author = authors.people, authors.et_al, authors.group
    body = core[authors.end:].strip()
    if not authors.people and not authors.group:
        group, year, body = dated_group(body)  # "World Health Organization (2020) Title. WHO, Geneva"
        ref.group_author, authors.year = group, authors.year or year
    if not authors.people and not ref.group_author:
        group, rest = leading_group(body)
        if not group and ids.url:
            group, rest = site_owner(body)
        if group:
            ref.group_author, body = group, rest

    tail = None
    if _ENDS_WITH_YEAR.search(body, max(0, len(body) - 12)):  # "Crisis 26: 1-3, 2005."
        tail = YEAR_LAST_TAIL.search(body, max(0, len(body) - 80))
    elif body.endswith((").", ")")):  # "Nature 67, 566–567 (1980)."
        tail = NATURE_TAIL.search(body, max(0, len(body) - 60))
    if tail is None:
        tail = JOURNAL_TAIL.search(body, max(0, len(body) - 120))  # the tail is short: look near the end
        if tail is not None and authors.year and int(tail.group("year")) != authors.year and not tail.group("month"):
            # "Lee A. 2010. Title. Biochim Biophys Acta. 1800, 223-34.": the year came with the names
            tail = YEARLESS_TAIL.search(body, max(0, len(body) - 60)) or tail
    if tail is None and authors.year:
        tail = (YEARLESS_TAIL.search(body) or VOLUME_ONLY_TAIL.search(body, max(0, len(body) - 12))
                or PAGES_ONLY_TAIL.search(body, max(0, len(body) - 20)))
    if tail is None and not authors.year and authors.people and (lead := _YEAR_LEAD.match(body)):
        # "Ropke A. 2018 Disorders of ... Medizinische Genetik 30:12–20.": the year after the names lost its period
        # (only when the journal ending has no year, so "2018 ESC Guidelines ... 2018;39:3021" keeps its title)
        if tail := YEARLESS_TAIL.search(body, lead.end()):
            authors.year, body = int(lead.group(1)), body[lead.end():]
            tail = YEARLESS_TAIL.search(body)
    if tail is None and not authors.year and not _ANY_YEAR.search(body):
        tail = YEARLESS_TAIL.search(body, max(0, len(body) - 40))  # "Front Immunol. 12:656362.": no year printed
    if tail is None and (preprint := _PREPRINT.search(body)):
        # "2020. Title. bioRxiv. doi:10.1101/...": a preprint server without volume or pages
        ref.kind, ref.container, ref.year = ReferenceKind.JOURNAL, preprint.group("server"), authors.year
        ref.article_number = preprint.group("id")
        _read_journal(ref, body[: preprint.start()].rstrip(" .") + ". " + preprint.group("server"), doubts)
        if not ref.year:
            doubts.add("year")
        return ref, doubts
    if tail is None and (authors.year or ids.epub) and _early_view(body, ids.doi is not None):
        # "Roch GJ, Sherwood NM. 2014. Title. Genome Biol Evol. doi:10.1093/gbe/evu118": no volume yet;
        # "Title. Kidney Int. In press." and "Title. Pediatr Nephrol. Epub 2010 Jul 15.": ahead of print
        ref.kind, ref.year = ReferenceKind.JOURNAL, authors.year or ids.epub_year
        _read_journal(ref, body.rstrip(" .,;"), doubts)
        doubts.add("volume")
        return ref, doubts
    head = body[: tail.start()] if tail is not None else ""
    is_journal = tail is not None and not (_THESIS_HINT.search(head.lower()) and THESIS_SIGN.search(head)) and not _IN.search(head)
    if is_journal and _dated_only(tail) and _reads_as_monograph(head, ref):
        is_journal = False
    if is_journal:
        ref.kind = ReferenceKind.JOURNAL
        _apply_locator(ref, locator_from_match(tail))
        if authors.year and not ref.year:
            ref.year = authors.year
        head = body[: tail.start()]
        # Zotero prints a publisher before the date ("2017 Dec 1"); "Title. J; 2003;54:1-9" keeps its journal
        # unless the name is a publisher's ("PLoS One. Public Library of Science; 2017;12.")
        if tail.groupdict().get("month"):
            head, ref.publisher = _without_publisher(head)
        elif head.rstrip().endswith(";") and (cut := _without_publisher(head))[1] and (
            PUBLISHER_WORDS.search(cut[1]) or _LEARNED_PUBLISHER.search(cut[1])
        ):
            head, ref.publisher = cut
        _read_journal(ref, head.rstrip(" .,;"), doubts)
        if ref.article_number and ref.article_number.isdigit() and len(ref.article_number) == 5:
            doubts.add("article_number")
    else:
        read_monograph(ref, body, core, doubts)
        if authors.year and not ref.year:
            ref.year = authors.year
    if not ref.authors and not ref.group_author:
        doubts.add("authors")
    if ids.epub and not ref.volume:
        doubts.discard("volume")
    return ref, doubts


def parse_reference(text: str) -> Reference:
    """Parse one free-text reference; ``raw`` keeps the text as given."""
    return parse_reference_with_confidence(text)[0]


def split_references(text_or_lines: str | Iterable[str]) -> list[str]:
    """One string per reference from a pasted list.

    Blank lines separate references. When some lines start with numbering ("1.", "[1]", "1)"),
    a line without numbering continues the reference above it (a wrapped line).
    """
    lines = text_or_lines.splitlines() if isinstance(text_or_lines, str) else list(text_or_lines)
    lines = [line.rstrip() for line in lines]
    numbered = sum(1 for line in lines if _STARTS_NEW.match(line))
    non_blank = sum(1 for line in lines if line.strip())
    refs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                refs.append(" ".join(current))
                current = []
            continue
        starts = _STARTS_NEW.match(line) is not None
        if current and (starts or numbered * 2 < non_blank):
            refs.append(" ".join(current))
            current = []
        current.append(line.strip())
    if current:
        refs.append(" ".join(current))
    return refs


def parse_references(text_or_lines: str | Iterable[str]) -> list[Reference]:
    """Parse a pasted list: a string with one reference per line (or numbered), or a list of lines."""
    return [parse_reference(item) for item in split_references(text_or_lines)]


__all__ = ["parse_reference", "parse_reference_with_confidence", "parse_references", "split_references"]
