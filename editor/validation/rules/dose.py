"""Doses: arithmetic of cumulative doses, units that fit the dose basis, tenfold slips, missing units."""

from __future__ import annotations

import json
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from editor.resources import resource

from ...domain import units
from ...domain.derived import cumulative_dose, same_amount
from ...domain.numbers import format_number
from ...domain.quantity import Quantity
from ...domain.treatment import TreatmentCourse
from ..finding import Severity
from ..registry import flag, rule

DOSE_RANGES = resource("dose_ranges.json")
_SLIP = 10  # how far outside the usual range a dose must be to be flagged
_BASIS_WORDS = {"fixed": "a fixed dose", "per_kg": "a dose per kilogram", "per_m2": "a dose per square metre"}


@dataclass(frozen=True)
class DoseRange:
    drug: str
    route: str
    basis: str
    low: float
    high: float
    unit: str
    source: str


@lru_cache(maxsize=1)
def dose_table() -> dict[str, list[DoseRange]]:
    """Usual single-dose ranges by drug name and alias (lower case), from resources/dose_ranges.json."""
    data = json.loads(DOSE_RANGES.read_text(encoding="utf-8"))
    table: dict[str, list[DoseRange]] = {}
    for drug in data["drugs"]:
        ranges = [DoseRange(drug["name"], r["route"], r["basis"], r["low"], r["high"], r["unit"], drug["source"])
                  for r in drug["ranges"]]
        for name in (drug["name"], *drug["aliases"]):
            table[name.lower()] = ranges
    return table


@lru_cache(maxsize=1024)
def usual_ranges(agent: str | None) -> list[DoseRange]:
    if not agent:
        return []
    return dose_table().get(" ".join(agent.lower().replace(",", " ").split()), [])


@rule(id="dose.cumulative-mismatch", severity=Severity.WARNING,
      title="The reported cumulative dose differs from dose × number of doses", each="treatment_courses")
def cumulative_mismatch(course, path, report):
    """The cumulative dose as reported must equal the single dose times the number of doses, in any unit.

    Bad: 500 mg × 4 doses, reported cumulative dose 2.4 g.
    Good: 400 mg × 6 doses, reported cumulative dose 2.4 g (the same amount in grams).
    """
    reported, dose = course.cumulative_dose, course.dose
    if reported is None or reported.value is None or dose is None:
        return
    derived, same = _derived(dose.value, dose.unit, course.number_of_doses, reported.value, reported.unit)
    if derived is None:
        return
    product = f"{course.number_of_doses} doses of {course.dose.display()} make {derived.display()}"
    if same is None:
        if units.is_known(reported.unit) and units.is_known(derived.unit):
            yield flag(f"{path}/cumulative_dose/unit",
                       f"The cumulative dose of {course.agent or 'this course'} is given in {reported.unit}, "
                       f"which cannot be compared with the dose in {course.dose.unit}; {product}.",
                       "Give the cumulative dose in a unit of the same kind as the single dose.")
        return
    if not same:
        value, unit = _in_unit(derived, reported.unit)
        corrected = Quantity(value=value, unit=unit).display()
        yield flag(f"{path}/cumulative_dose/value",
                   f"The reported cumulative dose of {course.agent or 'this course'} is {reported.display()}, "
                   f"but {product}.",
                   f"Correct the cumulative dose to {corrected}, or check the single dose and the number of doses.",
                   fix=((f"{path}/cumulative_dose/value", value), (f"{path}/cumulative_dose/unit", unit)),
                   fix_label=f"Set the cumulative dose to {corrected}")


@lru_cache(maxsize=4096)
def _derived(value, unit, number_of_doses, reported_value, reported_unit) -> tuple[Quantity | None, bool | None]:
    """The derived cumulative dose and whether the reported one is the same amount (None: not comparable)."""
    derived = cumulative_dose(TreatmentCourse(dose=Quantity(value=value, unit=unit), number_of_doses=number_of_doses))
    if derived is None:
        return None, None
    return derived, same_amount(Quantity(value=reported_value, unit=reported_unit), derived)


def _in_unit(q: Quantity, unit: str) -> tuple[int | float, str]:
    """The quantity in ``unit`` when that gives a short exact number, otherwise as it is."""
    exact = units.convert(q.value, q.unit, unit)
    if exact.denominator == 1:
        return int(exact), unit
    as_float = float(exact)
    if Fraction(repr(as_float)) == exact and len(repr(as_float)) <= 8:
        return as_float, unit
    return q.value, q.unit


@rule(id="dose.basis-unit", severity=Severity.WARNING,
      title="The dose unit does not fit the dose basis (fixed, per kg, per m²)", each="treatment_courses")
