"""The timeline dock: courses, outcomes and events to scale, courses without a time in line order, clicks go to the item."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from editor.domain.quantity import TimePoint
from editor.io.native import load
from editor.qt.docks.timeline_geometry import layout
from editor.qt.docks.timeline_plan import plan

from .window_support import private_settings, scripted, window  # noqa: F401 - fixtures

COMPLETE = Path(__file__).resolve().parents[2] / "samples" / "complete-example.case.json"


def test_bars_are_in_order_and_to_scale():
    report = load(COMPLETE)
    report.treatment_courses[2].end = TimePoint(date="2021-09")  # rituximab: July to September, 92 days
    geometry = layout(plan(report), 800)
    bars = {s.pointer: s for s in geometry.shapes if s.kind == "bar"}
    ramipril, methylpred, rituximab = (bars[f"/treatment_courses/{i}"] for i in range(3))
    assert ramipril.x < methylpred.x == rituximab.x  # March 2021 before July 2021
    assert rituximab.width / methylpred.width == pytest.approx(92 / 31, rel=0.01)
    assert ramipril.open_end and not rituximab.open_end  # ramipril has no end
    outcomes = [s for s in geometry.shapes if s.kind == "outcome"]
    xs = [s.x for s in outcomes]
    assert xs == sorted(xs) and len(xs) == 3
    # Oct 2021 -> Jan 2022 -> Jul 2022: the second gap is about twice the first
    assert (xs[2] - xs[1]) / (xs[1] - xs[0]) == pytest.approx(181 / 92, rel=0.02)


def test_lines_of_therapy_get_their_own_lanes():
    geometry = layout(plan(load(COMPLETE)), 800)
    lanes = [lane.label for lane in geometry.lanes]
    assert lanes == ["Line 1", "No line stated", "Outcomes", "Adverse events", "Events"]
    line_1 = [s for s in geometry.shapes if s.pointer in ("/treatment_courses/1", "/treatment_courses/2")]
    assert line_1[0].y != line_1[1].y, "two courses given together sit in two rows, not on top of each other"


def test_items_without_a_time_are_listed_with_the_reason():
    report = load(Path(__file__).resolve().parents[2] / "samples" / "rituximab-fsgs.case.json")
    timeline = plan(report)
    reasons = dict((pointer, reason) for pointer, _label, reason in timeline.not_placed)
    assert {u.pointer: u.reason for u in timeline.order_only}["/treatment_courses/8"] == "no date"
    # counted from an outcome that has no time, named in words (its description), not by its id
    assert reasons["/outcomes/5"].startswith("counted from Remission lasting 1 year")
    assert "outcome-remission-1" not in reasons["/outcomes/5"]
    assert [b.pointer for b in timeline.bars] == ["/treatment_courses/4"]  # haemodialysis at presentation


def test_offsets_from_presentation_are_placed_to_scale():
    report = load(COMPLETE)
    for course in report.treatment_courses:
        course.start, course.end = None, None
    report.treatment_courses[1].start = TimePoint(offset=2, unit="week", anchor="presentation")
    report.treatment_courses[1].end = TimePoint(offset=6, unit="week", anchor="presentation")
    report.treatment_courses[2].start = TimePoint(offset=1, unit="month", anchor=report.treatment_courses[1].id)
    for item in (*report.outcomes, *report.adverse_events, *report.timeline):
        item.time = None
    timeline = plan(report)
    assert timeline.frame == "presentation"
    bars = {b.pointer: b for b in timeline.bars}
    assert (bars["/treatment_courses/1"].start, bars["/treatment_courses/1"].end) == (14, 42)
    assert bars["/treatment_courses/2"].start == 14 + 30.4375


def test_the_dock_follows_edits_and_a_click_selects_the_course(window, qtbot):
    assert window.lifecycle.open(COMPLETE)
    dock = window.timeline
    dock.show()
    dock.raise_()  # in front of the preview it shares a tab group with
    qtbot.waitUntil(lambda: dock.chart.isVisible())
    window.document.set_value("/treatment_courses/2/end", TimePoint(date="2021-12"))
    qtbot.waitUntil(lambda: any(s.pointer == "/treatment_courses/2" and not s.open_end and s.width > 20
                                for s in dock.chart.geometry_.shapes), timeout=2000)
    bar = next(s for s in dock.chart.geometry_.shapes if s.pointer == "/treatment_courses/2")
    qtbot.mouseClick(dock.chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(bar.x + bar.width / 2), int(bar.y + bar.height / 2)))
    assert window.current_section() == "treatment_courses"
    assert window.panels["treatment_courses"].courses.current_row() == 2
    marker = next(s for s in dock.chart.geometry_.shapes if s.pointer == "/outcomes/1")
    qtbot.mouseClick(dock.chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(marker.x + marker.width / 2), int(marker.y + marker.height / 2)))
    assert window.current_section() == "outcomes"
    assert window.panels["outcomes"].outcomes.current_row() == 1
    window.document.undo_stack.setClean()


SEED = Path(__file__).resolve().parents[2] / "samples" / "rituximab-fsgs.case.json"


def _font_width():
    """The dock's own text measure, so the geometry is the one drawn."""
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QApplication
    return QFontMetricsF(QApplication.font()).horizontalAdvance


