"""Citation markers as a reader sees them: "[1,2]" in numbered styles, "(Kim et al., 2016)" in APA.

``CitationNumbers`` is what every export passes around as ``numbers``: reference
id -> the export's number (anchors, JATS ids, the numbered list). For an
author-date style it also holds each reference's in-text label and its place in
the alphabetical list; ``citation_mark`` then writes author-date text instead of
numbers. A plain ``dict`` still works and means a numbered style.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from editor.domain.derived import compress_numbers
from editor.domain.references import Reference
from editor.references.author_date import CiteLabel, citation_pieces, cite_labels


@dataclass(frozen=True)
class CitationMark:
    """A citation: ``label`` is "1" or "2-4,7" (numbered) or "Kim et al., 2016" (author-date).

    ``pieces`` (author-date only) is the visible text cut into runs, each with the
    reference it names or None, so formats can link every work to its entry.
    """

    label: str
    ref_ids: tuple[str, ...]
    pieces: tuple[tuple[str, str | None], ...] = ()

    @property
    def text(self) -> str:
        """What the reader sees: "[1,2]" or "(Kim et al., 2016; Lee, 2019)"."""
        return "".join(text for text, _ in self.pieces) if self.pieces else f"[{self.label}]"


class CitationNumbers(dict):
    """Reference id -> export number; with ``labels``, citations are author-date."""

    def __init__(self, numbers: Mapping[str, int], labels: dict[str, CiteLabel] | None = None,
                 list_position: dict[str, int] | None = None):
        super().__init__(numbers)
        self.labels = labels
        self.list_position = list_position or {}


def author_date_numbers(numbers: Mapping[str, int], refs_in_list_order: list[Reference]) -> CitationNumbers:
    """``numbers`` plus every reference's APA label, from the references in list order."""
    labels = cite_labels(refs_in_list_order)
    return CitationNumbers(
        numbers,
        {ref.id: label for ref, label in zip(refs_in_list_order, labels)},
        {ref.id: i for i, ref in enumerate(refs_in_list_order)},
    )


def citation_mark(ids: tuple[str, ...], numbers: Mapping[str, int]) -> CitationMark:
    """The mark for one ``[@a; @b]``; ids the export does not know show as "?"."""
    cited = tuple(i for i in ids if i in numbers)
    labels = getattr(numbers, "labels", None)
    if labels is not None:
        pieces = tuple(citation_pieces(ids, labels, numbers.list_position))
        return CitationMark("".join(text for text, _ in pieces[1:-1]), tuple(dict.fromkeys(cited)), pieces)
    known = [numbers[i] for i in cited]
    label = compress_numbers(known) if known else ""
    if len(known) < len(ids):
        label = f"{label},?" if label else "?"
    return CitationMark(label, cited)
