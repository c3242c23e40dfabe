"""Reference list in the style a journal asks for: Vancouver (ours), AMA 11th and APA 7th (CSL).

``render_bibliography(report, "ama")`` gives ``[(number or None, plain text), ...]``;
``render_bibliography_html`` the same with ``<i>`` for italics and every one of
our strings escaped. Vancouver uses ``vancouver.py``; AMA and APA go through
citeproc-py with the CSL files in ``resources/csl``. citeproc-py is imported only
when a CSL style is first used, so start-up does not pay for it.
"""

from __future__ import annotations

import html
import json
import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from editor.domain.derived import reference_order
from editor.domain.references import Reference
from editor.domain.report import CaseReport
from editor.resources import resource

from . import vancouver
from .author_date import ND, dated, year_suffixes
from .csl_item import csl_issue, to_csl_item

CSL_DIR = resource("csl")


class UnknownStyleError(ValueError):
    """A style name that is not in ``STYLES``."""


@dataclass(frozen=True)
class Style:
    key: str
    label: str
    numeric: bool  # False: author-date (APA), the list is alphabetical and numbers are not printed
    csl_file: str | None = None  # None: our own formatter
    supplement_label: str = "Suppl"
    et_al: str = "et al."


STYLES: dict[str, Style] = {
    "vancouver": Style("vancouver", "Vancouver (ICMJE/NLM)", numeric=True),
    # AMA 11th: "25(suppl 44)"; "et al" carries no period of its own.
    "ama": Style("ama", "AMA (11th edition)", True, "american-medical-association.csl", "suppl", "et al"),
    # APA 7th: "25(Suppl. 44)".
    "apa": Style("apa", "APA (7th edition)", False, "apa.csl", "Suppl.", "et al."),
}


def get_style(style: str) -> Style:
    try:
        return STYLES[style.lower()]
    except KeyError:
        choices = ", ".join(STYLES)
        raise UnknownStyleError(f"unknown reference style {style!r}; choose one of: {choices}") from None


def render_bibliography(report: CaseReport, style: str = "vancouver") -> list[tuple[int | None, str]]:
    """The reference list as plain text entries, in the style's order."""
    chosen = get_style(style)
    if chosen.csl_file is None:
        return vancouver.format_reference_list(report)
    return _render_csl(report, chosen, html_output=False)


def render_bibliography_html(report: CaseReport, style: str = "vancouver") -> list[tuple[int | None, str]]:
    """The same entries as HTML fragments: our text escaped, italics as ``<i>``."""
    chosen = get_style(style)
    if chosen.csl_file is None:
        return [(n, html.escape(text, quote=False)) for n, text in vancouver.format_reference_list(report)]
    return _render_csl(report, chosen, html_output=True)


# --- CSL through citeproc-py -------------------------------------------------


@lru_cache(maxsize=None)
def _load_style(csl_file: str):
    from citeproc import CitationStylesStyle  # lazy: only when AMA/APA is used

    path = CSL_DIR / csl_file
    if not path.exists():
        raise FileNotFoundError(f"the citation style file {csl_file} is missing from {CSL_DIR}; reinstall the editor")
    return CitationStylesStyle(str(path), validate=False)


def _render_csl(report: CaseReport, style: Style, html_output: bool) -> list[tuple[int | None, str]]:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    order = reference_order(report)
    if not order:
        return []
    escape = (lambda s: html.escape(s, quote=False)) if html_output else (lambda s: s)
    # citeproc lower-cases ids; our own positional keys avoid clashes such as "Ref-1"/"ref-1".
    keys = [f"r{i}" for i in range(len(order))]
    items = [_style_item(ref, key, style, escape) for key, (_, ref) in zip(keys, order)]
    # citeproc-py needs ~10 ms a reference for APA; the preview re-renders on every
    # keystroke, so an unchanged list (same items, same numbers) comes from the cache.
    cache_key = (style.key, html_output, json.dumps(items, sort_keys=True), tuple(n for n, _ in order))
    if cache_key in _CACHE:
        _CACHE.move_to_end(cache_key)
        return list(_CACHE[cache_key])
    source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(
        _load_style(style.csl_file), source, formatter.html if html_output else formatter.plain
    )
    for key in keys:
        bibliography.register(Citation([CitationItem(key)]))
    if not style.numeric:
        bibliography.sort()  # author-date: alphabetical, as the style's <sort> says
    by_key = dict(zip(keys, order))
    listed = [by_key[key] for key in bibliography.keys]
    # APA 9.47: same authors, same year -> "(2019a)", "(2019b)"; citeproc-py adds no year suffixes.
    suffixes = {} if style.numeric else year_suffixes(ref for _, ref in listed)
    entries = []
    for position, ((number, ref), entry) in enumerate(zip(listed, bibliography.bibliography())):
        text = _correct(str(entry), ref, style, escape)
        if position in suffixes:
            text = _suffixed(text, ref.year, suffixes[position])
        entries.append((number, text))
    _CACHE[cache_key] = entries
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return list(entries)


