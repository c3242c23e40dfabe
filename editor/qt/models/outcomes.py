"""The outcomes and adverse events tables."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from editor.domain.report import CaseReport
from editor.domain.timepoints import describe

from .courses import words
from .list_table import Column, ListTableModel


def course_names(report: CaseReport, ids: list[str]) -> str:
    """Attributed courses by label ("rituximab 500 mg, line 5"); a missing id is shown as missing."""
    names = []
    for course_id in ids:
        course = report.course(course_id)
        names.append(course.label() if course else f"{course_id} (missing)")
    return "; ".join(names)


def evidence_names(report: CaseReport, ids: list[str]) -> str:
    by_id = {inv.id: inv for inv in report.investigations}
    names = []
    for inv_id in ids:
        inv = by_id.get(inv_id)
        names.append(inv.name or inv_id if inv else f"{inv_id} (missing)")
    return "; ".join(names)


def _grade(text: str) -> int | None:
    text = str(text).strip()
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= 5:
        raise ValueError("a CTCAE grade is a whole number from 1 to 5")
    return int(text)


class _ReportAwareModel(ListTableModel):
    """Cells that name other items (courses, anchors) read the report; these columns say which."""

    report_columns: dict[int, object] = {}

    def items(self) -> list:
        """The list itself, without walking a pointer: data() runs tens of thousands of times per sort."""
        return getattr(self.document.report, self.list_pointer[1:])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() in self.report_columns
                and 0 <= index.row() < self.rowCount()):
            return self.report_columns[index.column()](self.document.report, self.item(index.row()))
        return super().data(index, role)


class OutcomeTableModel(_ReportAwareModel):
    list_pointer = "/outcomes"
    columns = [
        Column("Outcome", lambda o: words(o.kind)),
        Column("Time", lambda o: o.time.display() if o.time else ""),
        Column("Description", lambda o: o.description, "/description", tooltip=lambda o: o.description),
        Column("Duration", lambda o: o.duration.display() if o.duration else ""),
        Column("Attributed to", lambda o: ", ".join(o.course_ids)),
        Column("Evidence", lambda o: ", ".join(o.evidence_ids)),
    ]
    report_columns = {
        1: lambda report, o: describe(o.time, report),
        4: lambda report, o: course_names(report, o.course_ids),
        5: lambda report, o: evidence_names(report, o.evidence_ids),
    }


class AdverseEventTableModel(_ReportAwareModel):
    list_pointer = "/adverse_events"
    columns = [
        Column("Adverse event", lambda e: e.description, "/description", tooltip=lambda e: e.description),
        Column("Grade", lambda e: e.grade, "/grade", parse=_grade,
               alignment=Qt.AlignmentFlag.AlignCenter),
        Column("Time", lambda e: e.time.display() if e.time else ""),
        Column("Courses", lambda e: ", ".join(e.course_ids)),
        Column("Action taken", lambda e: e.action_taken, "/action_taken"),
        Column("Resolved", lambda e: {True: "yes", False: "no"}.get(e.resolved, "")),
    ]
    report_columns = {
        2: lambda report, e: describe(e.time, report),
        3: lambda report, e: course_names(report, e.course_ids),
    }
