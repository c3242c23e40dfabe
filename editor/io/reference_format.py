"""Reference text for exports, from ``editor.references.styles`` (imported lazily).

Numeric styles (Vancouver, AMA) number references in order of first citation and
print the list in that order. APA is author-date: its list is alphabetical and
unnumbered, and the text cites "(Kim et al., 2016)" (``editor.references.author_date``).
The entries are asked for through a stand-in report that cites each reference
once, in export order, under a safe key: the entry numbered N is then the export's
reference N, whatever order the style prints them in.
"""

from __future__ import annotations

from editor.domain.references import Reference
from editor.domain.report import CaseReport


def is_author_date(style: str) -> bool:
    """True for a style that cites by author and year (APA), False for numbered ones."""
    from editor.references.styles import get_style

    return not get_style(style).numeric


def styled_list(references: list[Reference], style: str = "vancouver") -> list[tuple[int, str]]:
    """(index into ``references``, plain-text entry), in the order the style prints its list."""
    from editor.references.styles import render_bibliography

    keys = [f"x{i}" for i in range(1, len(references) + 1)]
    stand_in = CaseReport(
        references=[ref.model_copy(update={"id": key}) for key, ref in zip(keys, references)],
        introduction=" ".join(f"[@{key}]" for key in keys),
    )
    out = [(number - 1, text) for number, text in render_bibliography(stand_in, style) if number]
    listed = {index for index, _ in out}
    return out + [(i, ref.raw or "") for i, ref in enumerate(references) if i not in listed]


def formatted_references(references: list[Reference], style: str = "vancouver") -> list[str]:
    """Plain-text entries in ``style``, one per reference, in the order given."""
    by_index = dict(styled_list(references, style))
    return [by_index[i] for i in range(len(references))]
