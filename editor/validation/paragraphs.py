"""What the text rules need from a narrative text, worked out once per paragraph and kept.

Long texts (the discussion of a large report runs to half a megabyte) are
split at line breaks; each paragraph's result is cached by its text, so an edit
in one paragraph re-reads that paragraph only. Nothing here leaves the machine.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from ..domain.derived import CITATION, CITATION_KEY

LONG = 2000  # texts longer than this are handled paragraph by paragraph
_LIMIT = 50_000  # cached paragraphs per kind before the cache starts afresh

T = TypeVar("T")
_split: dict[str, list[tuple[int, str]]] = {}


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) for each non-empty line of ``text``; the last few splits are kept."""
    found = _split.get(text)
    if found is None:
        if len(_split) > 16:
            _split.clear()
        found, offset = [], 0
        for paragraph in text.split("\n"):
            if paragraph:
                found.append((offset, paragraph))
            offset += len(paragraph) + 1
        _split[text] = found
    return found


def per_paragraph(cache: dict[str, T], compute: Callable[[str], T], text: str) -> list[tuple[int, T]]:
    """(offset, result) of ``compute`` for each paragraph, from ``cache`` where the paragraph was seen."""
    if len(cache) > _LIMIT:
        cache.clear()
    out = []
    for offset, paragraph in paragraphs(text):
        result = cache.get(paragraph)
        if result is None:
            result = cache[paragraph] = compute(paragraph)
        out.append((offset, result))
    return out


_EMPTY: frozenset[str] = frozenset()
_cited: dict[str, frozenset[str]] = {}
_cited_long: dict[str, frozenset[str]] = {}


def _cited_in(text: str) -> frozenset[str]:
    if "[@" not in text:
        return _EMPTY
    return frozenset(CITATION_KEY.findall(" ".join(CITATION.findall(text))))


def cited_ids(text: str) -> frozenset[str]:
    """The reference ids cited by ``[@id]`` markers in ``text``."""
    if len(text) <= LONG:
        found = _cited.get(text)
        if found is None:
            if len(_cited) > _LIMIT:
                _cited.clear()
            found = _cited[text] = _cited_in(text)
        return found
    found = _cited_long.get(text)
    if found is None:
        if len(_cited_long) > 16:
            _cited_long.clear()
        parts = [ids for _, ids in per_paragraph(_cited, _cited_in, text) if ids]
        found = _cited_long[text] = frozenset().union(*parts)
    return found
