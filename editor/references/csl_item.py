"""``Reference`` -> CSL-JSON item (a plain dict), for citeproc rendering and CSL-JSON export.

Field names follow the CSL-JSON schema (csl-data.json). Choices that CSL-JSON
cannot express directly:

- a supplement goes into ``issue`` as ``Suppl 44`` (or ``8 Suppl 2`` with an issue),
  and also into ``note`` as ``Supplement: 44`` so an importer can get it back exactly;
- initials without a given name become ``given`` ``"D. C."`` so CSL processors
  see two initials, not the one name ``DC``;
- a group author is a ``{"literal": ...}`` name after the persons;
- a journal's article number goes into ``number`` (Zotero does the same); a
  report's number too.
"""

from __future__ import annotations

import re
from typing import Any

from editor.domain.references import PersonName, Reference, ReferenceKind

CSL_TYPES: dict[ReferenceKind, str] = {
    ReferenceKind.JOURNAL: "article-journal",
    ReferenceKind.BOOK: "book",
    ReferenceKind.CHAPTER: "chapter",
    ReferenceKind.WEB: "webpage",
    ReferenceKind.REPORT: "report",
    ReferenceKind.CONFERENCE: "paper-conference",
    ReferenceKind.THESIS: "thesis",
    ReferenceKind.OTHER: "document",
}

_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def csl_name(person: PersonName) -> dict[str, str]:
    name: dict[str, str] = {}
    if person.family:
        name["family"] = person.family
    given = person.given or spaced_initials(person.initials)
    if given:
        name["given"] = given
    return name


def spaced_initials(initials: str | None) -> str:
    """``"DC"`` or ``"D.C."`` -> ``"D. C."``; hyphenated ``"J-P"`` -> ``"J.-P."``."""
    letters = re.sub(r"[\s.]", "", initials or "")
    if not letters:
        return ""
    out = []
    for char in letters:
        if char == "-":
            out.append("-")
        elif out and out[-1] == "-":
            out.append(f"{char}.")
        else:
            out.append(f" {char}.")
    return "".join(out).strip()


def date_parts(year: int | None, month: int | None = None, day: int | None = None) -> dict[str, Any] | None:
    if not year:
        return None
    parts = [year]
    if month:
        parts.append(month)
        if day:
            parts.append(day)
    return {"date-parts": [parts]}


def accessed_date(text: str | None) -> dict[str, Any] | None:
    """``2020-01-03`` -> date-parts; other text as a literal date."""
    text = (text or "").strip()
    if not text:
        return None
    match = _ISO_DATE.match(text)
    if match:
        return date_parts(*(int(g) if g else None for g in match.groups()))
    return {"literal": text}


def page_range(ref: Reference) -> str:
    first, last = (ref.first_page or "").strip(), (ref.last_page or "").strip()
    if first and last and last != first:
        return f"{first}-{last}"
    return first or last


def csl_issue(ref: Reference, label: str = "Suppl") -> str:
    """The CSL ``issue``: ``8``, ``Suppl 44`` or ``8 Suppl 2`` (label as the style writes it)."""
    issue = (ref.issue or "").strip()
    supplement = (ref.supplement or "").strip()
    if supplement:
        label = supplement if re.match(r"(?i)supp?l", supplement) else f"{label} {supplement}"
        return f"{issue} {label}".strip()
    return issue


def to_csl_item(ref: Reference, item_id: str | None = None) -> dict[str, Any]:
    """The CSL-JSON item for one reference; empty fields are left out."""
    kind = ReferenceKind(ref.kind)
    authors = [csl_name(p) for p in ref.authors if p.family or p.given or p.initials]
    if ref.group_author:
        authors.append({"literal": ref.group_author})
    item: dict[str, Any] = {
        "id": item_id or ref.id or "",
        "type": CSL_TYPES[kind],
        "author": authors,
        "editor": [csl_name(p) for p in ref.editors if p.family or p.given or p.initials],
        "title": ref.title,
        "container-title": ref.container,
        "container-title-short": ref.container if kind is ReferenceKind.JOURNAL else None,
        "volume": ref.volume,
        "issue": csl_issue(ref),
        "page": page_range(ref),
        "number": ref.article_number,
        "edition": ref.edition,
        "publisher": ref.publisher,
        "publisher-place": ref.place,
        "DOI": _DOI_PREFIX.sub("", ref.doi.strip()) if ref.doi else None,
        "PMID": ref.pmid,
        "PMCID": ref.pmcid,
        "URL": ref.url,
        "issued": date_parts(ref.year, ref.month, ref.day),
        "accessed": accessed_date(ref.accessed),
        "genre": "Doctoral dissertation" if kind is ReferenceKind.THESIS else None,
        "note": f"Supplement: {ref.supplement.strip()}" if ref.supplement and ref.supplement.strip() else None,
    }
    return {key: value for key, value in item.items() if value not in (None, "", [])}
