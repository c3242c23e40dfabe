"""What every section panel offers the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..document import Document
from .binding import Binder


class Panel(QWidget):
    """A panel edits one part of the report.

    ``section`` is the navigator id, ``title`` its label, ``pointers`` the JSON
    Pointer prefixes it owns (a finding at ``/treatment_courses/3/dose/unit``
    goes to the panel owning ``/treatment_courses``).
    """

    section: str = ""
    title: str = ""
    pointers: tuple[str, ...] = ()

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.binder = Binder(document)

    def owns(self, pointer: str) -> bool:
        return any(pointer == p or pointer.startswith(p + "/") for p in self.pointers)

    def focus_path(self, pointer: str) -> bool:
        """Show and focus the widget editing ``pointer``; False if this panel has none.

        Table panels override this to select the row first.
        """
        return self.binder.focus(pointer)
