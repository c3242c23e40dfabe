"""APA 7 author-date citations: "(Kim et al., 2016; Lee, 2019a, 2019b)", built from the model.

Why not citeproc-py's ``CitationStylesBibliography.cite``: with the shipped apa.csl,
citeproc-py 0.11.1 sorts the works in a parenthesis correctly, but adds no year
suffixes ("Lee, 2019; Lee, 2019" for two works), does not disambiguate two
different author lists that shorten to the same "Kim et al., 2016" and does not
collapse one author's works ("Lee, 2019a, 2019b"). It would also cost another
citeproc pass (~10 ms a reference) on every preview refresh. The labels below
follow the Publication Manual (7th ed.): 8.17 (one, two, three or more authors;
group authors), 8.18 (et al. lists that would look alike), 8.12 (several works
in one parenthesis, in reference-list order; one author's works joined),
8.14 and 9.48 (no author: a short title), 9.17 (no date: "n.d."), 9.47
(same authors, same year: "2019a", "2019b" in list order, also in the list).

Everything here takes the references in the order of the APA reference list
(``render_bibliography(..., "apa")``), so suffix letters match the list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from editor.domain.references import Reference, ReferenceKind

ND = "n.d."
# Works whose title APA sets in italics (a book, a report); the others are quoted.
_STANDALONE = {ReferenceKind.BOOK, ReferenceKind.REPORT, ReferenceKind.THESIS}
_SMALL_WORDS = frozenset("a an and as at but by for in nor of on or the to vs with".split())


@dataclass(frozen=True)
class CiteLabel:
    """One work's part of an in-text citation: ``names`` + ``sep`` + ``year``."""

    names: str  # "Kim et al.", "Smith & Jones", "KDIGO", '"Rituximab for Nephrotic Syndrome,"'
    year: str  # "2016", "2019a", "n.d.", "n.d.-b"
    sep: str = ", "  # a quoted title carries its own comma: '"Title," 2020'
    author: tuple = ()  # ``author_key``: only the same people's works share one set of names

    @property
    def text(self) -> str:
        return f"{self.names}{self.sep}{self.year}"


def creators(ref: Reference) -> list[str]:
    """Surnames and group name in the order the APA list prints them (persons, then the group)."""
    people = ref.authors or ([] if ref.group_author else ref.editors)
    names = [p.family or p.given or p.initials or "" for p in people]
    names = [n for n in names if n]
    if ref.group_author:
        names.append(ref.group_author)
    return names


def author_key(ref: Reference) -> tuple:
    """Who the work is by, as the reference list tells works apart (same people, same order)."""
    people = ref.authors or ([] if ref.group_author else ref.editors)
    key = tuple(((p.family or "").casefold(), (p.initials or p.given or "").casefold()) for p in people)
    if ref.group_author:
        key += ((ref.group_author.casefold(), ""),)
    if not key:
        return ("title", (ref.title or "").casefold())
    return key + (("et al",) if ref.et_al else ())


def year_suffixes(refs_in_list_order: Iterable[Reference]) -> dict[int, str]:
    """APA 9.47: works with the same authors and year get a, b, c... in list order.

    Keyed by position in the list; works without a suffix are left out.
    """
    groups: dict[tuple, list[int]] = {}
    for position, ref in enumerate(refs_in_list_order):
        groups.setdefault((author_key(ref), ref.year), []).append(position)
    out: dict[int, str] = {}
    for positions in groups.values():
        if len(positions) > 1:
            for i, position in enumerate(positions):
                out[position] = _letters(i)
    return out


def dated(year: int | None, suffix: str) -> str:
    """The year as printed: "2019", "2019a", "n.d.", "n.d.-a"."""
    if year is None:
        return f"{ND}-{suffix}" if suffix else ND
    return f"{year}{suffix}"


