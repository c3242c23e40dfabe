"""The timeline dock: courses as bars and outcomes as markers, to scale, and a click goes to the item."""

from __future__ import annotations

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
    lanes = [label for label, _top, _height in geometry.lanes]
    assert lanes == ["Line 1", "No line stated", "Outcomes", "Adverse events"]
    line_1 = [s for s in geometry.shapes if s.pointer in ("/treatment_courses/1", "/treatment_courses/2")]
    assert line_1[0].y != line_1[1].y, "two courses given together sit in two rows, not on top of each other"


def test_items_without_a_time_are_listed_with_the_reason():
    report = load(Path(__file__).resolve().parents[2] / "samples" / "rituximab-fsgs.case.json")
    timeline = plan(report)
    reasons = dict((pointer, reason) for pointer, _label, reason in timeline.not_placed)
    assert reasons["/treatment_courses/8"] == "no date"
    assert "outcome-remission-1" in reasons["/outcomes/5"]  # counted from an outcome that has no time
    assert [b.pointer for b in timeline.bars] == ["/treatment_courses/4"]  # haemodialysis at presentation


def test_offsets_from_presentation_are_placed_to_scale():
    report = load(COMPLETE)
    for course in report.treatment_courses:
        course.start, course.end = None, None
    report.treatment_courses[1].start = TimePoint(offset=2, unit="week", anchor="presentation")
    report.treatment_courses[1].end = TimePoint(offset=6, unit="week", anchor="presentation")
    report.treatment_courses[2].start = TimePoint(offset=1, unit="month", anchor=report.treatment_courses[1].id)
    for item in (*report.outcomes, *report.adverse_events):
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
