"""A one-line editor for a ``TimePoint``: "2016-03", "6 months", "1 year after course-2" or free words.

Typing is parsed as the person writes; what cannot be read as a date or an
offset is kept as the report's own words (``text``), never refused.
"""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDoubleSpinBox, QGridLayout, QLabel, QLineEdit,
                               QWidget)

from editor.domain.numbers import format_number
from editor.domain.quantity import PARTIAL_DATE, TimePoint, TimeUnit
from editor.domain.timepoints import describe

_OFFSET = re.compile(
    r"^(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>days?|d|weeks?|wk|months?|mo|years?|y|yr)"
    r"(?:\s+after\s+(?P<anchor>[\w:.\-]+))?$",
    re.IGNORECASE,
)
# "at presentation", "at course-2": no time after it; "at admission" stays the report's words
_AT = re.compile(r"^at\s+(?P<anchor>presentation|[A-Za-z]\w*-[\w:.\-]*\d)$", re.IGNORECASE)
_UNITS = {"d": "day", "wk": "week", "mo": "month", "y": "year", "yr": "year"}


def parse_time_point(text: str) -> TimePoint | None:
    """The time point a person typed; None for an empty field."""
    text = text.strip()
    if not text:
        return None
    if PARTIAL_DATE.match(text):
        return TimePoint(date=text)
    match = _OFFSET.match(text)
    if match:
        unit = match["unit"].lower()
        unit = _UNITS.get(unit, unit.rstrip("s"))
        value = float(match["value"])
        return TimePoint(offset=int(value) if value.is_integer() else value, unit=TimeUnit(unit),
                         anchor=match["anchor"] or None)
    match = _AT.match(text)
    if match:
        return TimePoint(offset=0, unit=TimeUnit.DAY, anchor=match["anchor"])
    return TimePoint(text=text)


def show_time_point(time: TimePoint | None) -> str:
    """The shared wording with the anchor as its id ("2 weeks after course-2"): ``parse_time_point`` reads it back."""
    return describe(time)


class TimePointEdit(QLineEdit):
    """Bind with ``binder.bind_line(edit, field, parse=parse_time_point, show=show_time_point)``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("2016-03, 6 months, 1 year after course-2, or words")
        self.setToolTip("A date (YYYY, YYYY-MM, YYYY-MM-DD), a time after presentation "
                        "(\"6 months\") or after another item (\"2 weeks after course-1\"), "
                        "or the report's own words")


# --- a structured editor: date at a precision, or an offset from an anchor ------------

MODES = ("not stated", "calendar date", "time after…", "words only")
PRECISIONS = (("year", "yyyy"), ("month", "yyyy-MM"), ("day", "yyyy-MM-dd"))
OFFSET_UNITS = (("days", TimeUnit.DAY), ("weeks", TimeUnit.WEEK), ("months", TimeUnit.MONTH),
                ("years", TimeUnit.YEAR))
PRESENTATION = "presentation"


class _Amount(QDoubleSpinBox):
    """An offset shown as typed: "1", "1.5", not "1.0"."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return format_number(value)


