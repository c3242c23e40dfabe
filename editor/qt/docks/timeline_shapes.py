"""What the timeline draws: shapes, lanes and captions in pixels, and eliding a label to its room (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, NamedTuple

TextWidth = Callable[[str], float]
LANE_LABEL_WIDTH = 78
LANE_LABEL_SHARE = 0.33  # lane names never take more than this share of the width (elided beyond)
ROW_HEIGHT = 22
LANE_GAP = 8
AXIS_HEIGHT = 26
MIN_BAR = 4  # a course of one day is still visible
MARKER = 10
OPEN_TAIL = 24  # the dashed tail of a course whose end is not stated
LABEL_GAP = 5
ELLIPSIS = "…"


@dataclass(frozen=True)
class Shape:
    kind: str  # "bar", "outcome", "adverse_event", "event", "order" (a course in the order-only strip)
    pointer: str
    label: str  # the full label (the tooltip); ``text`` is what fits
    x: float
    y: float
    width: float
    height: float
    open_end: bool = False
    text: str = ""
    text_x: float = 0
    text_width: float = 0
    note: str = ""  # why a course is in the order-only strip

    def contains(self, px: float, py: float) -> bool:
        return self.x - 2 <= px <= self.x + self.width + 2 and self.y <= py <= self.y + self.height

    @property
    def extent(self) -> tuple[float, float]:
        """Left and right edges of the mark, its dashed tail and its label together."""
        body = self.x + self.width + (OPEN_TAIL if self.open_end else 0)
        if not self.text:
            return self.x, body
        return min(self.x, self.text_x), max(body, self.text_x + self.text_width)


class Lane(NamedTuple):
    label: str
    top: float
    height: float
    text: str  # the label as drawn (elided when the lane column is narrow)


class Caption(NamedTuple):
    y: float
    text: str
    full: str


@dataclass
class TimelineGeometry:
    shapes: list[Shape] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)  # x, label
    axis_y: float = 0
    height: float = 0
    chart_left: float = LANE_LABEL_WIDTH
    chart_right: float = 0
    presentation_x: float | None = None  # a dotted line at the day of presentation, when it is dated
    order_lanes: list[Lane] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)

    def shape_at(self, px: float, py: float) -> Shape | None:
        # markers sit on top of bars: look at them first
        for shape in sorted(self.shapes, key=lambda s: s.kind == "bar"):
            if shape.contains(px, py):
                return shape
        return None

    def lane_at(self, px: float, py: float) -> Lane | None:
        if px >= self.chart_left:
            return None
        return next((lane for lane in [*self.lanes, *self.order_lanes] if lane.top <= py <= lane.top + lane.height),
                    None)


def elide(text: str, room: float, text_width: TextWidth) -> str:
    """``text`` cut with an ellipsis to fit ``room`` pixels ("" when not even the ellipsis fits)."""
    if text_width(text) <= room:
        return text
    if text_width(ELLIPSIS) > room:
        return ""
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + ELLIPSIS) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(text: str, room: float, text_width: TextWidth) -> list[str]:
    """``text`` broken into lines at spaces so each fits ``room`` (a word too long for a line is elided)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(elide(word, room, text_width))
    return lines
