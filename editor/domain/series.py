"""A laboratory series: every result of one investigation over time, ready to draw to scale.

``lab_series(report, row)`` gathers the investigations named like the one in
``row`` (case and spacing ignored) that have a numeric value and a time that
can be placed, converts their values to one unit, and places them either on
the calendar (a partial date counts from its period's start: 2021-03 is
1 March 2021) or, when the report gives no calendar date, on a "time from
presentation" axis. What cannot be drawn is listed with the reason, so the
chart can say which points it left out and why. No Qt, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction

from . import units
from .numbers import format_number
from .offsets import anchor_times, presentation_date, reckon
from .timepoints import PRESENTATION, describe

CALENDAR, FROM_PRESENTATION = "calendar", "from presentation"
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_BETWEEN = re.compile(rf"^\s*{_NUMBER}\s*(?:-|–|—|to)\s*{_NUMBER}\s*(.*)$", re.IGNORECASE)
_BOUND = re.compile(rf"^\s*(<=|>=|<|>|≤|≥)\s*{_NUMBER}\s*(.*)$")


@dataclass(frozen=True)
class Band:
    """A reference range in the series' unit; ``high`` None means "above ``low``"."""

    low: float
    high: float | None


@dataclass(frozen=True)
class SeriesPoint:
    row: int  # the investigation's index in the report's list
    value: float  # in the series' unit
    typed: str  # the value as the report gives it, with its own unit ("18 g/L")
    days: float  # position on the time axis: days since the axis origin
    when: str  # the time in words, as the tables show it


@dataclass
class LabSeries:
    name: str
    unit: str | None
    axis: str  # CALENDAR or FROM_PRESENTATION
    origin: date | None  # day 0 of a calendar axis
    points: list[SeriesPoint] = field(default_factory=list)  # in time order
    band: Band | None = None
    left_out: list[tuple[int, str]] = field(default_factory=list)  # (row, why) in document order
    band_note: str = ""  # why the reference range is not drawn, when it is given but unreadable

    def row_date(self, days: float) -> date | None:
        return self.origin + timedelta(days=days) if self.origin is not None else None


def same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


# --- units -------------------------------------------------------------------
def unit_scale(code: str | None) -> tuple[str, Fraction] | None:
    """A unit's dimension and size, compound units included: "mg/dL" is mass/volume, 10 g/L.

    None when a part is not in the unit table (RU/mL, mmHg).
    """
    if not code or not code.strip():
        return None
    parts = [p.strip() for p in code.split("/")]
    if len(parts) > 2 or not all(parts):
        return None
    top = units.lookup(parts[0])
    if top is None:
        return None
    if len(parts) == 1:
        return top.dimension, top.factor
    bottom = units.lookup(parts[1])
    if bottom is None:
        return None
    return f"{top.dimension}/{bottom.dimension}", top.factor / bottom.factor


def convert(value: float, from_unit: str | None, to_unit: str | None) -> float | None:
    """``value`` in ``to_unit``; None when the two units are not of one dimension in the table."""
    if _same_unit(from_unit, to_unit):
        return value
    src, dst = unit_scale(from_unit), unit_scale(to_unit)
    if src is None or dst is None or src[0] != dst[0]:
        return None
    return float(units.exact(value) * src[1] / dst[1])


def _same_unit(a: str | None, b: str | None) -> bool:
    return (a or "").replace(" ", "").casefold() == (b or "").replace(" ", "").casefold()


# --- reference range ---------------------------------------------------------------
def parse_range(text: str | None) -> tuple[float | None, float | None, str] | None:
    """"35-50 g/L" -> (35, 50, "g/L"); "<0.15" -> (0, 0.15, ""); ">60" -> (60, None, ""); else None."""
    if not text:
        return None
    match = _BETWEEN.match(text)
    if match:
        low, high = _float(match.group(1)), _float(match.group(2))
        return (low, high, match.group(3).strip()) if low <= high else None
    match = _BOUND.match(text)
    if match:
        bound = _float(match.group(2))
        if match.group(1) in ("<", "<=", "≤"):
            return 0.0, bound, match.group(3).strip()
        return bound, None, match.group(3).strip()
    return None


def _float(text: str) -> float:
    return float(text.replace(",", "."))


