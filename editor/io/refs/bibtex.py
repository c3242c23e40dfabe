"""BibTeX / BibLaTeX (JabRef, Zotero, Mendeley, Google Scholar), read and written with bibtexparser v2.

Reading uses bibtexparser's middlewares: ``@string`` macros resolved (also when joined with ``#``),
LaTeX accents decoded (``M{\\"u}ller`` -> ``Müller``), enclosing braces removed, month macros
(``aug``) turned into numbers; ``@article(`` … ``)`` entries are read like ``{`` … ``}``. A whole
name in braces (``{The Study Group}``) is a group author; ``and others`` sets ``et_al``, which is
also how it is written. Entries bibtexparser cannot parse are reported with their line.
"""

from __future__ import annotations

import logging
import re

import bibtexparser
from bibtexparser import middlewares as mw
from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names
from pylatexenc.latex2text import LatexNodes2Text

from editor.domain.references import Reference, ReferenceKind

from . import fields
from .result import ImportResult, RecordProblem

NAME = "BibTeX"
KINDS_OUT = {
    ReferenceKind.JOURNAL: "article", ReferenceKind.BOOK: "book", ReferenceKind.CHAPTER: "incollection",
    ReferenceKind.WEB: "online", ReferenceKind.REPORT: "techreport", ReferenceKind.CONFERENCE: "inproceedings",
    ReferenceKind.THESIS: "phdthesis", ReferenceKind.OTHER: "misc",
}
KINDS_IN = {value: kind for kind, value in KINDS_OUT.items()} | {
    "inbook": ReferenceKind.CHAPTER, "conference": ReferenceKind.CONFERENCE, "mastersthesis": ReferenceKind.THESIS,
    "thesis": ReferenceKind.THESIS, "report": ReferenceKind.REPORT, "electronic": ReferenceKind.WEB,
    "www": ReferenceKind.WEB, "webpage": ReferenceKind.WEB, "booklet": ReferenceKind.BOOK,
    "manual": ReferenceKind.REPORT, "proceedings": ReferenceKind.BOOK, "collection": ReferenceKind.BOOK,
    "mvbook": ReferenceKind.BOOK, "mvcollection": ReferenceKind.BOOK, "bookinbook": ReferenceKind.CHAPTER,
    "inreference": ReferenceKind.CHAPTER, "mvproceedings": ReferenceKind.BOOK, "periodical": ReferenceKind.JOURNAL,
}
_MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_PMCID = re.compile(r"\bPMC\d+\b")
_LATEX = LatexNodes2Text(keep_braced_groups=True, math_mode="verbatim")
_VERBATIM = ("url", "doi", "eprint", "pmid", "pmcid", "pmc")  # no LaTeX inside: "&" stays "&"
_CONCAT_PART = re.compile(r'\{.*\}|".*"|\d+', re.DOTALL)  # a quoted part or a number (or a known macro)
_OPEN, _CLOSE = "\ue000", "\ue001"  # escaped braces kept through LaTeX decoding
# What LaTeX would read as a command, written so that BibTeX, biber and pandoc print the character
_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}",
            "^": r"\textasciicircum{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_"}
# bibtexparser logs each broken entry; we report them as problems instead (no text on stderr).
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())
logging.getLogger("bibtexparser").propagate = False


# --- reading -----------------------------------------------------------------------------


def read(text: str) -> ImportResult:
    result = ImportResult(format=NAME)
    library = bibtexparser.parse_string(text, append_middleware=[mw.MonthIntMiddleware(True)])
    strings = {s.key.lower(): s.value for s in library.strings}
    blocks = sorted(list(library.entries) + list(library.failed_blocks), key=lambda b: b.start_line or 0)
    for number, block in enumerate(blocks, start=1):
        line = (block.start_line or 0) + 1  # bibtexparser counts lines from 0
        if block in library.failed_blocks:
            result.problems.append(RecordProblem(number, line, _failure(block)))
            continue
        ref = from_entry(block.entry_type.lower(), {k.lower(): f.value for k, f in block.fields_dict.items()},
                         strings)
        if fields.is_empty(ref):
            result.problems.append(RecordProblem(number, line, f"the entry '{block.key}' has no title, author or journal"))
        else:
            result.references.append(ref)
    return result


