"""The order-only strip: every course by line of therapy, when some course has no time to draw to scale.

Case reports often say only "second line: oral cyclophosphamide". Such courses
still show the sequence of therapy lines: each line is a row, in line order,
its courses side by side as chips in the order of the report (wrapping to a
new row when the dock is narrow). Nothing here is to scale, and the caption
says so; a course without a time has a dashed outline, one also drawn to scale
above a solid one.
"""

from __future__ import annotations

from .timeline_plan import OrderedCourse
from .timeline_shapes import ROW_HEIGHT, Caption, Lane, Shape, TextWidth, TimelineGeometry, elide, wrap

CAPTION = "Order only, not to scale"
ALL_UNTIMED = "Courses by line of therapy; none has a start yet."
SOME_UNTIMED = "Courses by line of therapy. Dashed: no start yet; solid: also drawn to scale above."
CAPTION_HEIGHT = 17
CHIP_PAD = 6
CHIP_GAP = 6
STRIP_GAP = 12


def order_strip(courses: list[OrderedCourse], geometry: TimelineGeometry, text_width: TextWidth, top: float
                ) -> float:
    """Adds the captions, lanes and chips below ``top``; returns the y below the strip."""
    if geometry.shapes:
        top += STRIP_GAP
    room = geometry.chart_right - 2
    sub = SOME_UNTIMED if any(not c.reason for c in courses) else ALL_UNTIMED
    for i, line in enumerate([elide(CAPTION, room, text_width), *wrap(sub, room, text_width)]):
        geometry.captions.append(Caption(top, line, CAPTION if i == 0 else sub))
        top += CAPTION_HEIGHT
    top += 3
    left, right = geometry.chart_left, geometry.chart_right
    lanes: dict[str, list[OrderedCourse]] = {}
    for course in courses:  # already in line order
        lanes.setdefault(course.lane, []).append(course)
    for lane, group in lanes.items():
        row, x = 0, left
        for course in group:
            width = min(text_width(course.label) + 2 * CHIP_PAD, right - left)
            if x > left and x + width > right:  # no room left in this row: the next one
                row, x = row + 1, left
            text = elide(course.label, width - 2 * CHIP_PAD, text_width)
            geometry.shapes.append(Shape("order", course.pointer, course.label, x, top + row * ROW_HEIGHT + 3, width,
                                         ROW_HEIGHT - 6, text=text,
                                         text_x=x + CHIP_PAD, text_width=text_width(text) if text else 0,
                                         note=course.reason))
            x += width + CHIP_GAP
        height = (row + 1) * ROW_HEIGHT
        geometry.order_lanes.append(Lane(lane, top, height, elide(lane, left - 8, text_width)))
        top += height + 2
    return top + 4