def test_timeline_events_are_drawn_in_their_own_lane():
    geometry = layout(plan(load(COMPLETE)), 800)
    events = [s for s in geometry.shapes if s.kind == "event"]
    assert [s.pointer for s in events] == [f"/timeline/{i}" for i in range(4)]
    lane = next(lane for lane in geometry.lanes if lane.label == "Events")
    assert all(lane.top <= s.y and s.y + s.height <= lane.top + lane.height for s in events)
    xs = [s.x for s in events]  # Feb 2021, Mar 2021, Jun 2021, Jan 2023: in order and to scale
    assert xs == sorted(xs)
    assert (xs[3] - xs[2]) / (xs[2] - xs[1]) == pytest.approx((date(2023, 1, 16) - date(2021, 6, 15)).days
                                                              / (date(2021, 6, 15) - date(2021, 3, 16)).days, rel=0.03)
    decision = events[2].label
    assert decision.startswith("Proteinuria persists") and "[@" not in decision  # citation markers left out


def test_offsets_from_presentation_are_placed_on_the_calendar_when_presentation_is_dated():
    report = load(COMPLETE)
    report.timeline[1].time = TimePoint(date="2021-03-04")  # "First visit": presentation to the day
    report.treatment_courses[2].start = TimePoint(offset=2, unit="week", anchor="presentation")
    report.treatment_courses[2].end = TimePoint(offset=10, unit="week", anchor="presentation")
    report.outcomes[1].time = TimePoint(offset=3, unit="month", anchor=report.treatment_courses[2].id)
    timeline = plan(report)
    assert timeline.frame == "calendar" and timeline.presentation == date(2021, 3, 4)
    bars = {b.pointer: b for b in timeline.bars}
    rituximab = bars["/treatment_courses/2"]
    assert rituximab.start == date(2021, 3, 18).toordinal()
    assert rituximab.end == date(2021, 5, 13).toordinal() + 1  # the whole tenth week's day
    assert not timeline.not_placed and not timeline.order_only  # dated and counted items share one axis
    geometry = layout(timeline, 800)
    shapes = {s.pointer: s for s in geometry.shapes}
    ramipril, first_visit = shapes["/treatment_courses/0"], shapes["/timeline/1"]
    assert ramipril.x < shapes["/treatment_courses/2"].x  # March 2021 (dated) before 18 March (counted)
    assert geometry.presentation_x == pytest.approx(first_visit.x + first_visit.width / 2, abs=1)
    partial = shapes["/outcomes/1"]  # 3 months after rituximab's start
    assert partial.x + partial.width / 2 - shapes["/treatment_courses/2"].x == pytest.approx(
        3 * 30.4375 * (shapes["/treatment_courses/2"].width / (8 * 7 + 1)), rel=0.02)

    report.timeline[1].time = TimePoint(date="2021-03")  # only the month: offsets cannot be placed to the day
    reasons = {u.pointer: u.reason for u in plan(report).order_only}
    assert reasons["/treatment_courses/2"] == "counted from presentation, which has no date"