def _failure(block) -> str:
    if "Duplicate" in type(block).__name__:
        return "an entry with the same key comes earlier in the file"
    raw = getattr(block, "raw", "") or ""
    if raw.count("{") != raw.count("}") or raw.count("(") != raw.count(")"):
        return "the entry is not closed (a '}' or ')' is missing before the next entry)"
    return "not a readable BibTeX entry (check the quotes, commas and '=' signs)"


def _decode(value: str) -> str:
    """LaTeX to text (``{\\"u}`` -> ``ü``, ``\\&`` -> ``&``), braces kept for names to see groups."""
    value = value.replace("\\hyphen ", "-").replace("\\hyphen", "-")  # biblatex's breakable hyphen
    value = re.sub(r"\\textasciicircum(?:\{\})?", "^", value)  # pylatexenc would give a modifier letter
    return _LATEX.latex_to_text(value) if "\\" in value or "$" in value or "--" in value or "~" in value else value


def _joined(value: str, strings: dict[str, str]) -> str:
    """``nejm # " Suppl"`` joined from its parts; text with an escaped ``\\#`` or a ``#`` inside
    words (``{Case #1}`` once its braces are gone) is no concatenation and stays as it is."""
    parts = re.split(r"\s*(?<!\\)#\s*", value.strip())
    if len(parts) < 2 or not all(_CONCAT_PART.fullmatch(part) or part.lower() in strings for part in parts):
        return value
    return "".join(part[1:-1] if part[:1] in "{\"" else strings.get(part.lower(), part) for part in parts)


def _value(value, strings: dict[str, str], latex: bool = True) -> str:
    """A field's text: macros joined, LaTeX decoded, grouping braces removed (``\\{`` stays ``{``)."""
    if not isinstance(value, str):
        return str(value)
    value = _joined(value, strings)
    value = value.replace("\\{", _OPEN).replace("\\}", _CLOSE)
    if latex:
        value = _decode(value)
    return re.sub(r"[{}]", "", value).replace(_OPEN, "{").replace(_CLOSE, "}").strip()


def _names(ref: Reference, raw: str) -> None:
    for name in split_multiple_persons_names(raw or ""):
        name = name.strip()
        if name.lower() == "others":
            ref.et_al = True
        elif _one_brace_group(name):  # {Council on Cardiopulmonary, Critical Care and …} is a group
            fields.add_group(ref, name[1:-1].strip())
        elif name:
            ref.authors.append(_person(name))


def _one_brace_group(name: str) -> bool:
    """True when the whole name is one ``{…}`` group (its closing brace is the last character)."""
    if not (name.startswith("{") and name.endswith("}")):
        return False
    depth = 0
    for position, char in enumerate(name):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            return position == len(name) - 1
    return False


def _person(name: str):
    try:
        parts = parse_single_name_into_parts(name, strict=False)
    except (ValueError, mw.names.InvalidNameError):
        return fields.person(re.sub(r"[{}]", "", name), None)
    family = " ".join(parts.von + parts.last)
    return fields.person(re.sub(r"[{}]", "", family), re.sub(r"[{}]", "", " ".join(parts.first)))


def from_entry(entry_type: str, raw: dict, strings: dict[str, str]) -> Reference:
    kind = KINDS_IN.get(entry_type, ReferenceKind.OTHER)
    ref = Reference(kind=kind)
    _names(ref, _decode(raw.get("author", "") or ""))
    ref.editors = [_person(n) for n in split_multiple_persons_names(_decode(raw.get("editor", "") or ""))
                   if n.strip() and n.strip().lower() != "others"]
    get = {key: _value(value, strings, key not in _VERBATIM)
           for key, value in raw.items() if key not in ("author", "editor")}.get
    ref.title = get("title")
    if ref.title and get("subtitle"):  # BibLaTeX keeps the subtitle apart
        ref.title = f"{ref.title.rstrip(':. ')}: {get('subtitle')}"
    if kind is ReferenceKind.JOURNAL:
        ref.container = get("shortjournal") or get("journal-abbreviation") or get("journal") or get("journaltitle")
    else:
        ref.container = get("booktitle") or get("journal")
    if kind is ReferenceKind.BOOK and not ref.title:  # JabRef's @Collection/@Proceedings: only a booktitle
        ref.title, ref.container = ref.container, None
    ref.edition = get("edition")
    # An article's address is often the authors' (Scopus); BibLaTeX's location is the place
    ref.place = get("location") if kind is ReferenceKind.JOURNAL else get("address") or get("location")
    ref.publisher = get("publisher") or get("institution") or get("school") or get("organization")
    month = raw.get("month")
    fields.set_date(ref, get("date"))
    fields.set_date(ref, f"{get('year') or ''} {month if isinstance(month, int) else get('month') or ''}")
    ref.volume = get("volume")
    fields.set_issue(ref, get("number") or get("issue"))
    fields.set_pages(ref, get("pages"))
    ref.article_number = get("eid") or get("articleno")
    fields.lone_article_number(ref)
    ref.doi = fields.clean_doi(get("doi")) or fields.doi_inside(get("url"), get("note"))
    ref.pmid = get("pmid") or (get("eprint") if (get("eprinttype") or "").lower() == "pubmed" else None)
    pmcid = _PMCID.search(get("pmcid") or get("pmc") or "")
    ref.pmcid = pmcid.group(0) if pmcid else None
    ref.url, ref.accessed = get("url"), get("urldate")
    fields.read_note(ref, get("note"))
    return fields.tidy(ref)


