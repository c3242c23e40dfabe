"""Diagnoses, investigations and timeline events name the item a time counts from in words, not by its id."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from editor.domain import CaseReport, Quantity, TimePoint, TreatmentCourse
from editor.domain.clinical import Diagnosis, Investigation, TimelineEvent
from editor.domain.treatment import Outcome
from editor.qt.docks.timeline_plan import plan
from editor.qt.document import Document
from editor.qt.models.report_tables import DiagnosisTableModel, InvestigationTableModel, TimelineEventTableModel

from .panel_support import collect_qt_garbage  # noqa: F401 (autouse fixture)

AFTER_RITUXIMAB = TimePoint(offset=2, unit="week", anchor="course-2")


def _report() -> CaseReport:
    return CaseReport(
        treatment_courses=[TreatmentCourse(id="course-2", agent="rituximab", dose=Quantity(value=500, unit="mg"),
                                           line=5, start=TimePoint(date="2016-02"))],
        diagnoses=[Diagnosis(id="dx-1", label="Relapse of FSGS", time=AFTER_RITUXIMAB)],
        investigations=[Investigation(id="inv-1", name="urine protein", value=0.2, unit="g/day", time=AFTER_RITUXIMAB)],
        timeline=[TimelineEvent(id="event-1", description="Biopsy", time=AFTER_RITUXIMAB)],
    )


@pytest.mark.parametrize("model_class, column", [(DiagnosisTableModel, 3), (InvestigationTableModel, 4),
                                                 (TimelineEventTableModel, 0)])
def test_time_column_names_the_course_and_edits_by_id(model_class, column, qtmodeltester):
    document = Document(_report())
    model = model_class(document)
    qtmodeltester.check(model)
    index = model.index(0, column)
    assert index.data() == "2 weeks after rituximab 500 mg, line 5"
    assert index.data(Qt.ItemDataRole.EditRole) == "2 weeks after course-2"  # the editor starts from text it can read back

    document.set_value("/treatment_courses/0/agent", "obinutuzumab")
    assert model.index(0, column).data() == "2 weeks after obinutuzumab 500 mg, line 5"


def test_time_counted_from_a_missing_item_keeps_its_id():
    document = Document(CaseReport(diagnoses=[Diagnosis(id="dx-1", label="FSGS",
                                                        time=TimePoint(offset=1, unit="year", anchor="course-9"))]))
    assert DiagnosisTableModel(document).index(0, 3).data() == "1 year after course-9"


def test_timeline_reason_names_the_undated_item_in_words():
    report = _report()
    report.treatment_courses[0].start = None
    report.outcomes.append(Outcome(id="outcome-1", kind="complete_remission",
                                   time=TimePoint(offset=3, unit="month", anchor="course-2")))
    reasons = {pointer: reason for pointer, _label, reason in plan(report).not_placed}
    assert reasons["/outcomes/0"] == "counted from rituximab 500 mg, line 5, which has no date"
