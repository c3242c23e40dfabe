"""The Investigations panel's chart of the selected result's series: to scale, with its band, linked to the table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QToolTip

from editor.domain import Investigation
from editor.domain.quantity import TimePoint
from editor.io.native import load
from editor.qt.document import Document
from editor.qt.panels.investigations import InvestigationsPanel
from editor.qt.widgets.series_chart import BAND

from .panel_support import collect_qt_garbage, type_into  # noqa: F401 - fixture
from .window_support import private_settings  # noqa: F401 - fixture

COMPLETE = Path(__file__).resolve().parents[2] / "samples" / "complete-example.case.json"


@pytest.fixture
def panel(qtbot, private_settings):  # noqa: F811 - fixture
    document = Document(load(COMPLETE), COMPLETE)
    panel = InvestigationsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def albumin_rows(panel) -> list[int]:
    return [i for i, inv in enumerate(panel.document.report.investigations) if inv.name == "serum albumin"]


def test_albumin_series_is_ten_points_left_to_right_in_time(panel):
    chart = panel.series.chart
    assert panel.editor.current_row() == 0
    positions = chart.point_positions()
    assert sorted(positions) == albumin_rows(panel) and len(positions) == 10
    xs = [positions[row].x() for row in albumin_rows(panel)]  # the rows are in time order in the sample
    assert xs == sorted(xs) and len(set(xs)) == 10
    # to scale: 2021-03 -> 2021-04 is one month, 2022-07 -> 2023-01 six
    rows = albumin_rows(panel)
    month = xs[1] - xs[0]
    assert positions[rows[9]].x() - positions[rows[8]].x() == pytest.approx(month * 184 / 31, rel=0.02)
    assert "serum albumin" in chart.accessibleDescription() and "g/L" in chart.accessibleDescription()
    assert not panel.series.note.isVisible()


def test_reference_range_is_a_shaded_band_from_35_to_50(panel):
    chart = panel.series.chart
    assert chart.series.band.low == 35 and chart.series.band.high == 50
    rect = chart.plot_rect()
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    x = rect.left() + 4

    def colour(value):
        return QColor(image.pixel(QPoint(int(x * ratio), int(chart._value_y(value, rect) * ratio))))

    assert colour(47).name() == BAND.name()
    assert colour(38).name() == BAND.name()
    assert colour(30).name() != BAND.name()
    assert colour(52 if chart._y_range()[1] > 52 else 34).name() != BAND.name()


def test_clicking_a_point_selects_its_row(panel, qtbot):
    chart = panel.series.chart
    row = albumin_rows(panel)[6]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.point_positions()[row].toPoint())
    assert panel.editor.current_row() == row
    assert panel.value.text() == "31"
    assert chart.selected_row == row


def test_hover_names_value_unit_and_time(panel):
    chart = panel.series.chart
    row = albumin_rows(panel)[2]
    at = chart.point_positions()[row].toPoint()
    chart.event(QHelpEvent(QEvent.Type.ToolTip, at, chart.mapToGlobal(at)))
    assert "21 g/L" in QToolTip.text() and "2021-05" in QToolTip.text()
    point = next(p for p in chart.series.points if p.row == row)
    assert chart.point_text(point) == "serum albumin: 21 g/L\n2021-05"


def test_editing_a_value_moves_its_point_and_undo_restores_it(panel, qtbot):
    chart = panel.series.chart
    before = chart.point_positions()[0]
    stack = panel.document.undo_stack
    start = stack.index()
    type_into(qtbot, panel.value, "45")
    qtbot.keyClick(panel.value, Qt.Key.Key_Return)
    assert panel.document.report.investigations[0].value == 45
    after = chart.point_positions()[0]
    assert after.y() < before.y()  # higher on the chart
    assert next(p for p in chart.series.points if p.row == 0).value == 45
    while stack.index() > start:  # the typing's undo steps
        stack.undo()
    # the note under the chart came and went while typing: let the layout settle
    qtbot.waitUntil(lambda: chart.point_positions()[0] == before, timeout=1000)
    assert next(p for p in chart.series.points if p.row == 0).value == 18


def test_results_it_cannot_draw_are_named_with_the_reason(panel, qtbot):
    document = panel.document
    document.insert_item("/investigations", Investigation(id="inv-x", name="Serum albumin", value=2.1, unit="mmol/L",
                                                          time=TimePoint(date="2021-06")))
    document.insert_item("/investigations", Investigation(id="inv-y", name="serum albumin", value=3.0, unit="g/dL",
                                                          time=TimePoint(date="2021-09")))
    panel.editor.select_row(0)
    chart = panel.series.chart
    rows = len(document.report.investigations)
    assert rows - 1 in chart.point_positions()  # 3 g/dL is 30 g/L
    assert next(p for p in chart.series.points if p.row == rows - 1).value == pytest.approx(30)
    assert rows - 2 not in chart.point_positions()
    assert panel.series.note.isVisible()
    assert "mmol/L, which cannot be converted to g/L" in panel.series.note.text()
    assert f"row {rows - 1} (2.1)" in panel.series.note.text()


def test_a_result_in_words_shows_no_chart_but_says_why(panel):
    row = next(i for i, inv in enumerate(panel.document.report.investigations) if inv.name == "kidney biopsy")
    panel.editor.select_row(row)
    assert panel.series.chart.point_positions() == {}
    assert "its value is not a number" in panel.series.note.text()