# --- writing -----------------------------------------------------------------------------


def _escape(text: str) -> str:
    """Characters LaTeX reads as commands escaped; ``--`` kept as two hyphens, not a dash."""
    return "".join(_ESCAPES.get(char, char) for char in text).replace("--", "-{}-")


def _kept_case(title: str) -> str:
    """A title escaped, with each word that has a capital BibTeX styles and pandoc would lower-case
    (``in {African} {Americans}``, ``cyclosporin {A}``) in braces; our titles are already as printed."""
    words = re.split(r"(\s+)", title)
    for index, word in enumerate(words):
        capitals = word[1:] if index == 0 else word  # a title's first capital is never lowered
        words[index] = "{" + _escape(word) + "}" if any(c.isupper() for c in capitals) else _escape(word)
    return "".join(words)


def _name_field(ref: Reference, people: list, with_group: bool) -> str:
    names = [_escape(fields.person_text(p)) for p in people]
    if with_group and ref.group_author:
        names.append("{" + _escape(ref.group_author) + "}")
    if with_group and ref.et_al:
        names.append("others")
    return " and ".join(names)


def _key(ref: Reference, index: int, taken: set[str]) -> str:
    key = re.sub(r"[^A-Za-z0-9_:-]", "", ref.id or "") or f"ref{index}"
    while key in taken:
        key += "x"
    taken.add(key)
    return key


def to_fields(ref: Reference) -> list[tuple[str, str]]:
    kind = ReferenceKind(ref.kind)
    container_field = {ReferenceKind.JOURNAL: "journal", ReferenceKind.CHAPTER: "booktitle",
                       ReferenceKind.CONFERENCE: "booktitle"}.get(kind, "journal")
    publisher_field = {ReferenceKind.REPORT: "institution", ReferenceKind.THESIS: "school"}.get(kind, "publisher")
    date = None
    if ref.year and ref.month and ref.day:
        date = f"{ref.year:04d}-{ref.month:02d}-{ref.day:02d}"
    items = [
        ("author", _name_field(ref, ref.authors, True)), ("editor", _name_field(ref, ref.editors, False)),
        ("title", _kept_case(ref.title or "")),
        (container_field, _kept_case(ref.container or "") if container_field == "booktitle" else _escape(ref.container or "")),
        ("edition", ref.edition), ("location" if kind is ReferenceKind.JOURNAL else "address", ref.place), (publisher_field, _escape(ref.publisher or "")),
        ("year", str(ref.year) if ref.year else None), ("date", date),
        ("volume", ref.volume), ("number", fields.issue_text(ref)), ("pages", fields.pages_text(ref, "--")),
        ("eid", ref.article_number), ("doi", ref.doi), ("pmid", ref.pmid), ("pmcid", ref.pmcid),
        ("url", ref.url), ("urldate", ref.accessed),
    ]
    return [(name, value) for name, value in items if value]


def write(references: list[Reference]) -> str:
    taken: set[str] = set()
    blocks = []
    for index, ref in enumerate(references, start=1):
        lines = [f"@{KINDS_OUT[ReferenceKind(ref.kind)]}{{{_key(ref, index, taken)},"]
        lines += [f"  {name} = {{{value}}}," for name, value in to_fields(ref)]
        if ref.month and 1 <= ref.month <= 12:
            lines.append(f"  month = {_MONTH_MACROS[ref.month - 1]},")
        lines[-1] = lines[-1].rstrip(",")
        blocks.append("\n".join(lines) + "\n}\n")
    return "\n".join(blocks)
