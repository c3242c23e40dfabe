"""The timeline dock: courses as bars, outcomes, adverse events and timeline events as markers, to scale.

Clicking a bar or a marker asks the window to show that item (``go_to``
carries its JSON Pointer). Courses without a time follow in an order-only
strip, by line of therapy; other items whose time cannot be placed are listed
under the chart with the reason ("not placed: no date"). Where the shapes and
labels go is worked out in ``timeline_geometry``; this module only paints.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .following import FollowingDock
from .timeline_geometry import TimelineGeometry, layout
from .timeline_plan import PRESENTATION, TimelinePlan, plan
from .timeline_shapes import OPEN_TAIL, Shape

BAR_COLOUR = QColor("#4a7fb5")
OPEN_COLOUR = QColor("#9bb8d6")
OUTCOME_COLOUR = QColor("#2e7d32")
ADVERSE_COLOUR = QColor("#c62828")
EVENT_COLOUR = QColor("#6a4c93")
ORDER_FILL = QColor("#e3ecf6")


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
        x, y = event.position().x(), event.position().y()
        shape = self.geometry_.shape_at(x, y)
        self.setCursor(Qt.CursorShape.PointingHandCursor if shape else Qt.CursorShape.ArrowCursor)
        if shape is not None:
            tail = " (end not stated)" if shape.open_end else f" (not placed: {shape.note})" if shape.note else ""
            QToolTip.showText(event.globalPosition().toPoint(), f"{shape.label}{tail}\nClick to edit it", self)
            return
        lane = self.geometry_.lane_at(x, y)
        if lane is not None and lane.text != lane.label:  # an elided lane name
            QToolTip.showText(event.globalPosition().toPoint(), lane.label, self)

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
        if not self.plan.is_scaled_empty:
            self._paint_grid(painter, geo, text_colour)
        self._paint_strip_headings(painter, geo, text_colour)
        for shape in geo.shapes:
            self._paint_shape(painter, shape, text_colour)

    def _paint_grid(self, painter: QPainter, geo: TimelineGeometry, text_colour: QColor) -> None:
        grid = QColor(text_colour)
        grid.setAlpha(40)
        for lane in geo.lanes:
            painter.setPen(text_colour)
            painter.drawText(QRectF(2, lane.top, geo.chart_left - 6, lane.height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, lane.text)
            painter.setPen(grid)
            bottom = lane.top + lane.height + 3
            painter.drawLine(QPointF(geo.chart_left, bottom), QPointF(geo.chart_right, bottom))
        metrics = painter.fontMetrics()
        for x, label in geo.ticks:
            painter.setPen(grid)
            painter.drawLine(QPointF(x, 0), QPointF(x, geo.axis_y))
            painter.setPen(text_colour)
            width = metrics.horizontalAdvance(label)
            painter.drawText(QPointF(min(max(x - width / 2, geo.chart_left), geo.chart_right - width),
                                     geo.axis_y + metrics.ascent() + 4), label)
        if geo.presentation_x is not None:  # the dated presentation, across every lane
            painter.setPen(QPen(EVENT_COLOUR, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(geo.presentation_x, 0), QPointF(geo.presentation_x, geo.axis_y))

    def _paint_strip_headings(self, painter: QPainter, geo: TimelineGeometry, text_colour: QColor) -> None:
        metrics = painter.fontMetrics()
        quiet = QColor(text_colour)
        quiet.setAlpha(170)
        for i, caption in enumerate(geo.captions):  # the first line says "not to scale": it stands out
            painter.setPen(BAR_COLOUR.darker(150) if i == 0 else quiet)
            painter.drawText(QPointF(2, caption.y + metrics.ascent()), caption.text)
        painter.setPen(text_colour)
        for lane in geo.order_lanes:
            painter.drawText(QRectF(2, lane.top, geo.chart_left - 6, 22),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, lane.text)

    def _paint_shape(self, painter: QPainter, shape: Shape, text_colour: QColor) -> None:
        rect = QRectF(shape.x, shape.y, shape.width, shape.height)
        if shape.kind == "bar":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_COLOUR)
            painter.drawRoundedRect(rect, 3, 3)
            if shape.open_end:  # end not stated: a dashed tail
                painter.setPen(QPen(OPEN_COLOUR, 2, Qt.PenStyle.DashLine))
                middle = rect.center().y()
                painter.drawLine(QPointF(rect.right(), middle), QPointF(rect.right() + OPEN_TAIL, middle))
        elif shape.kind == "order":  # no scale: an outline, dashed when the course has no time at all
            painter.setPen(QPen(BAR_COLOUR, 1, Qt.PenStyle.DashLine if shape.note else Qt.PenStyle.SolidLine))
            painter.setBrush(ORDER_FILL)
            painter.drawRoundedRect(rect, 3, 3)
        else:
            self._paint_marker(painter, shape, rect)
        if shape.text:
            metrics = painter.fontMetrics()
            painter.setPen(text_colour if shape.kind != "order" else QColor("#1f3b5a"))
            painter.drawText(QPointF(shape.text_x, rect.center().y() + metrics.ascent() / 2 - 1), shape.text)

    @staticmethod
    def _paint_marker(painter: QPainter, shape: Shape, rect: QRectF) -> None:
        colour = {"outcome": OUTCOME_COLOUR, "event": EVENT_COLOUR}.get(shape.kind, ADVERSE_COLOUR)
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        c, r = rect.center(), shape.width / 2
        if shape.kind == "event":
            painter.drawEllipse(c, r - 1, r - 1)
            return
        points = ([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r),
                   QPointF(c.x() - r, c.y())] if shape.kind == "outcome" else
                  [QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y() + r), QPointF(c.x() - r, c.y() + r)])
        painter.drawPolygon(QPolygonF(points))


class TimelineDock(FollowingDock):
    """``go_to`` carries the pointer of the course, outcome, adverse event or timeline event the person clicked."""

    go_to = Signal(str)

    debounce_ms = 300

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
        self.not_placed.setWordWrap(True)  # a long reason wraps rather than running off the narrow dock
        self.not_placed.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.not_placed_title = QLabel(body)
        self.not_placed.setMaximumHeight(8 * self.not_placed.fontMetrics().height() + 8)
        layout_.addWidget(self.axis_note)
        layout_.addWidget(scroll, 1)  # the chart takes the height; the list stays short
        layout_.addWidget(self.not_placed_title)
        layout_.addWidget(self.not_placed)
        self.setWidget(body)

    def refresh(self) -> None:
        if self.document is None:
            return
        timeline = plan(self.document.report)
        self.chart.set_plan(timeline)
        self.axis_note.setText(axis_note(timeline))
        self.not_placed.clear()
        for pointer, label, reason in timeline.not_placed:
            item = QListWidgetItem(f"{label} — not placed: {reason}", self.not_placed)
            item.setData(Qt.ItemDataRole.UserRole, pointer)
            item.setToolTip(f"{label}\nDouble-click to give it a time")
        self.not_placed_title.setText(f"Not placed ({len(timeline.not_placed)}): double-click to give a time"
                                      if timeline.not_placed else
                                      "Every outcome and event is placed." if timeline.order_only else
                                      "Every course, outcome and event is placed.")
        self.not_placed.setVisible(bool(timeline.not_placed))


def axis_note(timeline: TimelinePlan) -> str:
    """What the axis counts and what each mark means, in one short paragraph above the chart."""
    if timeline.is_scaled_empty:
        return "No course or outcome has a time yet; courses are shown in order of line of therapy only."
    if timeline.frame == PRESENTATION:
        axis = "Time from presentation"
    elif timeline.presentation is not None:
        axis = f"Calendar time; dotted line: presentation ({timeline.presentation.isoformat()})"
    else:
        axis = "Calendar time"
    return (f"{axis}. Bars: courses by line of therapy; ◆ outcomes; ▲ adverse events; ● events. "
            "Click one to edit it.")
