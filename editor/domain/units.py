"""The clinical unit table: codes, dimensions and exact conversions.

``pint`` knows no IU or "units", so doses use this small table. Factors are
``Fraction``s relative to the dimension's base unit, so conversions are exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class Unit:
    code: str
    dimension: str
    factor: Fraction  # size of one of this unit in the dimension's base unit
    label: str
    aliases: tuple[str, ...] = field(default=())


_F = Fraction
UNITS: tuple[Unit, ...] = (
    # mass (base: microgram)
    Unit("ng", "mass", _F(1, 1000), "nanogram"),
    Unit("µg", "mass", _F(1), "microgram", ("mcg", "ug", "μg")),
    Unit("mg", "mass", _F(1000), "milligram"),
    Unit("g", "mass", _F(1_000_000), "gram", ("gm",)),
    Unit("kg", "mass", _F(1_000_000_000), "kilogram"),
    # volume (base: microlitre)
    Unit("µL", "volume", _F(1), "microlitre", ("uL", "mcL", "μL")),
    Unit("mL", "volume", _F(1000), "millilitre", ("ml", "cc")),
    Unit("dL", "volume", _F(100_000), "decilitre", ("dl",)),
    Unit("L", "volume", _F(1_000_000), "litre", ("l",)),
    # amount of substance (base: micromole)
    Unit("µmol", "amount", _F(1), "micromole", ("umol",)),
    Unit("mmol", "amount", _F(1000), "millimole"),
    Unit("mol", "amount", _F(1_000_000), "mole"),
    Unit("mEq", "equivalents", _F(1), "milliequivalent", ("meq",)),
    # activity
    Unit("IU", "international-units", _F(1), "international unit", ("iu",)),
    Unit("kIU", "international-units", _F(1000), "thousand international units"),
    Unit("MIU", "international-units", _F(1_000_000), "million international units", ("MU",)),
    Unit("units", "units", _F(1), "units", ("U", "unit", "u")),
    # dose per body weight (base: microgram per kg)
    Unit("µg/kg", "mass-per-kg", _F(1), "microgram per kilogram", ("mcg/kg", "ug/kg")),
    Unit("mg/kg", "mass-per-kg", _F(1000), "milligram per kilogram"),
    Unit("g/kg", "mass-per-kg", _F(1_000_000), "gram per kilogram"),
    Unit("IU/kg", "iu-per-kg", _F(1), "international units per kilogram"),
    Unit("units/kg", "units-per-kg", _F(1), "units per kilogram", ("U/kg",)),
    # dose per body surface area (base: microgram per m²)
    Unit("µg/m²", "mass-per-m2", _F(1), "microgram per square metre", ("mcg/m2", "ug/m2", "µg/m2")),
    Unit("mg/m²", "mass-per-m2", _F(1000), "milligram per square metre", ("mg/m2",)),
    Unit("g/m²", "mass-per-m2", _F(1_000_000), "gram per square metre", ("g/m2",)),
    Unit("IU/m²", "iu-per-m2", _F(1), "international units per square metre", ("IU/m2",)),
    Unit("units/m²", "units-per-m2", _F(1), "units per square metre", ("units/m2", "U/m2")),
    # durations (base: second); months and years are calendar units of their own
    Unit("s", "time", _F(1), "second", ("sec",)),
    Unit("min", "time", _F(60), "minute"),
    Unit("h", "time", _F(3600), "hour", ("hr", "hour", "hours")),
    Unit("day", "time", _F(86400), "day", ("d", "days")),
    Unit("week", "time", _F(604800), "week", ("wk", "weeks")),
    Unit("month", "calendar", _F(1), "month", ("mo", "months")),
    Unit("year", "calendar", _F(12), "year", ("y", "yr", "years")),
)

DOSE_BASIS_DIMENSIONS = {
    "fixed": {"mass", "volume", "amount", "equivalents", "international-units", "units"},
    "per_kg": {"mass-per-kg", "iu-per-kg", "units-per-kg"},
    "per_m2": {"mass-per-m2", "iu-per-m2", "units-per-m2"},
}

_BY_CODE: dict[str, Unit] = {u.code: u for u in UNITS}
_BY_ALIAS: dict[str, Unit] = {}
for _unit in UNITS:
    for _name in (_unit.code, *_unit.aliases):
        _BY_ALIAS.setdefault(_name, _unit)
        _BY_ALIAS.setdefault(_name.lower(), _unit)


def lookup(code: str | None) -> Unit | None:
    """The unit for a code or alias (``mcg`` finds ``µg``), or None if unknown."""
    if not code:
        return None
    code = code.strip()
    return _BY_ALIAS.get(code) or _BY_ALIAS.get(code.lower())


def is_known(code: str | None) -> bool:
    return lookup(code) is not None


def canonical(code: str | None) -> str | None:
    """The table's own code for a unit (``mcg`` -> ``µg``), or the text unchanged."""
    unit = lookup(code)
    return unit.code if unit else code


def codes() -> list[str]:
    return [u.code for u in UNITS]


def dose_codes() -> list[str]:
    """Codes offered in a dose unit picker."""
    dims = set().union(*DOSE_BASIS_DIMENSIONS.values())
    return [u.code for u in UNITS if u.dimension in dims]


def convertible(a: str | None, b: str | None) -> bool:
    ua, ub = lookup(a), lookup(b)
    return ua is not None and ub is not None and ua.dimension == ub.dimension


def convert(value: Fraction | int | float, from_code: str, to_code: str) -> Fraction:
    """Convert exactly between two units of one dimension; ValueError otherwise."""
    src, dst = lookup(from_code), lookup(to_code)
    if src is None or dst is None:
        raise ValueError(f"unknown unit: {from_code if src is None else to_code}")
    if src.dimension != dst.dimension:
        raise ValueError(f"cannot convert {src.code} to {dst.code}")
    return exact(value) * src.factor / dst.factor


def exact(value: Fraction | int | float) -> Fraction:
    """A number as an exact fraction of what was typed: 2.4 is 12/5, not its binary float."""
    return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)


def best_unit(value: Fraction, code: str) -> tuple[Fraction, str]:
    """Re-express a quantity in the largest unit of its dimension that keeps it >= 1.

    1000 mg -> 1 g; 500 mg stays 500 mg. Only mass and volume units are scaled.
    """
    unit = lookup(code)
    if unit is None or unit.dimension not in {"mass", "volume"}:
        return exact(value), code
    candidates = sorted((u for u in UNITS if u.dimension == unit.dimension), key=lambda u: u.factor)
    base = exact(value) * unit.factor
    chosen = unit
    for cand in candidates:
        if cand.factor >= unit.factor and abs(base) >= cand.factor and cand.code != "kg":
            chosen = cand
    return base / chosen.factor, chosen.code
