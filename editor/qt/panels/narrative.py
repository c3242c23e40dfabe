"""Narrative sections written as running text: Introduction, Clinical findings, Discussion, Patient perspective.

One class, ``NarrativePanel``; each section is a two-line subclass naming its field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..document import Document
from .forms import FormPanel, add_row, text_box

CITE_HINT = "Cite a reference at the cursor with Insert ▸ Citation (Ctrl+Shift+C)."


class NarrativePanel(FormPanel):
    field: str = ""
    label: str = "&Text:"
    placeholder: str = ""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.text = text_box(22, self.placeholder)
        add_row(self.form, self.label, self.text, tip=CITE_HINT)
        self.binder.bind_text(self.text, self.field)


class IntroductionPanel(NarrativePanel):
    section, title, pointers, field = "introduction", "Introduction", ("/introduction",), "/introduction"
    intro = "CARE 4: why this case matters, with references to the literature. " + CITE_HINT
    placeholder = "Background of the condition and its treatment, and what this case adds"


class ClinicalFindingsPanel(NarrativePanel):
    section, title, pointers, field = ("clinical_findings", "Clinical findings", ("/clinical_findings",),
                                       "/clinical_findings")
    intro = "CARE 6: the relevant physical examination and other clinical findings. " + CITE_HINT
    placeholder = "Examination and other significant findings at presentation"


class DiscussionPanel(NarrativePanel):
    section, title, pointers, field = "discussion", "Discussion", ("/discussion",), "/discussion"
    intro = ("CARE 11: strengths and limitations, the relevant literature, the rationale for the conclusions "
             "and the main take-away lessons. " + CITE_HINT)


class PatientPerspectivePanel(NarrativePanel):
    section, title, pointers, field = ("patient_perspective", "Patient perspective", ("/patient_perspective",),
                                       "/patient_perspective")
    intro = "CARE 12: the patient's own account of the treatment they received, when they wish to share it."
    label = "Patient's &account:"
