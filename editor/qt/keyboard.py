"""Keyboard paths a mouse user never notices: Tab from the section list into the panel."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


def first_field(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab would stop at, in focus-chain order."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (container.isAncestorOf(widget) and widget.isVisibleTo(container) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return widget
        widget = widget.nextInFocusChain()
    return None


class TabIntoPanel(QObject):
    """Tab in the section navigator moves to the first field of the section shown beside it.

    Without it, Tab follows the order widgets were created in and lands in a dock.
    """

    def __init__(self, navigator: QWidget, current_panel: Callable[[], QWidget | None]):
        super().__init__(navigator)
        self.current_panel = current_panel
        navigator.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab and not event.modifiers()):
            panel = self.current_panel()
            target = first_field(panel) if panel is not None else None
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False