def test_the_seed_courses_are_shown_in_order_of_line_of_therapy(qtbot):
    report = load(SEED)
    timeline = plan(report)
    assert [c.pointer for c in timeline.order_only] == [f"/treatment_courses/{i}" for i in (0, 1, 2, 3, 5, 6, 7, 8, 9, 4)]
    untimed = [c for c in timeline.order_only if c.reason]
    assert len(untimed) == 9 and all(c.reason == "no date" for c in untimed)
    geometry = layout(timeline, 320, _font_width())
    assert [lane.label for lane in geometry.order_lanes] == [*(f"Line {n}" for n in range(1, 7)), "No line stated"]
    tops = [lane.top for lane in geometry.order_lanes]
    assert tops == sorted(tops)
    assert geometry.captions[0].text == "Order only, not to scale"
    scaled_bottom = geometry.axis_y
    chips = [s for s in geometry.shapes if s.kind == "order"]
    assert len(chips) == 10 and all(s.y > scaled_bottom for s in chips)  # below the chart drawn to scale
    line_5 = next(lane for lane in geometry.order_lanes if lane.label == "Line 5")
    rituximab = next(s for s in chips if s.pointer == "/treatment_courses/8")
    assert line_5.top <= rituximab.y < line_5.top + line_5.height
    # nothing of the strip is double-listed as "not placed"; outcomes there name their course
    listed = [label for pointer, label, _reason in timeline.not_placed]
    assert not any(p.startswith("/treatment_courses/") for p, _l, _r in timeline.not_placed)
    assert "no response: prednisolone" in listed and "no response: cyclophosphamide" in listed


@pytest.mark.parametrize("sample", [COMPLETE, SEED])
def test_labels_fit_the_dock_and_do_not_overlap(qtbot, sample):
    width, text_width = 320, _font_width()
    geometry = layout(plan(load(sample)), width, text_width)
    for shape in geometry.shapes:
        assert shape.text, f"{shape.label} lost its whole label"
        assert geometry.chart_left - 1 <= shape.text_x and shape.text_x + shape.text_width <= width, shape.label
        assert shape.text == shape.label or shape.text.endswith("…")
    for lane in [*geometry.lanes, *geometry.order_lanes]:
        assert text_width(lane.text) <= geometry.chart_left - 8
    rows: dict[float, list] = {}
    for shape in geometry.shapes:
        rows.setdefault(round(shape.y + shape.height / 2), []).append(shape.extent)
    for extents in rows.values():
        extents.sort()
        assert all(a[1] <= b[0] for a, b in zip(extents, extents[1:])), "two labels overlap in one row"
    labels = [(x - text_width(t) / 2, x + text_width(t) / 2) for x, t in geometry.ticks]
    assert all(a[1] < b[0] for a, b in zip(labels, labels[1:]))
    elided = [s for s in geometry.shapes if s.text != s.label]
    assert elided if sample == COMPLETE else True  # long labels exist: they are cut, never run off the edge


def test_clicking_an_event_or_an_untimed_course_goes_to_its_row(window, qtbot):
    assert window.lifecycle.open(COMPLETE)
    dock = window.timeline
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: any(s.kind == "event" for s in dock.chart.geometry_.shapes), timeout=3000)
    event = next(s for s in dock.chart.geometry_.shapes if s.pointer == "/timeline/2")
    qtbot.mouseClick(dock.chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(event.x + event.width / 2), int(event.y + event.height / 2)))
    assert window.current_section() == "timeline_events"
    assert window.panels["timeline_events"].editor.current_row() == 2
    window.document.set_value("/treatment_courses/1/start", None)  # methylprednisolone loses its start
    qtbot.waitUntil(lambda: any(s.kind == "order" for s in dock.chart.geometry_.shapes), timeout=2000)
    chip = next(s for s in dock.chart.geometry_.shapes if s.kind == "order" and s.pointer == "/treatment_courses/1")
    qtbot.mouseClick(dock.chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(chip.x + chip.width / 2), int(chip.y + chip.height / 2)))
    assert window.current_section() == "treatment_courses"
    assert window.panels["treatment_courses"].courses.current_row() == 1
    window.document.undo_stack.undo()  # the start comes back: the strip goes, the bar is drawn again
    qtbot.waitUntil(lambda: not any(s.kind == "order" for s in dock.chart.geometry_.shapes), timeout=2000)
    assert any(s.kind == "bar" and s.pointer == "/treatment_courses/1" for s in dock.chart.geometry_.shapes)
    window.document.undo_stack.setClean()