def basis_unit(course, path, report):
    """A per-kg dose needs a per-kg unit, a per-m² dose a per-m² unit, and a fixed dose neither.

    Bad: dose basis "per kg" with dose 375 "mg".
    Good: dose basis "per m²" with dose 375 "mg/m²".
    """
    if course.dose is None or course.dose_basis is None:
        return
    unit = units.lookup(course.dose.unit)
    if unit is None:
        return
    basis = course.dose_basis.value
    if unit.dimension not in units.DOSE_BASIS_DIMENSIONS[basis]:
        actual = next((b for b, dims in units.DOSE_BASIS_DIMENSIONS.items() if unit.dimension in dims), None)
        told = _BASIS_WORDS.get(actual, f"a quantity in {unit.label}s")
        yield flag(f"{path}/dose/unit",
                   f"{course.agent or 'This course'} is recorded as {_BASIS_WORDS[basis]}, but the unit {unit.code} "
                   f"gives {told}.",
                   "Make the dose basis and the unit agree (for example mg/kg with 'per kg').")


@rule(id="dose.out-of-range", severity=Severity.WARNING,
      title="A single dose is ten times outside the usual range for the drug", each="treatment_courses")
def out_of_range(course, path, report):
    """Catches the mg/µg slip and misplaced decimal points against a table of usual doses.

    Bad: rituximab 500 g intravenous (a thousand times the usual 375 mg/m² or 1 g).
    Good: rituximab 500 mg intravenous.
    """
    dose = course.dose
    ranges = usual_ranges(course.agent) if dose is not None else []
    unit = units.lookup(dose.unit) if ranges else None
    if unit is None:
        return
    route = course.route.value if course.route else None
    for name in ("value", "low", "high"):
        number = getattr(dose, name)
        if number is None:
            continue
        r = _outside(course.agent, route, unit.code, number)
        if r is not None:
            usual = f"{format_number(r.low)}–{format_number(r.high)} {r.unit}" if r.low != r.high else f"{format_number(r.low)} {r.unit}"
            yield flag(f"{path}/dose/{name}",
                       f"A single dose of {format_number(number)} {dose.unit} of {course.agent} is more than ten times outside "
                       f"the usual {usual} ({r.route}; {r.source}).",
                       "Check the number and the unit: mg written for µg, or g for mg, is a common slip.")


@lru_cache(maxsize=4096)
def _outside(agent: str, route: str | None, unit_code: str, number) -> DoseRange | None:
    """The usual range a dose is ten times outside of (for every fitting range), or None."""
    unit = units.lookup(unit_code)
    basis = _basis_of(unit.dimension)  # what the unit says; a conflicting dose_basis is dose.basis-unit's finding
    fitting = [r for r in usual_ranges(agent) if r.basis == basis and (route is None or r.route == route)
               and units.convertible(r.unit, unit.code)]
    if not fitting:
        return None
    for r in fitting:
        amount = units.convert(number, unit.code, r.unit)
        if not (amount > _SLIP * units.exact(r.high) or amount * _SLIP < units.exact(r.low)):
            return None
    return fitting[0]


def _basis_of(dimension: str) -> str | None:
    return next((b for b, dims in units.DOSE_BASIS_DIMENSIONS.items() if dimension in dims), None)


@rule(id="dose.missing-unit", severity=Severity.ERROR, title="A dose has a number but no unit", each="treatment_courses")
def missing_unit(course, path, report):
    """A dose without a unit cannot be read safely.

    Bad: rituximab dose 500 with no unit.
    Good: rituximab dose 500 mg.
    """
    for name, label in (("dose", "dose"), ("cumulative_dose", "cumulative dose")):
        q = getattr(course, name)
        if q is not None and (q.value is not None or q.low is not None or q.high is not None) and not (q.unit or "").strip():
            yield flag(f"{path}/{name}/unit", f"The {label} of {course.agent or 'this course'} ({q.display()}) has no unit.",
                       "Choose the unit (mg, g, µg, mg/kg, mg/m², IU, ...).")


@rule(id="dose.not-given", severity=Severity.WARNING, title="A drug course gives no dose", each="treatment_courses")
def not_given(course, path, report):
    """CARE 9b asks for the dosage: a drug course needs its single dose, or at least the total given.

    Bad: oral cyclophosphamide with no dose and no cumulative dose.
    Good: oral cyclophosphamide 2 mg/kg once daily for 12 weeks; or a reported total of 2.4 g.
    """
    if course.kind != "drug":  # a str enum: equal to its value
        return
    given = any(q is not None and (q.value is not None or q.low is not None or q.high is not None)
                for q in (course.dose, course.cumulative_dose))
    if not given:
        yield flag(f"{path}/dose", f"The dose of {course.agent or 'this drug course'} is not given.",
                   "Enter the single dose with its unit (or the total given, as reported); if the source does not "
                   "state it, say so in the course's note.")