def cite_labels(refs_in_list_order: list[Reference]) -> list[CiteLabel]:
    """The in-text label of every reference, in the same order."""
    suffixes = year_suffixes(refs_in_list_order)
    keys = [author_key(ref) for ref in refs_in_list_order]
    names = [_short_names(ref) for ref in refs_in_list_order]
    # APA 8.18: two different author lists that shorten alike ("Kim et al., 2016") name
    # as many authors as it takes to tell them apart, then "et al.".
    alike: dict[tuple[str, int | None], list[int]] = {}
    for i, ref in enumerate(refs_in_list_order):
        alike.setdefault((names[i], ref.year), []).append(i)
    for positions in alike.values():
        if len({keys[i] for i in positions}) < 2:
            continue  # one author list (or none alike): nothing to tell apart
        for i in positions:
            others = [refs_in_list_order[j] for j in positions if keys[j] != keys[i]]
            if names[i].endswith(" et al."):
                names[i] = _more_names(refs_in_list_order[i], others)
    labels = []
    for i, ref in enumerate(refs_in_list_order):
        year = dated(ref.year, suffixes.get(i, ""))
        # APA 6.10: parentheses inside the citation's parentheses become brackets ("(KDIGO)" -> "[KDIGO]").
        names[i] = names[i].replace("(", "[").replace(")", "]")
        if names[i].startswith('"'):
            labels.append(CiteLabel(names[i][:-1] + ',"', year, " ", keys[i]))
        else:
            labels.append(CiteLabel(names[i], year, ", ", keys[i]))
    return labels


def citation_pieces(ref_ids: Iterable[str], labels: dict[str, CiteLabel],
                    list_position: dict[str, int]) -> list[tuple[str, str | None]]:
    """One parenthesis as (text, cited reference id or None) pieces, brackets included.

    Works are ordered as in the reference list; one author's works share the names
    ("Lee, 2019a, 2019b"; two different lists that both read "Cattran et al." are not
    joined); a work cited twice is shown once; unknown ids show as "?".
    """
    unique = list(dict.fromkeys(ref_ids))
    known = sorted((i for i in unique if i in labels), key=lambda i: list_position[i])
    groups: dict[tuple, list[str]] = {}
    for ref_id in known:
        groups.setdefault((labels[ref_id].names, labels[ref_id].author), []).append(ref_id)
    pieces: list[tuple[str, str | None]] = [("(", None)]
    for g, ids in enumerate(groups.values()):
        if g:
            pieces.append(("; ", None))
        pieces.append((labels[ids[0]].text, ids[0]))
        for ref_id in ids[1:]:
            pieces += [(", ", None), (labels[ref_id].year, ref_id)]
    if len(known) < len(unique):
        pieces.append(("; ?" if known else "?", None))
    pieces.append((")", None))
    return pieces


def _short_names(ref: Reference) -> str:
    names = creators(ref)
    if not names:
        return _short_title(ref)
    if len(names) == 1 and not ref.et_al:
        return names[0]
    if len(names) == 2 and not ref.et_al:
        return f"{names[0]} & {names[1]}"
    return f"{names[0]} et al."


def _more_names(ref: Reference, others: list[Reference]) -> str:
    names = creators(ref)
    shared = max(_common_prefix(names, creators(other)) for other in others)
    count = min(shared + 1, len(names))
    if count <= 1:
        return f"{names[0]} et al."
    # "et al." is plural: when it would stand for one name only, every name is written.
    if count >= len(names) - 1 and not ref.et_al:
        return ", ".join(names[:-1]) + (", & " if len(names) > 2 else " & ") + names[-1]
    return ", ".join(names[:count]) + ", et al."


def _common_prefix(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x.casefold() != y.casefold():
            break
        n += 1
    return n


def _short_title(ref: Reference) -> str:
    """APA 8.14: no author, the first few words of the title in title case; quoted unless a book/report."""
    title = (ref.title or ref.container or "Untitled").split(":")[0].strip().rstrip(".")
    words = title.split()
    if len(words) > 5:
        words = words[:5]
        while len(words) > 1 and words[-1].lower() in _SMALL_WORDS:
            words.pop()
    cased = " ".join(
        w if (i and w.lower() in _SMALL_WORDS) or any(c.isupper() for c in w[1:]) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )
    return cased if ref.kind in _STANDALONE else f'"{cased}"'


def _letters(index: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa (APA runs out of letters only in theory)."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("a") + rest) + out
    return out
