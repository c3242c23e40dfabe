"""The treatment courses panel: the table of courses beside the form of the selected one."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from editor.domain.quantity import TimePoint, TimeUnit
from editor.domain.treatment import TreatmentCourse

from ..document import Document
from ..models.courses import TreatmentCourseTableModel
from ..widgets.column_fit import fit_columns
from ..widgets.column_menu import install_column_menu
from .base import Panel
from .courses_form import CourseForm
from .forms import heading
from .list_section import ListSection


def next_course(course: TreatmentCourse, new_id: str) -> TreatmentCourse:
    """A copy of ``course`` that starts after it ends: the next course of the same drug.

    The start is, in order of preference: the selected course's end, when known;
    else, when its frequency is an interval and the number of doses is known,
    that many intervals after the course's start (an offset anchored on the
    course, which the time checks read as its start: four weekly doses give
    "4 weeks after" it); else the words "after the … course" alone. The line of
    therapy goes up by one; the end, reported cumulative dose, stop reason,
    response and note are left for the person to fill.
    """
    copy = course.model_copy(deep=True, update={
        "id": new_id, "end": None, "cumulative_dose": None, "stop_reason": None, "response": None, "note": None,
        "line": course.line + 1 if course.line else None})
    words = f"after the {course.agent or 'previous'} course"
    freq = course.frequency
    if course.end is not None and not course.end.is_empty:
        copy.start = course.end.model_copy(update={"text": course.end.text or words})
    elif freq is not None and freq.interval and freq.unit and course.number_of_doses:
        copy.start = TimePoint(offset=freq.interval * course.number_of_doses, unit=TimeUnit(freq.unit),
                               anchor=course.id, text=words)
    else:
        copy.start = TimePoint(text=words)
    return copy


class TreatmentCoursesPanel(Panel):
    section = "treatment_courses"
    title = "Treatment courses"
    pointers = ("/treatment_courses",)
    intro = "CARE 9: what was given, how much, how often, when, and why it changed."

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.model = TreatmentCourseTableModel(document, self)
        self.form = CourseForm(document, self.binder)
        self.courses = ListSection(document, self.model, self.binder, self.form, "course", TreatmentCourse)
        self.courses.button("Add next course", self.add_next_course,
                            "Copy the selected course as the next one, starting after it ends", at=1)
        self.courses.selected.connect(lambda _row: self.form.show_derived())
        # at 1280×800 the first five columns (line, agent, route, dose, frequency) fit beside the form
        self.courses.splitter.setSizes([590, 410])  # the first five columns fit; the form keeps room for dose and unit
        # the agent takes the room left
        fitter = fit_columns(self.courses.view, 1, {0: 14, 2: 11, 3: 9, 4: 12, 5: 6, 6: 13, 7: 13, 8: 12, 9: 11},
                             minimum=100)
        install_column_menu(self.courses.view, "courses", main=1, after=fitter.fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.addWidget(heading(self.title, self.intro))
        layout.addWidget(self.courses, 1)
        if self.model.rowCount():
            self.courses.select_row(0)

    @property
    def view(self):
        return self.courses.view

    def add_next_course(self) -> None:
        row = self.courses.current_row()
        if row < 0:
            return
        course = self.model.item(row)
        self.courses.insert(next_course(course, self.courses.fresh_id()), "Add next course")

    def focus_path(self, pointer: str) -> bool:
        return self.courses.focus_pointer(pointer)
