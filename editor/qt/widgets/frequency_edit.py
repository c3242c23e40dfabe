"""How often a dose is given: a named schedule, or every N days, weeks or months."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from editor.domain.quantity import TimeUnit
from editor.domain.treatment import Frequency

SCHEDULES = ("once daily", "twice daily", "three times daily", "four times daily", "every other day",
             "weekly", "every 2 weeks", "monthly", "single dose")
NOT_STATED = "not stated"
EVERY = "every N …"
_INTERVAL_UNITS = (("days", TimeUnit.DAY), ("weeks", TimeUnit.WEEK), ("months", TimeUnit.MONTH))


class FrequencyEdit(QWidget):
    """``frequency_edited`` carries the new ``Frequency`` or None ("not stated")."""

    frequency_edited = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._updating = False
        self.schedule = QComboBox(self)
        self.schedule.addItem(NOT_STATED)
        self.schedule.addItems(SCHEDULES)
        self.schedule.addItem(EVERY)
        self.schedule.setToolTip("A named schedule, or “every N …” for a regular interval")
        self.every = QLabel("every", self)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 365)
        self.unit = QComboBox(self)
        for label, unit in _INTERVAL_UNITS:
            self.unit.addItem(label, unit)
        self.schedule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.schedule.setMinimumContentsLength(9)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.schedule, self.every, self.interval, self.unit):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._show_interval(False)
        self.schedule.activated.connect(self._schedule_chosen)
        self.interval.valueChanged.connect(self._edited)
        self.unit.activated.connect(self._edited)
        self.setFocusProxy(self.schedule)

    def _show_interval(self, shown: bool) -> None:
        for widget in (self.every, self.interval, self.unit):
            widget.setVisible(shown)

    def set_frequency(self, frequency: Frequency | None) -> None:
        self._updating = True
        try:
            if frequency is None or (not frequency.schedule and frequency.interval is None):
                self.schedule.setCurrentIndex(0)
                self._show_interval(False)
            elif frequency.schedule:
                index = self.schedule.findText(frequency.schedule)
                if index < 0:  # a schedule worded otherwise in the report: keep it
                    self.schedule.insertItem(self.schedule.count() - 1, frequency.schedule)
                    index = self.schedule.findText(frequency.schedule)
                self.schedule.setCurrentIndex(index)
                self._show_interval(False)
            else:
                self.schedule.setCurrentText(EVERY)
                self.interval.setValue(int(frequency.interval))
                unit = frequency.unit or TimeUnit.DAY
                index = self.unit.findData(unit)
                if index < 0:
                    self.unit.addItem(unit.value + "s", unit)
                    index = self.unit.count() - 1
                self.unit.setCurrentIndex(index)
                self._show_interval(True)
        finally:
            self._updating = False

    def frequency(self) -> Frequency | None:
        text = self.schedule.currentText()
        if text == NOT_STATED:
            return None
        if text == EVERY:
            return Frequency(interval=self.interval.value(), unit=self.unit.currentData())
        return Frequency(schedule=text)

    def _schedule_chosen(self, _index: int) -> None:
        self._show_interval(self.schedule.currentText() == EVERY)
        self._edited()

    def _edited(self, *_args) -> None:
        if not self._updating:
            self.frequency_edited.emit(self.frequency())