def _band(text: str | None, unit: str | None) -> tuple[Band | None, str]:
    if not text or not text.strip():
        return None, ""
    parsed = parse_range(text)
    if parsed is None:
        return None, f"The reference range “{text}” is not drawn: write it as low-high (35-50) or <high."
    low, high, range_unit = parsed
    if range_unit and unit and not _same_unit(range_unit, unit):
        low_c = convert(low, range_unit, unit) if low is not None else None
        high_c = convert(high, range_unit, unit) if high is not None else None
        if (low is not None and low_c is None) or (high is not None and high_c is None):
            return None, f"The reference range is in {range_unit}, which cannot be converted to {unit}."
        low, high = low_c, high_c
    return Band(low or 0.0, high), ""


# --- time --------------------------------------------------------------------
def period_start(partial: str) -> date:
    """2021 -> 1 January 2021; 2021-03 -> 1 March 2021; a full date is itself."""
    parts = [int(p) for p in partial.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _placement(time, anchors, presented: date | None) -> tuple[date | None, float | None]:
    """(calendar day, days from presentation): either may be None when it cannot be known."""
    if time is None:
        return None, None
    if time.date:
        day = period_start(time.date)
        return day, (day - presented).days if presented else None
    reckoning = reckon(time, anchors)
    if reckoning is None or reckoning.circular:
        return None, None
    days = reckoning.approximate_days()
    if reckoning.anchor == PRESENTATION:
        return (presented + timedelta(days=days) if presented else None), days
    base = reckoning.base
    if base is not None and base.date:
        day = period_start(base.date) + timedelta(days=days)
        return day, (day - presented).days if presented else None
    return None, None


# --- the series ----------------------------------------------------------------
def lab_series(report, row: int) -> LabSeries | None:
    """The series of the investigation at ``row``; None when it has no name."""
    investigations = report.investigations
    if not 0 <= row < len(investigations) or not (investigations[row].name or "").strip():
        return None
    chosen = investigations[row]
    members = [(i, inv) for i, inv in enumerate(investigations) if same_name(inv.name, chosen.name)]
    unit = _series_unit(chosen, [inv for _, inv in members])
    anchors, presented = anchor_times(report), presentation_date(report)
    placed, left_out = [], []
    for i, inv in members:
        value, why = _value_in(inv, unit)
        if why:
            left_out.append((i, why))
            continue
        day, offset = _placement(inv.time, anchors, presented)
        if day is None and offset is None:
            left_out.append((i, _unplaced_reason(inv.time)))
            continue
        placed.append((i, inv, value, day, offset))
    axis = CALENDAR if any(day is not None for *_, day, _o in placed) else FROM_PRESENTATION
    if axis == CALENDAR:
        kept = [p for p in placed if p[3] is not None]
        left_out += [(p[0], "it counts from presentation, which has no calendar date") for p in placed
                     if p[3] is None]
        origin = min(p[3] for p in kept)
    else:
        kept, origin = placed, None
    points = [SeriesPoint(i, value, _typed(inv), (day - origin).days if axis == CALENDAR else offset,
                          describe(inv.time, report)) for i, inv, value, day, offset in kept]
    points.sort(key=lambda p: (p.days, p.row))
    band, note = _band(chosen.reference_range or _first_range(m for _, m in members), unit)
    left_out.sort()
    return LabSeries(" ".join(chosen.name.split()), unit, axis, origin, points, band, left_out, note)


def _series_unit(chosen, members) -> str | None:
    """The selected result's unit, or (when it has none) the first unit in the series."""
    if chosen.unit and chosen.unit.strip():
        return chosen.unit.strip()
    return next((m.unit.strip() for m in members if m.unit and m.unit.strip()), None)


def _value_in(inv, unit: str | None) -> tuple[float | None, str]:
    if isinstance(inv.value, bool) or not isinstance(inv.value, (int, float)):
        return None, "its value is not a number" if inv.value not in (None, "") else "it has no value"
    if _same_unit(inv.unit, unit):
        return float(inv.value), ""
    if not inv.unit:
        return None, f"it has no unit (the series is in {unit})"
    converted = convert(inv.value, inv.unit, unit)
    if converted is None:
        return None, f"it is in {inv.unit}, which cannot be converted to {unit}"
    return converted, ""


def _unplaced_reason(time) -> str:
    if time is None or time.is_empty:
        return "it has no time"
    if not time.date and time.offset is None:
        return "its time is in words only"
    return "its time counts from an item that has no date"


def _typed(inv) -> str:
    return f"{format_number(inv.value)} {inv.unit or ''}".strip()


def _first_range(members) -> str | None:
    return next((m.reference_range for m in members if m.reference_range and m.reference_range.strip()), None)
