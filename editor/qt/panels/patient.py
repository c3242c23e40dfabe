"""The patient, de-identified (CARE 5): age, sex, ethnicity, occupation, symptoms, histories, comorbidities."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QWidget

from editor.domain import Sex
from editor.domain.numbers import format_number

from ..document import Document
from .forms import FormPanel, add_row, line, text_box

AGE_UNITS = [("", None), ("years", "year"), ("months", "month"), ("weeks", "week"), ("days", "day")]
NOT_STATED = "not stated"


class AgeSpinBox(QDoubleSpinBox):
    """Shows 21, not 21.0; 1.5 stays 1.5."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return format_number(value)


class PatientPanel(FormPanel):
    section = "patient"
    title = "Patient"
    pointers = ("/patient",)
    intro = ("CARE 5. De-identified by design: no name, exact date of birth, record number "
             "or address. The problems list flags any that slip into the text.")

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.age = AgeSpinBox()
        self.age.setRange(-1, 150)
        self.age.setDecimals(1)
        self.age.setSpecialValueText(NOT_STATED)
        self.age.setMinimumWidth(110)
        self.age_unit = QComboBox()
        self.age_unit.setAccessibleName("Age unit")
        age_row = QWidget()
        row = QHBoxLayout(age_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.age)
        row.addWidget(self.age_unit)
        row.addStretch(1)
        self.sex = QComboBox()
        self.sex.setMaximumWidth(220)
        self.ethnicity = line("only when relevant to the case")
        self.occupation = line("only when relevant to the case")
        self.symptoms = text_box(3, "The main symptoms that brought the patient to care")
        self.medical_history = text_box(3, "Past illnesses and past interventions with their outcomes")
        self.family_history = text_box(2)
        self.psychosocial_history = text_box(2, "Smoking, alcohol, social circumstances, when relevant")
        self.comorbidities = text_box(2)
        f = self.form
        add_row(f, "A&ge:", self.age, field=age_row)
        add_row(f, "&Sex:", self.sex)
        add_row(f, "&Ethnicity:", self.ethnicity)
        add_row(f, "&Occupation:", self.occupation)
        add_row(f, "&Presenting symptoms:", self.symptoms)
        add_row(f, "&Medical history:", self.medical_history)
        add_row(f, "&Family history:", self.family_history)
        add_row(f, "Psyc&hosocial history:", self.psychosocial_history)
        add_row(f, "&Comorbidities:", self.comorbidities)
        b = self.binder
        b.bind_spin(self.age, "/patient/age/value")
        b.bind_combo(self.age_unit, "/patient/age/unit", AGE_UNITS)
        b.bind_combo(self.sex, "/patient/sex", [(NOT_STATED, None)] + [(s.value, s) for s in Sex])
        b.bind_line(self.ethnicity, "/patient/ethnicity")
        b.bind_line(self.occupation, "/patient/occupation")
        b.bind_text(self.symptoms, "/patient/presenting_symptoms")
        b.bind_text(self.medical_history, "/patient/medical_history")
        b.bind_text(self.family_history, "/patient/family_history")
        b.bind_text(self.psychosocial_history, "/patient/psychosocial_history")
        b.bind_text(self.comorbidities, "/patient/comorbidities")
