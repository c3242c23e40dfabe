"""Values computed from a report, never stored twice: cumulative doses, citation numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Iterator

from . import units
from .quantity import Quantity
from .report import CaseReport
from .treatment import TreatmentCourse

CITATION = re.compile(r"\[(@[^\[\]]+)\]")
CITATION_KEY = re.compile(r"@([A-Za-z0-9_][\w:.\-]*)")

# Narrative fields in reading order, as JSON Pointers relative to the report.
NARRATIVE_FIELDS: tuple[str, ...] = (
    "/abstract/background",
    "/abstract/case_presentation",
    "/abstract/conclusion",
    "/introduction",
    "/patient/presenting_symptoms",
    "/patient/medical_history",
    "/patient/family_history",
    "/patient/psychosocial_history",
    "/patient/comorbidities",
    "/clinical_findings",
    "/discussion",
    "/patient_perspective",
    "/consent/statement",
)


@dataclass(frozen=True)
class Citation:
    """One ``[@a; @b]`` marker: where it stands and the ids it cites."""

    path: str  # JSON Pointer of the text field
    start: int  # character range of the whole marker in that field
    end: int
    ref_ids: tuple[str, ...]


def resolve_text(report: CaseReport, pointer: str) -> str | None:
    obj: object = report
    for part in pointer.strip("/").split("/"):
        obj = obj[int(part)] if isinstance(obj, list) else getattr(obj, part, None)
        if obj is None:
            return None
    return obj if isinstance(obj, str) else None


def narrative_texts(report: CaseReport) -> Iterator[tuple[str, str]]:
    """(pointer, text) for each non-empty narrative field, in reading order.

    Timeline event descriptions, course responses and notes follow the fixed fields.
    """
    for pointer in NARRATIVE_FIELDS:
        text = resolve_text(report, pointer)
        if text:
            yield pointer, text
    for i, course in enumerate(report.treatment_courses):
        for name in ("response", "note"):
            text = getattr(course, name)
            if text:
                yield f"/treatment_courses/{i}/{name}", text
    for i, outcome in enumerate(report.outcomes):
        if outcome.description:
            yield f"/outcomes/{i}/description", outcome.description
    for i, event in enumerate(report.timeline):
        if event.description:
            yield f"/timeline/{i}/description", event.description


def citations_in(text: str, path: str = "") -> Iterator[Citation]:
    for match in CITATION.finditer(text):
        ids = tuple(CITATION_KEY.findall(match.group(1)))
        if ids:
            yield Citation(path, match.start(), match.end(), ids)


def citations(report: CaseReport) -> Iterator[Citation]:
    for path, text in narrative_texts(report):
        if "[@" in text:
            yield from citations_in(text, path)


def reference_numbers(report: CaseReport) -> dict[str, int]:
    """Vancouver numbers: references in order of first citation.

    Uncited references are not numbered here (see ``reference_order``).
    """
    numbers: dict[str, int] = {}
    known = {ref.id for ref in report.references}
    for citation in citations(report):
        for ref_id in citation.ref_ids:
            if ref_id in known and ref_id not in numbers:
                numbers[ref_id] = len(numbers) + 1
    return numbers


def reference_order(report: CaseReport) -> list[tuple[int | None, object]]:
    """All references as (number or None, reference): cited ones in number order, then uncited."""
    numbers = reference_numbers(report)
    cited = sorted((r for r in report.references if r.id in numbers), key=lambda r: numbers[r.id])
    uncited = [r for r in report.references if r.id not in numbers]
    return [(numbers[r.id], r) for r in cited] + [(None, r) for r in uncited]


def reference_name(ref, number: int | None, capital: bool = True) -> str:
    """How every screen names a reference to the person: by its number of first citation, which the
    References panel, the preview and the exports show, "Reference 7 (Maschio G 1996)"; one no text
    cites has no number in the panel ("—"): "Uncited reference (Ochi A 2012)". Never by its position
    in the stored list (``number`` from ``reference_numbers``)."""
    who = ref.first_author() or _clipped(ref.title or "") or ref.id or "no author or title"
    described = f"{who} {ref.year}" if ref.year else who
    name = f"Reference {number} ({described})" if number else f"Uncited reference ({described})"
    return name if capital else name[0].lower() + name[1:]


def _clipped(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cumulative_dose(course: TreatmentCourse) -> Quantity | None:
    """Dose × number of doses, in the dose's unit scaled to read well; None when unknowable."""
    dose = course.dose
    if dose is None or dose.value is None or not course.number_of_doses or not dose.unit:
        return None
    unit = units.canonical(dose.unit)
    total = units.exact(dose.value) * course.number_of_doses
    if units.is_known(unit):
        total, unit = units.best_unit(total, unit)
    return Quantity(value=_number(total), unit=unit)


def same_amount(a: Quantity, b: Quantity) -> bool | None:
    """Whether two quantities are equal across units; None when they cannot be compared."""
    if a.value is None or b.value is None or not units.convertible(a.unit, b.unit):
        return None
    return units.convert(a.value, a.unit, b.unit) == units.exact(b.value)


def _number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def compress_numbers(numbers: list[int]) -> str:
    """Vancouver citation numbers: [1, 2, 3, 5] -> "1-3,5" (runs of three or more become ranges)."""
    ordered = sorted(set(numbers))
    parts: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{ordered[i]}-{ordered[j]}")
        else:
            parts.extend(str(n) for n in ordered[i : j + 1])
        i = j + 1
    return ",".join(parts)


def replace_citations(text: str, numbers: dict[str, int], render=lambda s: f"[{s}]") -> str:
    """Replace ``[@a; @b]`` markers by their numbers (``[1,2]``); unknown ids show as ``?``."""

    def substitute(match: re.Match) -> str:
        ids = CITATION_KEY.findall(match.group(1))
        if not ids:
            return match.group(0)
        known = [numbers[i] for i in ids if i in numbers]
        label = compress_numbers(known) if known else ""
        if len(known) < len(ids):
            label = f"{label},?" if label else "?"
        return render(label)

    return CITATION.sub(substitute, text)
