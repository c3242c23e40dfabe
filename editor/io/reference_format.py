"""Reference text for exports, from ``editor.references.styles`` (imported lazily).

Exports number references in order of first citation in every style. APA sorts
its own list alphabetically, so the entries are asked for through a stand-in
report that cites each reference once, in export order, under a safe key: the
entry numbered N is then the export's reference N, whatever the style's order.
"""

from __future__ import annotations

from editor.domain.references import Reference
from editor.domain.report import CaseReport


def formatted_references(references: list[Reference], style: str = "vancouver") -> list[str]:
    """Plain-text entries in ``style``, one per reference, in the order given."""
    from editor.references.styles import render_bibliography

    keys = [f"x{i}" for i in range(1, len(references) + 1)]
    stand_in = CaseReport(
        references=[ref.model_copy(update={"id": key}) for key, ref in zip(keys, references)],
        introduction=" ".join(f"[@{key}]" for key in keys),
    )
    by_number = {number: text for number, text in render_bibliography(stand_in, style)}
    return [by_number.get(i, ref.raw or "") for i, ref in enumerate(references, start=1)]
