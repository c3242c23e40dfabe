"""Instructions left by the CARE template ("Replace this: …") are selected when their field is entered.

The template fills each part of a new report with what belongs there. Without
this, a click puts the cursor inside the instruction and the person's words end
up glued to it ("A 21-year-old man…Replace this: the patient's main…"), to be
exported as is. With it, the first key typed replaces the instruction, as in a
word processor's template field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from editor.domain.report import TEMPLATE_PREFIX


def is_template_text(text: str | None) -> bool:
    return bool(text) and text.lstrip().startswith(TEMPLATE_PREFIX)


def _text_of(widget: QWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def select_instruction(widget: QWidget) -> bool:
    """Select the whole text of ``widget`` when it is still the template's instruction."""
    if not is_template_text(_text_of(widget)):
        return False
    widget.selectAll()
    if isinstance(widget, QPlainTextEdit):
        widget.ensureCursorVisible()
    return True


class _SelectOnEntry(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, (QLineEdit, QPlainTextEdit)):
            # after the click that gave focus has placed the cursor, or it would undo the selection
            QTimer.singleShot(0, watched, lambda: select_instruction(watched))
        return False


def watch(widget: QLineEdit | QPlainTextEdit) -> None:
    """Select the template instruction in ``widget`` each time it is entered."""
    selector = _SelectOnEntry(widget)
    widget.installEventFilter(selector)
    widget._template_selector = selector  # kept alive with the widget
