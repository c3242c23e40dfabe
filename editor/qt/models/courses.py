"""The treatment courses table, and the words used for courses and items across panels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from editor.domain import derived
from editor.domain.report import CaseReport
from editor.domain.timepoints import describe
from editor.domain.treatment import Route, TreatmentCourse
from editor.io.report_tables import words  # an enum as words, as the exports write it

from ..document import Document
from .list_table import Column, ListTableModel

GROUP_SHADE = QColor("#e8f0fa")  # every other line-and-regimen group
MISMATCH = QColor("#a35a00")


def item_label(item: Any) -> str:
    """How any identified item is named in a list: a course by agent, dose and line, an outcome by kind."""
    if isinstance(item, TreatmentCourse):
        return item.label()
    for name in ("label", "name", "description"):
        text = getattr(item, name, None)
        if isinstance(text, str) and text:
            when = getattr(item, "time", None)
            short = text if len(text) <= 60 else text[:57] + "…"
            return f"{short} ({when.display()})" if when and when.display() else short
    kind = getattr(item, "kind", None)
    return words(kind) or (item.id or "")


ANCHOR_LISTS = {"treatment_courses": "Course", "outcomes": "Outcome", "diagnoses": "Diagnosis",
                "investigations": "Investigation", "adverse_events": "Adverse event", "timeline": "Event"}


def anchor_choices(report: CaseReport, exclude: str | None = None, only: str | None = None) -> list[tuple[str, str]]:
    """The items a time can be counted from, as (id, label) in document order.

    ``only`` names one item: just its entry (or nothing), without labelling the
    thousands of others, for showing the anchor of one time point.
    """
    if only is not None:
        found = report.find(only)
        if found is None or found[0] not in ANCHOR_LISTS or only == exclude:
            return []
        return [(only, f"{ANCHOR_LISTS[found[0]]}: {item_label(found[2])}")]
    return [(item.id, f"{prefix}: {item_label(item)}") for name, prefix in ANCHOR_LISTS.items()
            for item in getattr(report, name) if item.id and item.id != exclude]


def cumulative_text(course: TreatmentCourse) -> str:
    derived_dose = derived.cumulative_dose(course)
    return derived_dose.display() if derived_dose else ""


def cumulative_mismatch(course: TreatmentCourse) -> bool:
    """True when the reported cumulative dose disagrees with dose × number of doses."""
    derived_dose = derived.cumulative_dose(course)
    if derived_dose is None or course.cumulative_dose is None:
        return False
    return derived.same_amount(derived_dose, course.cumulative_dose) is False


def _cumulative_cell(course: TreatmentCourse) -> str:
    """The derived cumulative dose, marked when the reported one disagrees (computed once per cell)."""
    derived_dose = derived.cumulative_dose(course)
    if derived_dose is None:
        return ""
    reported = course.cumulative_dose
    mismatch = reported is not None and derived.same_amount(derived_dose, reported) is False
    return ("⚠ " if mismatch else "") + derived_dose.display()


def _cumulative_tip(course: TreatmentCourse) -> str | None:
    if cumulative_mismatch(course):
        return (f"Dose × number of doses gives {cumulative_text(course)}, "
                f"but the reported cumulative dose is {course.cumulative_dose.display()}.")
    return "Dose × number of doses" if cumulative_text(course) else None


def _group_text(course: TreatmentCourse) -> str:
    line = f"Line {course.line}" if course.line else ""
    return " · ".join(p for p in (line, course.regimen or "") if p)


def _route(text: str) -> Route | None:
    text = text.strip().lower()
    if not text:
        return None
    try:
        return Route(text)
    except ValueError:
        raise ValueError(f"choose one of: {', '.join(Route.values())}") from None


def _count(text: str) -> int | None:
    text = str(text).strip()
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise ValueError("the number of doses is a whole number, 1 or more")
    return int(text)


class TreatmentCourseTableModel(ListTableModel):
    """Courses in document order; consecutive courses of one line and regimen form a shaded group."""

    list_pointer = "/treatment_courses"
    columns = [
        Column("Line · regimen", _group_text),
        Column("Agent", lambda c: c.agent, "/agent"),
        Column("Route", lambda c: words(c.route), "/route", parse=_route),
        Column("Dose", lambda c: c.dose.display() if c.dose else ""),
        Column("Frequency", lambda c: c.frequency.display() if c.frequency else ""),
        Column("Doses", lambda c: c.number_of_doses, "/number_of_doses", parse=_count,
               alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        Column("Start", lambda c: c.start.display() if c.start else ""),
        Column("End", lambda c: c.end.display() if c.end else ""),
        Column("Cumulative (derived)", lambda c: _cumulative_cell(c), tooltip=_cumulative_tip),
        Column("Stop reason", lambda c: words(c.stop_reason)),
    ]
    CUMULATIVE = 8
    START, END = 6, 7

    def items(self) -> list:
        """The list itself, without walking a pointer: data() runs tens of thousands of times per sort."""
        return getattr(self.document.report, self.list_pointer[1:])

    def __init__(self, document: Document, parent=None):
        super().__init__(document, parent)
        self._groups: list[int] | None = None
        document.about_to_change.connect(self._forget_groups)
        document.changed.connect(self._regroup)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return GROUP_SHADE if self.group_of(index.row()) % 2 else None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.CUMULATIVE:
            return MISMATCH if cumulative_mismatch(self.item(index.row())) else None
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() in (self.START, self.END):
            if 0 <= index.row() < self.rowCount():
                course = self.item(index.row())
                return describe(course.start if index.column() == self.START else course.end, self.document.report)
        return super().data(index, role)

    def group_of(self, row: int) -> int:
        """The number of the line-and-regimen group a row belongs to (0, 1, 2, … down the table)."""
        if self._groups is None:
            groups, previous, number = [], None, -1
            for course in self.items():
                key = (course.line, course.regimen)
                if key != previous or key == (None, None):
                    number += 1
                previous = key
                groups.append(number)
            self._groups = groups
        return self._groups[row] if row < len(self._groups) else 0

    def _forget_groups(self, _change) -> None:
        self._groups = None

    def _regroup(self, change) -> None:
        """A changed line or regimen can reshade every group below it."""
        if self.rowCount() and any(_regroups(p) for p in change.paths()):
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole])


def _regroups(path: str) -> bool:
    parts = path.split("/")
    return parts[1:2] == ["treatment_courses"] and (len(parts) <= 3 or parts[3] in ("line", "regimen"))
