"""A dock that shows the document and redraws a moment after the person stops typing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from ..document import Document
from ..first_paint import run_after_paint


class FollowingDock(QDockWidget):
    """Subclasses implement ``refresh()``; edits restart a debounce timer, a new document
    is drawn just after the window's first paint. ``stale`` is True until that first draw."""

    debounce_ms = 300

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.document: Document | None = None
        self.stale = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.debounce_ms)
        self.timer.timeout.connect(self.refresh)

    def set_document(self, document: Document) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._changed)
        self.document = document
        document.changed.connect(self._changed)
        self.stale = True
        QTimer.singleShot(0, self, lambda: run_after_paint(self, self.refresh))  # the window paints first

    def _changed(self, _change: object) -> None:
        self.timer.start()  # restarts: the dock waits for a pause in typing

    def refresh(self) -> None:
        raise NotImplementedError
