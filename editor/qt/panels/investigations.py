"""Investigations: each test result with its value, unit, reference range and time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QSplitter, QWidget

from editor.domain import Investigation, new_id
from editor.domain.operations import Change
from editor.domain.series import lab_series

from ..document import Document
from ..models.report_tables import InvestigationTableModel, _number_or_text, _shown
from ..widgets.column_fit import fit_columns
from ..widgets.column_menu import install_column_menu
from ..widgets.series_chart import SeriesView
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

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.series = SeriesView(self)
        self.series.chart.point_chosen.connect(self.editor.select_row)
        # the chart beside the form, under the table
        outer = self.form_box.parentWidget()
        beside = QSplitter(Qt.Orientation.Horizontal, self)
        beside.setChildrenCollapsible(False)
        outer.replaceWidget(outer.indexOf(self.form_box), beside)
        beside.addWidget(self.form_box)
        beside.addWidget(self.series)
        beside.setStretchFactor(0, 1)
        beside.setStretchFactor(1, 1)
        # the name takes the room left
        fitter = fit_columns(self.editor.table, 0, {1: 8, 2: 8, 3: 17, 4: 12, 5: 16}, minimum=140)
        install_column_menu(self.editor.table, "investigations", main=0, after=fitter.fit)
        self.editor.current_changed.connect(lambda _row: self.show_series())
        document.changed.connect(self._document_changed)
        self.show_series()

    def show_series(self) -> None:
        """Draw the series of the selected result (every result with its name)."""
        row = self.editor.current_row()
        report = self.document.report
        self.series.set_series(lab_series(report, row) if row >= 0 else None, row,
                               lambda r: f"row {r + 1} ({_shown(report.investigations[r].value) or 'empty'})")

    def _document_changed(self, change: Change) -> None:
        # results move with their anchors, so any timed item can move a point
        if any(p.startswith(("/investigations", "/timeline", "/treatment_courses", "/diagnoses", "/outcomes",
                             "/adverse_events")) or p == "" for p in change.paths()):
            self.show_series()

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
