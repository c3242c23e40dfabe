"""Work that can wait until the window is on screen: validation, preview, timeline.

Opening a file should paint the window first and fill the docks a moment later;
Qt would otherwise run zero-delay timers before the first paint.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_PAINTED = "caseReportEditorPainted"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.setProperty(_PAINTED, True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self.callback()
        self.deleteLater()


def run_after_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` now, unless ``widget``'s window is shown but not painted yet: then right after."""
    window = widget.window()
    if window.isVisible() and not window.property(_PAINTED):
        _FirstPaint(window, callback)
    else:
        callback()
