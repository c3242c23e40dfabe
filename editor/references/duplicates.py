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
from typing import Iterable

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