_CACHE: OrderedDict[tuple, list[tuple[int | None, str]]] = OrderedDict()
_CACHE_SIZE = 16


def _style_item(ref: Reference, key: str, style: Style, escape: Callable[[str], str]) -> dict[str, Any]:
    item = to_csl_item(ref, key)
    item.pop("note", None)
    # Correction: CSL has no supplement variable; write it the way the style's manual does.
    issue = csl_issue(ref, style.supplement_label)
    if issue:
        item["issue"] = issue
    # Correction: CSL has no "list was cut" flag; a literal last name keeps the "et al".
    if ref.et_al and ref.authors:
        persons = [a for a in item.get("author", []) if "literal" not in a]
        groups = [a for a in item.get("author", []) if "literal" in a]
        item["author"] = persons + [{"literal": style.et_al}] + groups
    # Correction: APA 7 (6.17) writes titles in sentence case, which capitalises a subtitle's
    # first word ("...glomerulonephritis: Reading between..."); a word like "iPhone" stays.
    if style.key == "apa" and item.get("title"):
        item["title"] = re.sub(r"(: )([a-z])(?=[a-z'\-]*\b)", lambda m: m.group(1) + m.group(2).upper(), item["title"])
    item = _escape_item(item, escape)
    # Correction: citeproc-py title-cases every container, mangling non-English names
    # ("Giornale Italiano Di Nefrologia"); protect those as written.
    for name in ("container-title", "container-title-short"):
        if name in item and _looks_non_english(ref.container or ""):
            item[name] = f'<span class="nocase">{item[name]}</span>'
    return item


def _escape_item(item: dict[str, Any], escape: Callable[[str], str]) -> dict[str, Any]:
    """citeproc-py's HTML output does not escape variable text, so we do it beforehand."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        if isinstance(value, str) and key not in ("id", "type"):
            out[key] = escape(value)
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            out[key] = [{k: escape(v) if isinstance(v, str) else v for k, v in n.items()} for n in value]
        else:
            out[key] = value
    return out


_NON_ENGLISH_WORDS = frozenset(
    "di della del dei de des du la le les der die das und y e do da dos em en para et och voor van het".split()
)


def _looks_non_english(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any(word in _NON_ENGLISH_WORDS for word in words[1:])


def _correct(text: str, ref: Reference, style: Style, escape: Callable[[str], str]) -> str:
    """Fix what citeproc-py gets wrong in its output; each fix names the manual's form."""
    # citeproc-py prints the citation number glued to the entry ("1.Kim JS"); we return numbers apart.
    text = re.sub(r"^\d+\.\s*", "", text)
    # A literal "et al." after the last person must not be joined with "&" (APA) or "and".
    text = re.sub(r",? (?:&amp;|&|and) (et al\.?)", r", \1", text)
    # AMA and NLM: persons, then a semicolon, then the group ("Kim JS, Han BG; Study Group").
    if ref.group_author and ref.authors and style.key == "ama":
        group = escape(ref.group_author)
        text = text.replace(f", {group}", f"; {group}", 1)
    # Without authors, CSL puts the title first; citeproc-py fails to suppress it later.
    if not ref.authors and not ref.group_author and not ref.editors and ref.title:
        text = _drop_second(text, escape(ref.title))
    # APA 7: editor labels are capitalised, "(Eds.)" and "(Ed.)".
    text = text.replace("(eds.)", "(Eds.)").replace("(ed.)", "(Ed.)")
    # AMA 11 (3.15): a web page's date reads "Published May 2, 2021."; the CSL gives the bare date.
    if style.key == "ama" and ref.kind == "web" and ref.year:
        date = _ama_date(ref)
        text = text.replace(f". {date}.", f". Published {date}.", 1)
    # APA thesis without a publication number: citeproc-py leaves an empty "(Publication)".
    text = text.replace(" (Publication)", "")
    return text


_MONTH_NAMES = ("January February March April May June July August September October November December").split()


def _ama_date(ref: Reference) -> str:
    if ref.month and 1 <= ref.month <= 12:
        month = _MONTH_NAMES[ref.month - 1]
        return f"{month} {ref.day}, {ref.year}" if ref.day else f"{month} {ref.year}"
    return str(ref.year)


def _suffixed(text: str, year: int | None, suffix: str) -> str:
    """The list entry's date with its letter: "(2019)" -> "(2019a)", "(n.d.)" -> "(n.d.-a)"."""
    printed = str(year) if year is not None else ND
    pattern = re.compile(r"\(" + re.escape(printed) + r"(?=[,)])")
    return pattern.sub(lambda _: "(" + dated(year, suffix), text, count=1)


def _drop_second(text: str, title: str) -> str:
    first = text.find(title)
    if first < 0:
        return text
    pattern = re.compile(r"(?:<i>)?" + re.escape(title) + r"(?:</i>)?\.? ?")
    second = pattern.search(text, first + len(title))
    if not second:
        return text
    return text[: second.start()] + text[second.end():]
