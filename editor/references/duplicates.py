"""Likely duplicate references: same DOI, same PMID, or nearly the same first author, title and year.

References are bucketed by identifier and by (year, first author) so that 2,000
references cost a few thousand comparisons, not two million.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Iterable, Mapping

from editor.domain.derived import reference_name
from editor.domain.references import Reference

TITLE_SIMILARITY = 0.9

SAME_DOI = "same-doi"
SAME_PMID = "same-pmid"
SIMILAR_TITLE = "similar-author-title-year"

REASON_TEXT = {
    SAME_DOI: "same DOI",
    SAME_PMID: "same PubMed ID",
    SIMILAR_TITLE: "same first author and year, nearly the same title",
}
_STRENGTH = {SAME_DOI: 3, SAME_PMID: 2, SIMILAR_TITLE: 1}

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


@dataclass(frozen=True)
class DuplicatePair:
    """Two references (``a_id`` listed before ``b_id``) that are likely the same work."""

    a_id: str
    b_id: str
    reason: str  # SAME_DOI, SAME_PMID or SIMILAR_TITLE
    score: float  # 1.0 for identifiers; title similarity otherwise

    def describe(self) -> str:
        return REASON_TEXT.get(self.reason, self.reason)


def normal_doi(doi: str | None) -> str:
    """``https://doi.org/10.1/ABC.`` -> ``10.1/abc`` (DOIs are case-insensitive)."""
    text = _DOI_PREFIX.sub("", (doi or "").strip()).rstrip(".").lower()
    return text if text.startswith("10.") else ""


def normal_pmid(pmid: str | None) -> str:
    digits = re.sub(r"\D", "", pmid or "")
    return digits.lstrip("0")


def normal_text(text: str | None) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed: ``Noël-L.H`` -> ``noel l h``."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


def first_author_key(ref: Reference) -> str:
    if ref.authors:
        return normal_text(ref.authors[0].family)
    return normal_text(ref.group_author)


def title_similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < TITLE_SIMILARITY or matcher.quick_ratio() < TITLE_SIMILARITY:
        return 0.0
    return matcher.ratio()


def find_duplicates(references: Iterable[Reference]) -> list[DuplicatePair]:
    """Every likely duplicate pair, strongest reason only, in list order."""
    refs = [r for r in references if r.id]
    found: dict[tuple[int, int], DuplicatePair] = {}

    def add(i: int, j: int, reason: str, score: float) -> None:
        key = (min(i, j), max(i, j))
        current = found.get(key)
        if current is None or _STRENGTH[reason] > _STRENGTH[current.reason]:
            found[key] = DuplicatePair(refs[key[0]].id, refs[key[1]].id, reason, round(score, 3))

    for reason, normal in ((SAME_DOI, lambda r: normal_doi(r.doi)), (SAME_PMID, lambda r: normal_pmid(r.pmid))):
        buckets: dict[str, list[int]] = defaultdict(list)
        for index, ref in enumerate(refs):
            value = normal(ref)
            if value:
                buckets[value].append(index)
        for members in buckets.values():
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    add(i, j, reason, 1.0)

    by_author_year: dict[tuple[int | None, str], list[int]] = defaultdict(list)
    titles = [normal_text(r.title) for r in refs]
    for index, ref in enumerate(refs):
        if titles[index]:
            by_author_year[(ref.year, first_author_key(ref))].append(index)
    for members in by_author_year.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if _identifiers_differ(refs[i], refs[j]):
                    continue
                score = title_similarity(titles[i], titles[j])
                if score >= TITLE_SIMILARITY:
                    add(i, j, SIMILAR_TITLE, score)
    return [found[key] for key in sorted(found)]


def _identifiers_differ(a: Reference, b: Reference) -> bool:
    """Two different DOIs (or PMIDs) mean two works, however alike the titles (e.g. a reply)."""
    doi_a, doi_b = normal_doi(a.doi), normal_doi(b.doi)
    if doi_a and doi_b and doi_a != doi_b:
        return True
    pmid_a, pmid_b = normal_pmid(a.pmid), normal_pmid(b.pmid)
    return bool(pmid_a and pmid_b and pmid_a != pmid_b)


@dataclass(frozen=True)
class IncomingDuplicate:
    """An incoming reference (``index`` in the list being added) that likely repeats one already there.

    It repeats the report's reference at ``existing_index`` (``existing_name`` names it as the
    References panel does) or, when that is None, the incoming reference at ``earlier_index``
    (the first of a repeated group is kept).
    """

    index: int
    reason: str
    existing_index: int | None = None
    earlier_index: int | None = None
    existing_name: str = ""

    def describe(self) -> str:
        """``repeats reference 8 (Cattran DC 2003) in the report (same DOI)``; the file's references are
        counted as read (``repeats reference 1 of the file``)."""
        where = (f"{self.existing_name} in the report" if self.existing_index is not None
                 else f"reference {(self.earlier_index or 0) + 1} of the file")
        return f"repeats {where} ({REASON_TEXT.get(self.reason, self.reason)})"


def incoming_duplicates(incoming: list[Reference], existing: list[Reference],
                        numbers: Mapping[str, int]) -> list[IncomingDuplicate]:
    """Incoming references that likely repeat the report's (or an earlier incoming one), by ``find_duplicates``.

    A match with the report wins over one within the file, and a stronger reason over a weaker one.
    ``numbers`` are the report's citation numbers (``derived.reference_numbers``), to name its references.
    """
    # temporary ids: the file's own ids ("ref-1") may clash with the report's
    tagged = [r.model_copy(update={"id": f"existing {i}"}) for i, r in enumerate(existing)]
    tagged += [r.model_copy(update={"id": f"incoming {i}"}) for i, r in enumerate(incoming)]
    best: dict[int, IncomingDuplicate] = {}
    for pair in find_duplicates(tagged):
        (kind_a, a), (kind_b, b) = (_tag(pair.a_id), _tag(pair.b_id))
        if kind_b != "incoming":
            continue  # both already in the report (pairs list the earlier first)
        if kind_a == "existing":
            name = reference_name(existing[a], numbers.get(existing[a].id), capital=False)
            found = IncomingDuplicate(b, pair.reason, existing_index=a, existing_name=name)
        else:
            found = IncomingDuplicate(b, pair.reason, earlier_index=a)
        if _better(found, best.get(b)):
            best[b] = found
    return [best[i] for i in sorted(best)]


def _tag(temporary_id: str) -> tuple[str, int]:
    kind, number = temporary_id.split(" ")
    return kind, int(number)


def _better(new: IncomingDuplicate, old: IncomingDuplicate | None) -> bool:
    """A match with the report beats one within the file; then the stronger reason wins."""
    return old is None or _rank(new) > _rank(old)


def _rank(found: IncomingDuplicate) -> tuple[bool, int]:
    return found.existing_index is not None, _STRENGTH[found.reason]


def brief(ref: Reference, limit: int = 70) -> str:
    """A reference as a person recognises it in a list: ``Kim JS 2016. Secondary FSGS…``."""
    head = " ".join(p for p in (ref.first_author(), str(ref.year or "")) if p)
    title = ref.title or (f"PMID {ref.pmid}" if ref.pmid else f"DOI {ref.doi}" if ref.doi else "(no title)")
    title = title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
    return f"{head}. {title}" if head else title
