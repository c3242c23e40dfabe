"""The timeline dock: treatment courses as bars and outcomes as markers, to scale, following edits.

Clicking a bar or a marker asks the window to show that course or outcome
(``go_to`` carries its JSON Pointer). Items whose time cannot be placed are
listed under the chart with the reason ("not placed: no date").
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (QDockWidget, QLabel, QListWidget, QListWidgetItem, QScrollArea, QToolTip, QVBoxLayout,
                               QWidget)

from ..document import Document
from ..first_paint import run_after_paint
from .timeline_geometry import TimelineGeometry, layout
from .timeline_plan import PRESENTATION, TimelinePlan, plan

DEBOUNCE_MS = 300
BAR_COLOUR = QColor("#4a7fb5")
OPEN_COLOUR = QColor("#9bb8d6")
OUTCOME_COLOUR = QColor("#2e7d32")
EVENT_COLOUR = QColor("#c62828")


class TimelineChart(QWidget):
    """Paints a ``TimelineGeometry``; ``clicked`` carries the pointer of the item under the mouse."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = TimelinePlan()
        self.geometry_ = TimelineGeometry()
        self.setMouseTracking(True)
        self.setMinimumWidth(220)

    def set_plan(self, timeline: TimelinePlan) -> None:
        self.plan = timeline
        self.relayout()

    def relayout(self) -> None:
        metrics = QFontMetricsF(self.font())
        self.geometry_ = layout(self.plan, self.width(), metrics.horizontalAdvance)
        self.setMinimumHeight(int(self.geometry_.height) + 4)
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        shape = self.geometry_.shape_at(event.position().x(), event.position().y())
        if shape is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(shape.pointer)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        shape = self.geometry_.shape_at(event.position().x(), event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if shape else Qt.CursorShape.ArrowCursor)
        if shape is not None:
            tail = " (end not stated)" if shape.open_end else ""
            QToolTip.showText(event.globalPosition().toPoint(), f"{shape.label}{tail}\nClick to edit it", self)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        geo = self.geometry_
        text_colour = self.palette().text().color()
        if self.plan.is_empty:
            painter.setPen(text_colour)
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), Qt.TextFlag.TextWordWrap,
                             "Nothing to draw yet: give courses a start, and outcomes a time "
                             "(a date, or an offset from presentation).")
            return
        self._paint_grid(painter, geo, text_colour)
        for shape in geo.shapes:
            self._paint_shape(painter, shape, text_colour)

    def _paint_grid(self, painter: QPainter, geo: TimelineGeometry, text_colour: QColor) -> None:
        grid = QColor(text_colour)
        grid.setAlpha(40)
        for label, top, height in geo.lanes:
            painter.setPen(text_colour)
            painter.drawText(QRectF(2, top, geo.chart_left - 6, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            painter.setPen(grid)
            painter.drawLine(QPointF(geo.chart_left, top + height + 3), QPointF(geo.chart_right, top + height + 3))
        metrics = painter.fontMetrics()
        for x, label in geo.ticks:
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, geo.axis_y))
            painter.setPen(text_colour)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(min(max(x - width / 2, geo.chart_left), geo.chart_right - width),
                                     geo.axis_y + metrics.ascent() + 4), label)

    def _paint_shape(self, painter: QPainter, shape, text_colour: QColor) -> None:
        metrics = painter.fontMetrics()
        rect = QRectF(shape.x, shape.y, shape.width, shape.height)
        if shape.kind == "bar":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOUR)
            painter.drawRoundedRect(rect, 3, 3)
            if shape.open_end:  # end not stated: a dashed tail
                painter.setPen(QPen(OPEN_COLOUR, 2, Qt.PenStyle.DashLine))
                middle = rect.center().y()
                painter.drawLine(QPointF(rect.right(), middle), QPointF(rect.right() + 24, middle))
            label_x = rect.right() + (30 if shape.open_end else 5)
        else:
            colour = OUTCOME_COLOUR if shape.kind == "outcome" else EVENT_COLOUR
            painter.setPen(QPen(colour.darker(130), 1))
            painter.setBrush(colour)
            c, r = rect.center(), shape.width / 2
            points = ([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                       QPointF(c.x() - r, c.y())] if shape.kind == "outcome" else
                      [QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y() + r), QPointF(c.x() - r, c.y() + r)])
            painter.drawPolygon(QPolygonF(points))
            label_x = rect.right() + 4
        painter.setPen(text_colour)
        room_right, room_left = self.width() - label_x - 2, shape.x - self.geometry_.chart_left - 4
        wanted = metrics.horizontalAdvance(shape.label)
        baseline = rect.center().y() + metrics.ascent() / 2 - 1
        if wanted > room_right and room_left > room_right:  # near the right edge: the label goes to the left
            text = metrics.elidedText(shape.label, Qt.TextElideMode.ElideRight, int(room_left))
            painter.drawText(QPointF(shape.x - 4 - metrics.horizontalAdvance(text), baseline), text)
            return
        text = metrics.elidedText(shape.label, Qt.TextElideMode.ElideRight, int(max(room_right, 0)))
        painter.drawText(QPointF(label_x, baseline), text)


class TimelineDock(QDockWidget):
    """``go_to`` carries the pointer of a course, outcome or adverse event the person clicked."""

    go_to = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Timeline", parent)
        self.setObjectName("timeline-dock")
        body = QWidget(self)
        layout_ = QVBoxLayout(body)
        layout_.setContentsMargins(4, 4, 4, 4)
        self.axis_note = QLabel(body)
        self.axis_note.setWordWrap(True)
        self.chart = TimelineChart()
        self.chart.clicked.connect(self.go_to)
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.chart)
        self.not_placed = QListWidget(body)
        self.not_placed.setAccessibleName("Items not placed on the timeline")
        self.not_placed.itemActivated.connect(lambda item: self.go_to.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.not_placed_title = QLabel(body)
        self.not_placed.setMaximumHeight(8 * self.not_placed.fontMetrics().height() + 8)
        layout_.addWidget(self.axis_note)
        layout_.addWidget(scroll, 1)  # the chart takes the height; the list stays short
        layout_.addWidget(self.not_placed_title)
        layout_.addWidget(self.not_placed)
        self.setWidget(body)
        self.document: Document | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)

    def set_document(self, document: Document) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
        self.document = document
        document.changed.connect(self._changed)
        QTimer.singleShot(0, self, lambda: run_after_paint(self, self.refresh))  # the window paints first

    def _changed(self, _change: object) -> None:
        self.timer.start()

    def refresh(self) -> None:
        if self.document is None:
            return
        timeline = plan(self.document.report)
        self.chart.set_plan(timeline)
        self.axis_note.setText("Time from presentation; bars are courses by line of therapy, ◆ outcomes, "
                               "▲ adverse events. Click one to edit it." if timeline.frame == PRESENTATION else
                               "Calendar time; bars are courses by line of therapy, ◆ outcomes, ▲ adverse "
                               "events. Click one to edit it.")
        self.not_placed.clear()
        for pointer, label, reason in timeline.not_placed:
            item = QListWidgetItem(f"{label} — not placed: {reason}", self.not_placed)
            item.setData(Qt.ItemDataRole.UserRole, pointer)
            item.setToolTip("Double-click to give it a time")
        self.not_placed_title.setText(f"Not placed ({len(timeline.not_placed)}): double-click to give a time"
                                      if timeline.not_placed else "Every course and outcome is placed.")
        self.not_placed.setVisible(bool(timeline.not_placed))