class _AnchorCombo(QComboBox):
    """The items a time can be counted from; reloaded each time it opens."""

    def __init__(self, source: Callable[..., list[tuple[str, str]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def reload(self, current: str | None, everything: bool = True) -> None:
        """List the anchors; ``everything=False`` lists only the current one (cheap, for showing a time)."""
        self.blockSignals(True)
        self.clear()
        self.addItem("presentation", PRESENTATION)
        current = current or PRESENTATION
        for item_id, label in (self.source() if everything else self.source(only=current)):
            self.addItem(label, item_id)
        index = self.findData(current)
        if index < 0:
            self.addItem(f"{current} (missing from the report)", current)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.reload(self.currentData())
        super().showPopup()


class TimePointEditor(QWidget):
    """A time point as a clinician states it; ``time_edited`` carries the ``TimePoint`` or None.

    A calendar date at year, month or day precision; or a value and unit after
    presentation or after another item of the report (``anchors`` lists them as
    (id, label)); and always the report's own words (``text``).
    """

    time_edited = Signal(object)

    def __init__(self, anchors: Callable[..., list[tuple[str, str]]] = lambda only=None: [],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._updating = False
        self._current: TimePoint | None = None
        self.mode = QComboBox(self)
        self.mode.addItems(MODES)
        self.precision = QComboBox(self)
        for label, fmt in PRECISIONS:
            self.precision.addItem(label, fmt)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDate(QDate.currentDate())
        self.offset = _Amount(self)
        self.offset.setRange(0, 100000)
        self.offset.setDecimals(1)
        self.unit = QComboBox(self)
        for label, unit in OFFSET_UNITS:
            self.unit.addItem(label, unit)
        self.after = QLabel("after", self)
        self.anchor = _AnchorCombo(anchors, self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText("as the report words it, e.g. “after remission for 1 year”")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode, 0, 0)
        layout.addWidget(self.precision, 0, 1)
        layout.addWidget(self.date, 0, 2)
        layout.addWidget(self.offset, 0, 1)
        layout.addWidget(self.unit, 0, 2)
        layout.addWidget(self.after, 1, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.anchor, 1, 1, 1, 3)
        layout.setColumnStretch(3, 1)
        layout.addWidget(self.text, 2, 0, 1, 4)
        self._show_mode(0)
        self.mode.activated.connect(self._mode_chosen)
        self.precision.activated.connect(self._precision_chosen)
        self.date.dateChanged.connect(self._edited)
        self.offset.valueChanged.connect(self._edited)
        self.unit.activated.connect(self._edited)
        self.anchor.activated.connect(self._edited)
        self.text.textEdited.connect(self._edited)
        self.setFocusProxy(self.mode)

    def _show_mode(self, mode: int) -> None:
        for widget in (self.precision, self.date):
            widget.setVisible(mode == 1)
        for widget in (self.offset, self.unit, self.after, self.anchor):
            widget.setVisible(mode == 2)

    # --- showing ------------------------------------------------------------
    def set_time_point(self, time: TimePoint | None) -> None:
        self._updating = True
        try:
            self._current = time
            mode = 0
            if time is not None and time.date:
                mode = 1
                parts = [int(p) for p in time.date.split("-")]
                self.precision.setCurrentIndex(len(parts) - 1)
                self.date.setDisplayFormat(PRECISIONS[len(parts) - 1][1])
                self.date.setDate(QDate(parts[0], *(parts[1:] + [1, 1])[:2]))
            elif time is not None and time.offset is not None:
                mode = 2
                self.offset.setValue(float(time.offset))
                self.unit.setCurrentIndex(max(0, self.unit.findData(time.unit or TimeUnit.DAY)))
            elif time is not None and time.text:
                mode = 3
            self.anchor.reload(time.anchor if time is not None else None, everything=False)
            self.mode.setCurrentIndex(mode)
            self._show_mode(mode)
            text = (time.text if time is not None else None) or ""
            if self.text.text() != text:
                self.text.setText(text)
        finally:
            self._updating = False

    # --- editing ------------------------------------------------------------
    def time_point(self) -> TimePoint | None:
        mode = self.mode.currentIndex()
        text = self.text.text().strip() or None
        extra = dict(self._current.model_extra or {}) if self._current else {}
        if mode == 1:
            fmt = self.precision.currentData()
            return TimePoint(date=self.date.date().toString(fmt), text=text, **extra)
        if mode == 2:
            value = self.offset.value()
            anchor = self.anchor.currentData()
            return TimePoint(offset=int(value) if value.is_integer() else value, unit=self.unit.currentData(),
                             anchor=anchor or PRESENTATION, text=text, **extra)
        if mode == 3 or text:
            return TimePoint(text=text, **extra) if text else None
        return None

    def _mode_chosen(self, mode: int) -> None:
        self._show_mode(mode)
        if mode == 2:
            self.anchor.reload(self.anchor.currentData())
        self._edited()

    def _precision_chosen(self, _index: int) -> None:
        self.date.setDisplayFormat(self.precision.currentData())
        self._edited()

    def _edited(self, *_args) -> None:
        if self._updating:
            return
        if self.mode.currentIndex() == 0 and self.text.text().strip():
            self.mode.setCurrentIndex(3)  # typed words alone are a time point in words
        self._current = self.time_point()
        self.time_edited.emit(self._current)

    def focus_part(self, part: str) -> None:
        """Focus the part a finding points at (date, offset, unit, anchor, text)."""
        widget = {"date": self.date, "offset": self.offset, "unit": self.unit, "anchor": self.anchor,
                  "text": self.text}.get(part, self.mode)
        if not widget.isVisible() and widget is not self.text:
            widget = self.mode
        widget.setFocus()
