"""Investigations: each test result with its value, unit, reference range and time."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from editor.domain import Investigation, new_id

from ..models.report_tables import InvestigationTableModel, _number_or_text, _shown
from ..widgets.timepoint_edit import TimePointEdit, parse_time_point, show_time_point
from .forms import add_row, line
from .list_form import ListFormPanel


class InvestigationsPanel(ListFormPanel):
    section = "investigations"
    title = "Investigations"
    pointers = ("/investigations",)
    model_class = InvestigationTableModel
    noun = "investigation"
    intro = ("Laboratory and imaging results. A series of one investigation over time "
             "(serum creatinine at each visit) is one row per measurement with the same name.")

    def new_item(self) -> Investigation:
        return Investigation(id=new_id("inv", self.taken_ids()))

    def build_form(self, form: QFormLayout) -> None:
        self.name = line("e.g. serum creatinine")
        self.value = line("a number (3.2) or words (positive)")
        self.unit = line("e.g. µmol/L, g/day")
        self.reference_range = line("e.g. 62-106")
        self.time = TimePointEdit()
        self.note = line()
        add_row(form, "&Name:", self.name)
        add_row(form, "&Value:", self.value)
        add_row(form, "&Unit:", self.unit)
        add_row(form, "&Reference range:", self.reference_range)
        add_row(form, "&When:", self.time)
        add_row(form, "N&ote:", self.note)
        b = self.binder
        b.bind_line(self.name, "/name")
        b.bind_line(self.value, "/value", parse=_number_or_text, show=_shown)
        b.bind_line(self.unit, "/unit")
        b.bind_line(self.reference_range, "/reference_range")
        b.bind_line(self.time, "/time", parse=parse_time_point, show=show_time_point)
        b.bind_line(self.note, "/note")
