"""Where the timeline draws things, in pixels, from a ``TimelinePlan`` (no Qt: tests read it directly).

Lanes run top to bottom (lines of therapy, then courses without a line, then
outcomes and adverse events); items that overlap in one lane take extra rows.
The horizontal axis is linear in days, so lengths and gaps are to scale.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from .timeline_plan import CALENDAR, TimelinePlan, lane_order

LANE_LABEL_WIDTH = 78
ROW_HEIGHT = 22
LANE_GAP = 8
AXIS_HEIGHT = 26
MIN_BAR = 4  # a course of one day is still visible
MARKER = 10


@dataclass(frozen=True)
class Shape:
    kind: str  # "bar", "outcome", "adverse_event"
    pointer: str
    label: str
    x: float
    y: float
    width: float
    height: float
    open_end: bool = False

    def contains(self, px: float, py: float) -> bool:
        return self.x - 2 <= px <= self.x + self.width + 2 and self.y <= py <= self.y + self.height


@dataclass
class TimelineGeometry:
    shapes: list[Shape] = field(default_factory=list)
    lanes: list[tuple[str, float, float]] = field(default_factory=list)  # label, top, height
    ticks: list[tuple[float, str]] = field(default_factory=list)  # x, label
    axis_y: float = 0
    height: float = 0
    chart_left: float = LANE_LABEL_WIDTH
    chart_right: float = 0

    def shape_at(self, px: float, py: float) -> Shape | None:
        # markers sit on top of bars: look at them first
        for shape in sorted(self.shapes, key=lambda s: s.kind == "bar"):
            if shape.contains(px, py):
                return shape
        return None


def layout(plan: TimelinePlan, width: float, text_width: Callable[[str], float] = lambda s: 7 * len(s)
           ) -> TimelineGeometry:
    lanes = {item.lane for item in [*plan.bars, *plan.markers]}
    label_width = max([LANE_LABEL_WIDTH, *(text_width(lane) + 10 for lane in lanes)])
    geometry = TimelineGeometry(chart_left=label_width, chart_right=max(width - 12, label_width + 40))
    if plan.is_empty:
        return geometry
    days = [d for b in plan.bars for d in (b.start, b.end)] + [m.day for m in plan.markers]
    first, last = min(days), max(days)
    pad = max((last - first) * 0.04, 10)
    first, last = first - pad, last + pad
    left, right = geometry.chart_left, geometry.chart_right
    scale = (right - left) / (last - first)

    def x_of(day: float) -> float:
        return left + (day - first) * scale

    items: dict[str, list] = {}
    for item in [*plan.bars, *plan.markers]:
        items.setdefault(item.lane, []).append(item)
    top = 4.0
    for lane in sorted(items, key=lane_order):
        rows: list[float] = []  # the right edge (with label) already taken in each row
        for item in sorted(items[lane], key=lambda it: getattr(it, "start", getattr(it, "day", 0))):
            shape = _shape(item, x_of, text_width)
            reach = shape.x + max(shape.width, 0) + text_width(shape.label) + 14
            row = next((r for r, edge in enumerate(rows) if edge <= shape.x), len(rows))
            if row == len(rows):
                rows.append(0)
            rows[row] = reach
            y = top + row * ROW_HEIGHT + (ROW_HEIGHT - shape.height) / 2
            geometry.shapes.append(Shape(shape.kind, shape.pointer, shape.label, shape.x, y, shape.width,
                                         shape.height, shape.open_end))
        height = len(rows) * ROW_HEIGHT
        geometry.lanes.append((lane, top, height))
        top += height + LANE_GAP
    geometry.axis_y = top
    for day, text in ticks(first, last, plan.frame):  # only as many labels as fit side by side
        x = x_of(day)
        if not geometry.ticks or x - geometry.ticks[-1][0] >= text_width(text) + 10:
            geometry.ticks.append((x, text))
    geometry.height = top + AXIS_HEIGHT
    return geometry


def _shape(item, x_of, text_width) -> Shape:
    if hasattr(item, "start"):
        x0, x1 = x_of(item.start), x_of(item.end)
        return Shape("bar", item.pointer, item.label, x0, 0, max(x1 - x0, MIN_BAR), ROW_HEIGHT - 6, item.open_end)
    kind = "outcome" if item.lane == "Outcomes" else "adverse_event"
    return Shape(kind, item.pointer, item.label, x_of(item.day) - MARKER / 2, 0, MARKER, MARKER)


def ticks(first: float, last: float, frame: str) -> list[tuple[float, str]]:
    """Round times along the axis: years, quarters or months for dates; days, weeks, months or years otherwise."""
    span = last - first
    if frame == CALENDAR:
        start, end = date.fromordinal(int(first)), date.fromordinal(int(last))
        step = 12 if span > 3 * 365 else 3 if span > 240 else 1
        year, month = start.year, 1 + ((start.month - 1) // step) * step
        found = []
        while (year, month) <= (end.year, end.month):
            day = date(year, month, 1).toordinal()
            if first <= day <= last:
                found.append((day, str(year) if step == 12 else f"{year}-{month:02d}"))
            month += step
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return found
    for unit, size in (("day", 1), ("week", 7), ("month", 30.4375), ("year", 365.25)):
        if span / size <= 12:
            break
    step = max(1, round(span / size / 6))
    n = int(first // (size * step))
    found = []
    while n * size * step <= last:
        if n * size * step >= first:
            count = n * step
            found.append((n * size * step, "presentation" if count == 0 else f"{unit} {count}"))
        n += 1
    return found
