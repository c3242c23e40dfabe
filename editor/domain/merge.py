"""Merging two references into one, as a single undoable step.

``merge_references(report, keep_id=..., drop_id=...)`` fills the kept reference's
empty fields from the dropped one, takes the longer author list, points every
citation marker at the kept reference and removes the dropped one. It returns a
``Batch``; ``batch.inverse().apply(report)`` gives back the exact previous document.
"""

from __future__ import annotations

from typing import Any

from .derived import CITATION, CITATION_KEY, narrative_texts
from .operations import Batch, Change, OperationError, remove_item, set_value
from .references import Reference
from .report import CaseReport

# Fields never copied from the dropped reference: identity, and what the kept one's text was.
_NOT_FILLED = {"id", "authors", "et_al", "kind", "raw"}


def merge_references(report: CaseReport, *, keep_id: str, drop_id: str, label: str = "Merge references") -> Batch:
    keep_index, keep = _locate(report, keep_id)
    drop_index, drop = _locate(report, drop_id)
    if keep_id == drop_id:
        raise OperationError("a reference cannot be merged with itself; choose two different references")
    changes: list[Change] = []
    base = f"/references/{keep_index}"
    for name, value in _filled_fields(keep, drop).items():
        changes.append(set_value(report, path=f"{base}/{name}", value=value, label=label))
    for pointer, text in list(narrative_texts(report)):
        new_text = retarget_citations(text, drop_id, keep_id)
        if new_text != text:
            changes.append(set_value(report, path=pointer, value=new_text, label=label))
    changes.append(remove_item(report, list_path="/references", index=drop_index, label=label))
    return Batch(changes, label)


def _locate(report: CaseReport, ref_id: str) -> tuple[int, Reference]:
    for index, ref in enumerate(report.references):
        if ref.id == ref_id:
            return index, ref
    raise OperationError(f"no reference with id {ref_id!r} in this report")


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _filled_fields(keep: Reference, drop: Reference) -> dict[str, Any]:
    """What the kept reference gains: its empty fields from the dropped one, and a longer author list."""
    updates: dict[str, Any] = {}
    for name in type(keep).model_fields:
        if name in _NOT_FILLED:
            continue
        ours, theirs = getattr(keep, name), getattr(drop, name)
        if _empty(ours) and not _empty(theirs):
            updates[name] = _copy(theirs)
    if len(drop.authors) > len(keep.authors):
        updates["authors"] = _copy(drop.authors)
        if drop.et_al != keep.et_al:
            updates["et_al"] = drop.et_al
    if _empty(keep.raw) and not _empty(drop.raw):
        updates["raw"] = drop.raw
    return updates


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return [v.model_copy(deep=True) if hasattr(v, "model_copy") else v for v in value]
    return value.model_copy(deep=True) if hasattr(value, "model_copy") else value


def retarget_citations(text: str, drop_id: str, keep_id: str) -> str:
    """``[@drop; @other]`` -> ``[@keep; @other]``; ``[@keep; @drop]`` -> ``[@keep]``.

    Only markers that cite ``drop_id`` change; locators after a key are kept.
    """

    def rewrite(match) -> str:
        inner = match.group(1)
        segments = inner.split(";")
        if not any(_key(s) == drop_id for s in segments):
            return match.group(0)
        seen: set[str] = set()
        kept: list[str] = []
        for segment in segments:
            key = _key(segment)
            if key == drop_id:
                segment = segment.replace(f"@{drop_id}", f"@{keep_id}", 1)
                key = keep_id
            if key is not None and key in seen:
                continue
            seen.add(key)
            kept.append(segment.strip())
        return "[" + "; ".join(kept) + "]"

    return CITATION.sub(rewrite, text)


def _key(segment: str) -> str | None:
    found = CITATION_KEY.search(segment)
    return found.group(1) if found else None
