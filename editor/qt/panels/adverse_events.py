"""Adverse events: what happened, how severe (CTCAE grade), after which courses, and what was done."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from editor.domain.operations import Change
from editor.domain.report import CaseReport

from ..document import Document
from ..widgets.course_picker import CoursePicker
from ..widgets.timepoint_edit import TimePointEditor
from .binding import Binder
from .field_names import name_fields
from .courses_form import count_spin, note_edit
from .forms import narrow_form

RESOLVED = [("not stated", None), ("yes", True), ("no", False)]


def course_items(report: CaseReport) -> list[tuple[str, str]]:
    """Courses to tick, named by agent, dose and line."""
    return [(c.id, c.label()) for c in report.treatment_courses if c.id]


def checklist_height(picker: CoursePicker, rows: int = 5) -> None:
    row = picker.fontMetrics().height() + 6
    picker.setMinimumHeight(rows * row + 6)
    picker.setMaximumHeight(rows * row + 6)


class AdverseEventForm(QWidget):
    def __init__(self, document: Document, binder: Binder, anchors, parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.binder = document, binder
        form = narrow_form(self)
        form.setContentsMargins(4, 0, 4, 0)
        self.description = note_edit("e.g. significant steroid toxicity")
        self.grade = count_spin(5, "CTCAE grade: 1 mild, 2 moderate, 3 severe, 4 life-threatening, 5 death",
                                "The CTCAE grade")
        self.time = TimePointEditor(anchors)
        self.courses = CoursePicker()
        self.courses.empty_text = "the report has no treatment courses yet"
        checklist_height(self.courses, 4)
        self.action_taken = QLineEdit()
        self.action_taken.setPlaceholderText("e.g. dose reduced, drug stopped")
        self.resolved = QComboBox()
        form.addRow("&Description", self.description)
        form.addRow("CTCAE &grade", self.grade)
        form.addRow("&Time", self.time)
        form.addRow("After &courses", self.courses)
        form.addRow("&Action taken", self.action_taken)
        form.addRow("&Resolved", self.resolved)
        binder.bind_text(self.description, "/description")
        binder.bind_spin(self.grade, "/grade")
        binder.bind_value(self.time, "/time", self.time.set_time_point, self.time.time_edited, merge=True)
        binder.bind_value(self.courses, "/course_ids",
                          lambda ids: self.courses.set_items(course_items(document.report), ids or []),
                          self.courses.ticked_changed)
        binder.bind_line(self.action_taken, "/action_taken")
        binder.bind_combo(self.resolved, "/resolved", RESOLVED)
        name_fields(form)
        document.changed.connect(self._document_changed)

    def _document_changed(self, change: Change) -> None:
        """Course names shown in the list follow edits of the courses."""
        if self.binder.base and any(p.startswith("/treatment_courses") for p in change.paths()):
            self.binder.refresh()
