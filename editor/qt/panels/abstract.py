"""The CARE structured abstract (item 3): background, case presentation, conclusion."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..document import Document
from .forms import FormPanel, add_row, text_box


class AbstractPanel(FormPanel):
    section = "abstract"
    title = "Abstract"
    pointers = ("/abstract",)
    intro = "CARE 3: what is new and why it matters; the case; the take-away lesson."

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.background = text_box(6, "What is unique about this case and what it adds")
        self.case_presentation = text_box(8, "Symptoms, findings, diagnoses, interventions and outcomes")
        self.conclusion = text_box(5, "The main take-away lesson")
        add_row(self.form, "&Background:", self.background)
        add_row(self.form, "Case &presentation:", self.case_presentation)
        add_row(self.form, "&Conclusion:", self.conclusion)
        self.binder.bind_text(self.background, "/abstract/background")
        self.binder.bind_text(self.case_presentation, "/abstract/case_presentation")
        self.binder.bind_text(self.conclusion, "/abstract/conclusion")
