"""Say, beside a field, why a value was refused (a year "20x5", a CTCAE grade 7, a dose "five").

``show_refusal(widget, message)`` puts a short red note in the layout right
after the field (a form row below it, or beside it in a row of short fields),
tints the field, and repeats the message in the window's status bar.
``clear_refusal(widget)`` takes it away once the field holds a value again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QMainWindow, QSpinBox, QWidget

NOTE_NAME = "refusal-note"
STATUS_MS = 6000


def note_of(widget: QWidget) -> QLabel | None:
    """The note shown for ``widget``, if any."""
    note = getattr(widget, "_refusal_note", None)
    return note if note is not None and not note.isHidden() else None


def show_refusal(widget: QWidget, message: str) -> None:
    note = getattr(widget, "_refusal_note", None)
    if note is None:
        note = QLabel()
        note.setObjectName(NOTE_NAME)
        note.setWordWrap(True)
        note.setStyleSheet("color: #b00020;")
        if not _place(widget, note):
            note.deleteLater()
            note = None
        widget._refusal_note = note
    if note is not None:
        note.setText(f"⚠ {message}")
        note.show()
    widget.setProperty("refused", True)
    widget.setStyleSheet("background: #fde8e8;")
    widget.setToolTip(message)
    tell_status(widget, message)


def tell_status(widget: QWidget, message: str) -> None:
    """The refusal, short, in the status bar of the window that holds ``widget``."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(f"Not taken: {message}", STATUS_MS)


def clear_refusal(widget: QWidget) -> None:
    if not widget.property("refused"):
        return
    widget.setProperty("refused", False)
    widget.setStyleSheet("")
    note = getattr(widget, "_refusal_note", None)
    if note is not None:
        note.hide()


def _place(widget: QWidget, note: QLabel) -> bool:
    """Put ``note`` after ``widget`` in its parent's layout; False when there is no such layout."""
    holder = widget.parentWidget()
    layout = holder.layout() if holder is not None else None
    outer = holder.parentWidget() if holder is not None else None
    if isinstance(layout, QBoxLayout) and outer is not None and isinstance(outer.layout(), QFormLayout):
        if outer.layout().getWidgetPosition(holder)[0] >= 0:  # a row of short fields: the note goes below it
            widget, layout = holder, outer.layout()
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(widget)
        if row >= 0:
            layout.insertRow(row + 1, "", note)
            return True
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(widget)
        if index >= 0:
            layout.insertWidget(index + 1, note)
            return True
    return False


class CheckedSpinBox(QSpinBox):
    """A spin box that says when typed text is refused (out of range, not a number) instead of dropping it."""

    refused = Signal(str)

    def validate(self, text: str, position: int):  # noqa: D401 - Qt's name
        result = super().validate(text, position)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid and text.strip():
            self.refused.emit(self.refusal_message(text.strip()))
        return result

    def refusal_message(self, text: str) -> str:
        low = self.minimum() + (1 if self.specialValueText() else 0)
        what = self.accessibleName() or "This field"
        return f"{what} is a whole number from {low} to {self.maximum()}; “{text}” was not taken."
