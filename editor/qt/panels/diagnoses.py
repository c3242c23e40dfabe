"""Diagnoses: each with its label, code, the basis it rests on, when it was made, and which is primary."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QCompleter, QFormLayout, QHBoxLayout, QWidget

from editor.domain import Diagnosis, new_id

from ..models.report_tables import DiagnosisTableModel
from ..widgets.timepoint_edit import TimePointEdit, parse_time_point, show_time_point
from .forms import add_row, line
from .list_form import ListFormPanel

CODE_SYSTEMS = ["ICD-10", "ICD-11", "SNOMED CT", "ORPHA", "OMIM"]


class DiagnosesPanel(ListFormPanel):
    section = "diagnoses"
    title = "Diagnoses"
    pointers = ("/diagnoses",)
    model_class = DiagnosisTableModel
    noun = "diagnosis"
    intro = "The diagnostic assessment (CARE 8): what was diagnosed, on what basis, and when."

    def new_item(self) -> Diagnosis:
        return Diagnosis(id=new_id("dx", self.taken_ids()))

    def build_form(self, form: QFormLayout) -> None:
        self.label = line("e.g. primary focal segmental glomerulosclerosis")
        self.code_system = line("ICD-10, SNOMED CT…")
        self.code_system.setCompleter(QCompleter(CODE_SYSTEMS, self.code_system))
        self.code_value = line("e.g. N04.1")
        code_row = QWidget()
        row = QHBoxLayout(code_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code_system, 1)
        row.addWidget(self.code_value, 1)
        self.basis = line("e.g. renal biopsy")
        self.time = TimePointEdit()
        self.primary = QCheckBox("This is the &primary diagnosis")
        add_row(form, "&Diagnosis:", self.label)
        add_row(form, "&Code (system, value):", self.code_system, field=code_row)
        self.code_value.setAccessibleName("Code value")
        add_row(form, "&Basis:", self.basis)
        add_row(form, "&When:", self.time)
        form.addRow("", self.primary)
        b = self.binder
        b.bind_line(self.label, "/label")
        b.bind_line(self.code_system, "/code/system")
        b.bind_line(self.code_value, "/code/value")
        b.bind_line(self.basis, "/basis")
        b.bind_line(self.time, "/time", parse=parse_time_point, show=show_time_point)
        b.bind_check(self.primary, "/primary")
