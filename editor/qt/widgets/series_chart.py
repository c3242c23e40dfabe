"""A small line chart of one laboratory series, drawn to scale with its reference range as a band.

The data come ready from ``editor.domain.series.lab_series``; this module only
paints them. Hovering a point shows its value, unit and time; clicking a point
emits ``point_chosen(row)`` with the investigation's row in the report.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from editor.domain.numbers import format_number
from editor.domain.offsets import DAYS_PER_MONTH
from editor.domain.series import CALENDAR, LabSeries, SeriesPoint

BAND = QColor("#dcefd8")
BAND_EDGE = QColor("#9cc995")
LINE = QColor("#2a6fb0")
OUTSIDE = QColor("#b5541c")  # a result outside the reference range
GRID = QColor("#e4e4e4")
SHOWN_LEFT_OUT = 3  # reasons listed under the chart; the rest are counted
HIT_RADIUS = 9  # pixels around a point that hover and click reach
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def nice_step(span: float, most: int) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10^n) giving at most ``most`` ticks over ``span``."""
    raw = span / max(1, most)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


class SeriesChart(QWidget):
    point_chosen = Signal(int)  # the clicked point's row in the report's investigations

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.series: LabSeries | None = None
        self.selected_row = -1
        self.empty_text = "Select a result with a number to see its series over time."
        self.setMinimumSize(260, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Series of the selected investigation over time")

    def sizeHint(self) -> QSize:
        return QSize(380, 220)

    def set_series(self, series: LabSeries | None, selected_row: int = -1) -> None:
        self.series, self.selected_row = series, selected_row
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """The chart in words, for screen readers and the tooltip of the empty chart."""
        s = self.series
        if s is None or not s.points:
            return self.empty_text
        values = ", ".join(f"{format_number(round(p.value, 3))} at {p.when}" for p in s.points)
        return f"{s.name} in {s.unit or 'no unit'}: {values}"

    # --- geometry ---------------------------------------------------------------
    def plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("0000.0") + 10
        top = metrics.height() + 10
        bottom = 2 * metrics.height() + 10
        return QRectF(left, top, max(10, self.width() - left - 14), max(10, self.height() - top - bottom))

    def _x_range(self) -> tuple[float, float]:
        days = [p.days for p in self.series.points]
        low, high = min(days), max(days)
        pad = max(10.0, (high - low) * 0.04)
        return low - pad, high + pad

    def _y_range(self) -> tuple[float, float]:
        values = [p.value for p in self.series.points]
        band = self.series.band
        if band is not None:
            values += [band.low] + ([band.high] if band.high is not None else [])
        low, high = min(values), max(values)
        pad = (high - low) * 0.08 or max(1.0, abs(high) * 0.1)
        return (0.0 if low >= 0 and low - pad < 0 else low - pad), high + pad

    def position(self, point: SeriesPoint) -> QPointF:
        rect = self.plot_rect()
        (x0, x1), (y0, y1) = self._x_range(), self._y_range()
        x = rect.left() + (point.days - x0) / (x1 - x0) * rect.width()
        y = rect.bottom() - (point.value - y0) / (y1 - y0) * rect.height()
        return QPointF(x, y)

    def point_positions(self) -> dict[int, QPointF]:
        """Where each drawn result is, by its row."""
        if self.series is None or not self.series.points:
            return {}
        return {p.row: self.position(p) for p in self.series.points}

    def point_near(self, pos: QPointF) -> SeriesPoint | None:
        if self.series is None or not self.series.points:
            return None
        best = min(self.series.points, key=lambda p: _distance(self.position(p), pos))
        return best if _distance(self.position(best), pos) <= HIT_RADIUS else None

    # --- events ---------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = self.point_near(QPointF(event.pos()))
            if point is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.point_text(point), self)
            return True
        return super().event(event)

    def point_text(self, point: SeriesPoint) -> str:
        shown = f"{format_number(round(point.value, 4))} {self.series.unit or ''}".strip()
        if point.typed.replace(" ", "") != shown.replace(" ", ""):
            shown += f" (reported as {point.typed})"
        return f"{self.series.name}: {shown}\n{point.when}"

    def mousePressEvent(self, event) -> None:
        point = self.point_near(event.position())
        if point is not None and event.button() == Qt.MouseButton.LeftButton:
            self.point_chosen.emit(point.row)
            return
        super().mousePressEvent(event)

    # --- painting ---------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.series is None or not self.series.points:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect().adjusted(12, 0, -12, 0), Qt.AlignmentFlag.AlignCenter
                             | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        rect = self.plot_rect()
        self._paint_title(painter)
        self._paint_band(painter, rect)
        self._paint_value_axis(painter, rect)
        self._paint_time_axis(painter, rect)
        self._paint_points(painter)
        painter.end()

    def _paint_title(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().text().color())
        title = f"{self.series.name} ({self.series.unit})" if self.series.unit else self.series.name
        painter.drawText(QRectF(6, 2, self.width() - 12, self.fontMetrics().height() + 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, self.width() - 12))
        painter.setFont(self.font())

    def _value_y(self, value: float, rect: QRectF) -> float:
        y0, y1 = self._y_range()
        return rect.bottom() - (value - y0) / (y1 - y0) * rect.height()

    def _paint_band(self, painter: QPainter, rect: QRectF) -> None:
        band = self.series.band
        if band is None:
            return
        top = rect.top() if band.high is None else max(rect.top(), self._value_y(band.high, rect))
        bottom = min(rect.bottom(), self._value_y(band.low, rect))
        painter.fillRect(QRectF(rect.left(), top, rect.width(), bottom - top), BAND)
        painter.setPen(QPen(BAND_EDGE, 1, Qt.PenStyle.DashLine))
        for y in (top, bottom):
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    def _paint_value_axis(self, painter: QPainter, rect: QRectF) -> None:
        y0, y1 = self._y_range()
        step = nice_step(y1 - y0, max(2, int(rect.height() // (self.fontMetrics().height() * 2))))
        tick = math.ceil(y0 / step) * step
        metrics = self.fontMetrics()
        while tick <= y1 + 1e-9:
            y = self._value_y(tick, rect)
            painter.setPen(GRID)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(self.palette().text().color())
            label = format_number(round(tick, 6))
            painter.drawText(QRectF(0, y - metrics.height() / 2, rect.left() - 5, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            tick += step
        painter.setPen(self.palette().mid().color())
        painter.drawRect(rect)

    def _paint_time_axis(self, painter: QPainter, rect: QRectF) -> None:
        x0, x1 = self._x_range()
        metrics = self.fontMetrics()
        most = max(2, int(rect.width() // (metrics.horizontalAdvance("Mar 2021") + 16)))
        ticks, caption = (_calendar_ticks(self.series.origin, x0, x1, most) if self.series.axis == CALENDAR
                          else _offset_ticks(x0, x1, most))
        for days, label in ticks:
            x = rect.left() + (days - x0) / (x1 - x0) * rect.width()
            painter.setPen(self.palette().mid().color())
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 4))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x - 40, rect.bottom() + 5, 80, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(QRectF(rect.left(), rect.bottom() + 5 + metrics.height(), rect.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption)

    def _paint_points(self, painter: QPainter) -> None:
        positions = [(p, self.position(p)) for p in self.series.points]
        path = QPainterPath(positions[0][1])
        for _, at in positions[1:]:
            path.lineTo(at)
        painter.setPen(QPen(LINE, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        band = self.series.band
        for point, at in positions:
            outside = band is not None and (point.value < band.low or (band.high is not None and point.value > band.high))
            colour = OUTSIDE if outside else LINE
            selected = point.row == self.selected_row
            painter.setPen(QPen(self.palette().text().color() if selected else colour, 2 if selected else 1))
            painter.setBrush(colour)
            radius = 5.5 if selected else 3.5
            painter.drawEllipse(at, radius, radius)


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())


def _calendar_ticks(origin: date, x0: float, x1: float, most: int) -> tuple[list[tuple[float, str]], str]:
    """Ticks on the first of a month, every 1, 2, 3, 6 or 12 months (or whole years)."""
    first = date.fromordinal(origin.toordinal() + math.floor(x0))
    last = date.fromordinal(origin.toordinal() + math.ceil(x1))
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= most), 240)
    ticks = []
    index = first.year * 12 + first.month - 1
    index += -index % step
    while True:
        day = date(index // 12, index % 12 + 1, 1)
        if day > last:
            break
        days = (day - origin).days
        if x0 <= days <= x1:
            ticks.append((days, f"{_MONTHS[day.month - 1]} {day.year}" if step < 12 else str(day.year)))
        index += step
    return ticks, "date (a month given alone is placed at its first day)"


def _offset_ticks(x0: float, x1: float, most: int) -> tuple[list[tuple[float, str]], str]:
    """Ticks in days, weeks, months or years from presentation, whichever suits the span."""
    span = x1 - x0
    size, name = ((365.25, "years") if span > 3 * 365 else (float(DAYS_PER_MONTH), "months") if span > 120
                  else (7.0, "weeks") if span > 28 else (1.0, "days"))
    step = nice_step(span / size, most)
    tick = math.ceil(x0 / size / step) * step
    ticks = []
    while tick * size <= x1:
        ticks.append((tick * size, format_number(round(tick, 3))))
        tick += step
    return ticks, f"time from presentation ({name})"


class SeriesView(QWidget):
    """The chart with a line under it saying which results it leaves out, and why."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = SeriesChart(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)

    def set_series(self, series: LabSeries | None, selected_row: int = -1, names=None) -> None:
        """``names(row)`` says how a left-out result is called ("row 7", "the 2021-05 result")."""
        self.chart.set_series(series, selected_row)
        self.note.setText(left_out_text(series, names))
        self.note.setVisible(bool(self.note.text()))


def left_out_text(series: LabSeries | None, names=None) -> str:
    if series is None:
        return ""
    name = names or (lambda row: f"row {row + 1}")
    lines = [f"Not drawn: {name(row)}, because {why}." for row, why in series.left_out[:SHOWN_LEFT_OUT]]
    if len(series.left_out) > SHOWN_LEFT_OUT:
        lines.append(f"… and {len(series.left_out) - SHOWN_LEFT_OUT} more results not drawn.")
    if series.band_note:
        lines.append(series.band_note)
    return "\n".join(lines)
