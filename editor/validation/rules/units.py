"""Units: every dose, age and duration uses a unit from the table; laboratory units are readable."""

from __future__ import annotations

import re
from functools import lru_cache

from ...domain import units
from ..fieldset import FieldSet
from ..finding import Severity
from ..registry import flag, rule

# Laboratory units that are not ratios of table units.
_LAB_UNITS = {
    "%", "mmhg", "mosm/kg", "ratio", "index", "titre", "titer", "cells/µl", "cells/ul", "×10⁹/l", "x10^9/l",
    "×10^9/l", "10^9/l", "×10¹²/l", "x10^12/l", "10^12/l", "mm/h", "mm/hr", "ml/min/1.73m²", "ml/min/1.73 m²",
    "ml/min/1.73m2", "ml/min/1.73 m2", "ml/min", "kg/m²", "kg/m2", "bpm", "/min", "°c", "g/g", "mg/mmol",
    "mg/g", "mg/mg", "meq/l", "u/l", "iu/ml", "ng/ml", "pg/ml", "iu/l", "g/day", "mg/day", "g/24h", "g/24 h",
    "mg/24h", "mg/24 h", "/hpf", "/lpf", "s", "sec", "fl", "pg", "copies/ml", "au/ml", "ru/ml",
}
_PART = re.compile(r"^(?:\d+(?:\.\d+)?\s*)?(.+)$")


def _unit_places(path: str, value):
    """(pointer of a unit field, unit text, what it measures) for the dose-like quantities of one field.

    What it measures comes as a function, called only for a finding (a course's label takes time to build).
    """
    if path.startswith("/treatment_courses/"):
        for name, label in (("dose", "dose"), ("cumulative_dose", "cumulative dose")):
            q = getattr(value, name)
            if q is not None and q.unit:
                yield f"{path}/{name}/unit", q.unit, lambda label=label: f"The {label} of {value.label()}"
    elif path == "/patient/age":
        if value.unit:
            yield "/patient/age/unit", value.unit, lambda: "The patient's age"
    elif value.unit:
        yield f"{path}/unit", value.unit, lambda: "The duration of an outcome"


# Courses whole, as the message names the course by its label (agent, dose, line).
_QUANTITIES = FieldSet(["treatment_courses/*", "patient/age", "outcomes/*/duration"])


@rule(id="units.unknown-unit", severity=Severity.WARNING, title="A dose, age or duration has a unit the editor does not know",
      fields=_QUANTITIES)
def unknown_unit(field, value, report):
    """Doses and durations need a unit from the unit table, so they can be converted and checked.

    Bad: dose 500 "milligrams per week".
    Good: dose 500 "mg", with the frequency "every 1 week" in its own field.
    """
    for path, text, what in _unit_places(field, value):
        if units.lookup(text) is None:
            yield flag(path, f"{what()} has the unit '{text}', which the editor does not know; it is kept as written.",
                       "Choose a unit from the list (mg, g, µg, mg/kg, mg/m², IU, ...), so doses can be checked.")


@rule(id="units.alias", severity=Severity.INFO, title="A unit is written with an alias of a table unit", fields=_QUANTITIES)
def unit_alias(field, value, report):
    """A recognised alias ("mcg") is accepted; the table's own code reads the same everywhere.

    Bad: dose 200 "mcg".
    Good: dose 200 "µg".
    """
    for path, text, what in _unit_places(field, value):
        unit = units.lookup(text)
        if unit is not None and unit.code != text:
            yield flag(path, f"{what()} is written '{text}', which means {unit.label} ({unit.code}).",
                       f"Write '{unit.code}' so the unit reads the same throughout the report.",
                       fix=((path, unit.code),), fix_label=f"Write '{unit.code}'")


@rule(id="units.age-unit", severity=Severity.WARNING, title="The patient's age is not in years, months, weeks or days",
      scope=["patient/age"])
def age_unit(report):
    """An age is a duration.

    Bad: age 21 "mg".
    Good: age 21 "year".
    """
    age = report.patient.age
    unit = units.lookup(age.unit) if age is not None else None
    if unit is not None and unit.dimension not in ("time", "calendar"):
        yield flag("/patient/age/unit", f"The patient's age is given in {unit.label}s, which is not a duration.",
                   "Give the age in years (or months, weeks or days for an infant).")


@rule(id="units.lab-unit", severity=Severity.INFO, title="An investigation has a unit the editor cannot read",
      scope=["investigations/*/unit", "investigations/*/name"])
def lab_unit(report):
    """Laboratory units are ratios of table units (mg/dL, µmol/L, g/day) or common lab units (%, mmHg).

    Bad: serum creatinine 350 "micromols per litre".
    Good: serum creatinine 350 "µmol/L".
    """
    readable = _readable_lab_unit
    for i, investigation in enumerate(report.investigations):
        text = investigation.unit
        if text and not readable(text):
            yield flag(f"/investigations/{i}/unit",
                       f"The unit '{text}' of {investigation.name or 'this investigation'} is not one the editor knows.",
                       "Write the unit in its usual short form (µmol/L, mg/dL, g/day, %), so values can be compared.")


@lru_cache(maxsize=1024)
def _readable_lab_unit(text: str) -> bool:
    folded = text.strip().lower()
    if folded in _LAB_UNITS or units.lookup(text) is not None:
        return True
    parts = folded.split("/")
    if len(parts) < 2:
        return False
    for part in parts:
        match = _PART.match(part.strip())
        if match is None or (units.lookup(match.group(1)) is None and match.group(1) not in ("24h", "24 h", "hpf")):
            return False
    return True
