"""Informed consent (CARE 13): whether it was obtained, from whom, and the statement printed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ..document import Document
from .forms import FormPanel, add_row, line, text_box

CONSENT_GIVERS = ["patient", "parent", "legal guardian", "next of kin"]


class ConsentPanel(FormPanel):
    section = "consent"
    title = "Consent"
    pointers = ("/consent",)
    intro = "CARE 13: journals publish a case report only with the patient's informed consent."

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.obtained = QComboBox()
        self.obtained_from = line("patient, parent, legal guardian, next of kin")
        self.obtained_from.setCompleter(QCompleter(CONSENT_GIVERS, self.obtained_from))
        self.statement = text_box(4, "e.g. Written informed consent was obtained from the patient "
                                     "for publication of this case report.")
        add_row(self.form, "Consent &obtained:", self.obtained)
        add_row(self.form, "&From:", self.obtained_from)
        add_row(self.form, "&Statement:", self.statement)
        self.binder.bind_combo(self.obtained, "/consent/obtained",
                               [("not stated", None), ("yes", True), ("no", False)])
        self.binder.bind_line(self.obtained_from, "/consent/obtained_from")
        self.binder.bind_text(self.statement, "/consent/statement")
