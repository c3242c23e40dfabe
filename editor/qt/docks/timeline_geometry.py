"""Where the timeline draws things, in pixels, from a ``TimelinePlan`` (no Qt: tests read it directly).

Lanes run top to bottom (lines of therapy, then courses without a line, then
outcomes, adverse events and timeline events); items whose marks or labels
would overlap in one lane take extra rows. The horizontal axis is linear in
days, so lengths and gaps are to scale. Every label is placed here, beside its
mark and elided to the room it has, so nothing overlaps or runs off the edge
at the dock's width. Courses without a time follow in the order-only strip
(``timeline_order``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .timeline_order import order_strip
from .timeline_plan import CALENDAR, TimelinePlan, lane_order
from .timeline_shapes import (LABEL_GAP, LANE_GAP, LANE_LABEL_SHARE, LANE_LABEL_WIDTH, MARKER, MIN_BAR, OPEN_TAIL,
                              ROW_HEIGHT, AXIS_HEIGHT, Lane, Shape, TextWidth, TimelineGeometry, elide)

__all__ = ["layout", "ticks", "Shape", "Lane", "TimelineGeometry", "elide"]

def layout(plan: TimelinePlan, width: float, text_width: TextWidth = lambda s: 7 * len(s)) -> TimelineGeometry:
    lanes = {item.lane for item in [*plan.bars, *plan.markers]} | {item.lane for item in plan.order_only}
    wanted = max([LANE_LABEL_WIDTH, *(text_width(lane) + 10 for lane in lanes)])
    label_width = max(min(wanted, width * LANE_LABEL_SHARE), 40)
    geometry = TimelineGeometry(chart_left=label_width, chart_right=max(width - 8, label_width + 40))
    top = 4.0
    if not plan.is_scaled_empty:
        top = _scaled(plan, geometry, text_width, top)
    if plan.order_only:
        top = order_strip(plan.order_only, geometry, text_width, top)
    geometry.height = top
    return geometry


def _scaled(plan: TimelinePlan, geometry: TimelineGeometry, text_width: TextWidth, top: float) -> float:
    """Lanes drawn to scale, then the axis; returns the y below the axis."""
    days = [d for b in plan.bars for d in (b.start, b.end)] + [m.day for m in plan.markers]
    if plan.presentation is not None:
        days.append(plan.presentation.toordinal() + 0.5)
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
    for lane in sorted(items, key=lane_order):
        rows: list[list[tuple[float, float]]] = []  # the stretches (mark and label) already taken in each row
        for item in sorted(items[lane], key=lambda it: getattr(it, "start", getattr(it, "day", 0))):
            shape = _labelled(_shape(item, x_of), left, right, text_width)
            low, high = shape.extent
            low, high = low - 2, high + 6
            row = next((r for r, taken in enumerate(rows) if all(high <= a or low >= b for a, b in taken)), len(rows))
            if row == len(rows):
                rows.append([])
            rows[row].append((low, high))
            y = top + row * ROW_HEIGHT + (ROW_HEIGHT - shape.height) / 2
            geometry.shapes.append(replace(shape, y=y))
        height = len(rows) * ROW_HEIGHT
        geometry.lanes.append(Lane(lane, top, height, elide(lane, left - 8, text_width)))
        top += height + LANE_GAP
    geometry.axis_y = top
    if plan.presentation is not None:
        geometry.presentation_x = x_of(plan.presentation.toordinal() + 0.5)
    found = ticks(first, last, plan.frame)
    if plan.frame != CALENDAR and min(days) >= 0:  # nothing before presentation: no "week -1" in the margin
        found = [(day, text) for day, text in found if day >= 0]
    # only as many labels as fit side by side; "presentation" first, as the one the others count from
    for day, text in sorted(found, key=lambda tick: tick[1] != "presentation"):
        x, half = x_of(day), text_width(text) / 2
        if all(abs(x - other) >= half + text_width(other_text) / 2 + 8 for other, other_text in geometry.ticks):
            geometry.ticks.append((x, text))
    geometry.ticks.sort()
    return top + AXIS_HEIGHT


def _shape(item, x_of) -> Shape:
    if hasattr(item, "start"):
        x0, x1 = x_of(item.start), x_of(item.end)
        return Shape("bar", item.pointer, item.label, x0, 0, max(x1 - x0, MIN_BAR), ROW_HEIGHT - 6, item.open_end)
    kind = {"Outcomes": "outcome", "Events": "event"}.get(item.lane, "adverse_event")
    return Shape(kind, item.pointer, item.label, x_of(item.day) - MARKER / 2, 0, MARKER, MARKER)


def _labelled(shape: Shape, left: float, right: float, text_width: TextWidth) -> Shape:
    """The shape with its label right of it, or left of it near the right edge; elided to the room there."""
    body_right = shape.x + shape.width + (OPEN_TAIL if shape.open_end else 0)
    room_right = right - body_right - LABEL_GAP
    room_left = shape.x - LABEL_GAP - left
    if text_width(shape.label) <= room_right or room_right >= room_left:
        text = elide(shape.label, room_right, text_width)
        text_x = body_right + LABEL_GAP
    else:
        text = elide(shape.label, room_left, text_width)
        text_x = shape.x - LABEL_GAP - text_width(text)
    return replace(shape, text=text, text_x=text_x, text_width=text_width(text) if text else 0)


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
