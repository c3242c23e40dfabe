"""Reference text for exports, from the project's formatters in ``editor.references``.

Imported lazily so the exports load even while the references package is
incomplete. The fallback below is temporary, the one place it lives, and goes
once ``editor.references.styles`` lands.
"""

from __future__ import annotations

from editor.domain.references import Reference

STYLES = ("vancouver", "ama", "apa")


def format_references(references: list[Reference], style: str = "vancouver") -> list[str]:
    """One plain-text entry per reference, in the given order, in ``style``."""
    if style not in STYLES:
        raise ValueError(f"unknown reference style {style!r}; choose one of {', '.join(STYLES)}")
    try:
        from editor.references.styles import render_bibliography
    except ImportError:
        render_bibliography = None
    if render_bibliography is not None:
        return list(render_bibliography(references, style))
    return [_fallback_vancouver(ref) for ref in references]


def _fallback_vancouver(ref: Reference) -> str:
    """Minimal Vancouver until editor.references.styles exists (TEMPORARY)."""
    names = [a.vancouver() for a in ref.authors if a.vancouver()]
    if ref.group_author:
        names.append(ref.group_author)
    who = ", ".join(names) + (", et al" if ref.et_al else "")
    parts = [f"{who}." if who else "", f"{ref.title.rstrip('.')}." if ref.title else ""]
    where = f"{ref.container}. " if ref.container else ""
    date = str(ref.year) if ref.year else ""
    issue = f"({ref.issue})" if ref.issue else ""
    vol = f"{ref.volume or ''}{' ' + ref.supplement if ref.supplement else ''}{issue}"
    pages = ref.first_page or ref.article_number or ""
    if ref.first_page and ref.last_page:
        pages = f"{ref.first_page}-{ref.last_page}"
    cite = date + (f";{vol}" if vol else "") + (f":{pages}" if pages else "")
    parts.append(f"{where}{cite}." if (where or cite) else "")
    if ref.doi:
        parts.append(f"doi:{ref.doi}")
    text = " ".join(p for p in parts if p).strip()
    return text or (ref.raw or "")
