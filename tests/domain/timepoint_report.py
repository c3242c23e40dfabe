"""A small report whose times count from presentation, a dated course, words, and each other in a circle."""

from editor.domain import CaseReport, Outcome, Quantity, TimePoint, TreatmentCourse
from editor.domain.clinical import Diagnosis, TimelineEvent


def timepoint_report() -> CaseReport:
    return CaseReport(
        treatment_courses=[
            TreatmentCourse(id="course-1", agent="prednisolone", start=TimePoint(date="2015-02")),
            TreatmentCourse(id="course-rtx", agent="rituximab", dose=Quantity(value=500, unit="mg"), line=5,
                            start=TimePoint(offset=1, unit="month", anchor="presentation")),
            TreatmentCourse(id="course-loop-a", agent="a", start=TimePoint(offset=1, unit="week", anchor="course-loop-b")),
            TreatmentCourse(id="course-loop-b", agent="b", start=TimePoint(offset=1, unit="week", anchor="course-loop-a")),
        ],
        outcomes=[Outcome(id="outcome-cr", kind="complete_remission", time=TimePoint(offset=2, unit="week", anchor="course-rtx"))],
        diagnoses=[Diagnosis(id="dx-1", label="Primary focal segmental glomerulosclerosis on renal biopsy. Severe.")],
        timeline=[TimelineEvent(id="event-1", description="Renal biopsy", time=TimePoint(text="on admission"))],
    )
