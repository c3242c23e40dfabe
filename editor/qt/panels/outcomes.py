"""The outcomes panel: outcomes (table and form) above the adverse events (table and form)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from editor.domain.operations import Change
from editor.domain.report import CaseReport
from editor.domain.treatment import AdverseEvent, Outcome, OutcomeKind

from ..document import Document
from ..models.courses import anchor_choices
from ..models.outcomes import AdverseEventTableModel, OutcomeTableModel
from ..widgets.column_fit import fit_columns
from ..widgets.column_menu import install_column_menu
from ..widgets.course_picker import CoursePicker, ItemChecklist
from ..widgets.quantity_edit import QuantityEdit
from ..widgets.timepoint_edit import TimePointEditor
from .adverse_events import AdverseEventForm, checklist_height, course_items
from .base import Panel
from .binding import Binder
from .courses_form import choices, note_edit
from .field_names import name_fields
from .forms import heading, narrow_form
from .list_section import ListSection, item_at

DURATION_UNITS = ["day", "week", "month", "year"]


def evidence_items(report: CaseReport) -> list[tuple[str, str]]:
    """Investigations to tick as evidence: name, value and time."""
    items = []
    for inv in report.investigations:
        value = "" if inv.value is None else f"{inv.value} {inv.unit or ''}".strip()
        when = inv.time.display() if inv.time else ""
        label = " — ".join(p for p in (inv.name or inv.id, value, when) if p)
        items.append((inv.id, label))
    return items


class OutcomeForm(QWidget):
    def __init__(self, document: Document, binder: Binder, anchors, parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.binder = document, binder
        form = narrow_form(self)
        form.setContentsMargins(4, 0, 4, 0)
        self.kind = QComboBox()
        self.time = TimePointEditor(anchors)
        self.description = note_edit("what happened, in the report's words")
        self.duration = QuantityEdit(DURATION_UNITS, placeholder="e.g. 1")
        self.courses = CoursePicker()
        self.evidence = ItemChecklist()
        self.courses.empty_text = "the report has no treatment courses yet"
        self.evidence.empty_text = "the report has no investigations yet"
        checklist_height(self.courses, 6)
        checklist_height(self.evidence, 4)
        form.addRow("&Outcome", self.kind)
        form.addRow("&Time", self.time)
        form.addRow("&Description", self.description)
        form.addRow("D&uration", self.duration)
        form.addRow("Attributed to\n&courses", self.courses)
        form.addRow("&Evidence\n(investigations)", self.evidence)
        binder.bind_combo(self.kind, "/kind", choices(OutcomeKind))
        binder.bind_value(self.time, "/time", self.time.set_time_point, self.time.time_edited, merge=True)
        binder.bind_text(self.description, "/description")
        binder.bind_value(self.duration, "/duration", self.duration.set_quantity, self.duration.quantity_edited,
                          merge=True)
        binder.bind_value(self.courses, "/course_ids",
                          lambda ids: self.courses.set_items(course_items(document.report), ids or []),
                          self.courses.ticked_changed)
        binder.bind_value(self.evidence, "/evidence_ids",
                          lambda ids: self.evidence.set_items(evidence_items(document.report), ids or []),
                          self.evidence.ticked_changed)
        name_fields(form)
        document.changed.connect(self._document_changed)

    def _document_changed(self, change: Change) -> None:
        """Course and investigation names in the lists follow edits of those items."""
        if self.binder.base and any(p.startswith(("/treatment_courses", "/investigations")) for p in change.paths()):
            self.binder.refresh()


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class OutcomesPanel(Panel):
    section = "outcomes"
    title = "Outcomes and adverse events"
    pointers = ("/outcomes", "/adverse_events")
    intro = ("CARE 10: what happened after each course, the results that show it, "
             "and adverse or unanticipated events.")

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.outcome_model = OutcomeTableModel(document, self)
        self.outcome_form = OutcomeForm(document, self.binder, self._anchors(self.binder))
        self.outcomes = ListSection(document, self.outcome_model, self.binder, self.outcome_form, "outcome", Outcome)
        self.event_binder = Binder(document)
        self.event_model = AdverseEventTableModel(document, self)
        self.event_form = AdverseEventForm(document, self.event_binder, self._anchors(self.event_binder))
        self.events = ListSection(document, self.event_model, self.event_binder, self.event_form,
                                  "adverse event", AdverseEvent)
        # the description takes the room left beside the form
        fitter = fit_columns(self.outcomes.view, 2, {0: 17, 1: 14, 3: 9, 4: 18, 5: 14}, minimum=140)
        install_column_menu(self.outcomes.view, "outcomes", main=2, after=fitter.fit)
        fitter = fit_columns(self.events.view, 0, {1: 6, 2: 14, 3: 18, 4: 16, 5: 8}, minimum=140)
        install_column_menu(self.events.view, "adverse_events", main=0, after=fitter.fit)
        for section in (self.outcomes, self.events):
            section.splitter.setSizes([480, 520])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(_titled("Outcomes", self.outcomes))
        splitter.addWidget(_titled("Adverse events", self.events))
        splitter.setSizes([460, 340])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.addWidget(heading(self.title, self.intro))
        layout.addWidget(splitter, 1)
        for section, model in ((self.outcomes, self.outcome_model), (self.events, self.event_model)):
            if model.rowCount():
                section.select_row(0)

    def _anchors(self, binder: Binder):
        def anchors(only: str | None = None) -> list[tuple[str, str]]:
            item = item_at(self.document, binder.base)
            return anchor_choices(self.document.report, exclude=getattr(item, "id", None), only=only)
        return anchors

    def focus_path(self, pointer: str) -> bool:
        return self.outcomes.focus_pointer(pointer) or self.events.focus_pointer(pointer)
