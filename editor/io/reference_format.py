"""Reference text for exports, from the project's formatters in ``editor.references``.

Imported lazily so loading an export module does not load citeproc. Until
``editor.references.styles`` lands, only Vancouver is available (through
``editor.references.vancouver``); asking for AMA or APA then says so.
"""

from __future__ import annotations

from editor.domain.report import CaseReport

STYLES = ("vancouver", "ama", "apa")


def formatted_references(report: CaseReport, style: str = "vancouver") -> list[str]:
    """Plain-text entries in reference order: cited ones by number, then the uncited."""
    if style not in STYLES:
        raise ValueError(f"unknown reference style {style!r}; choose one of {', '.join(STYLES)}")
    try:
        from editor.references.styles import render_bibliography
    except ImportError:
        render_bibliography = None
    if render_bibliography is not None:
        return [text for _, text in render_bibliography(report, style)]
    if style != "vancouver":
        raise ValueError(f"the {style.upper()} reference style is not available in this version; use vancouver")
    from editor.references.vancouver import format_reference_list

    return [text for _, text in format_reference_list(report)]
