"""Time-order findings name the item a time counts from in words, and reword when that item is renamed."""

from __future__ import annotations

from editor.domain import TimePoint
from editor.domain import operations as ops
from editor.validation import Validator, validate

from .helpers import clean_report, run


def _counted_from_cyclophosphamide(report):
    """Rituximab (course-2) starts 2 months after cyclophosphamide (course-1, 400 mg); its remission 2 weeks after."""
    report.treatment_courses[1].start = TimePoint(offset=2, unit="month", anchor="course-1")
    report.treatment_courses[1].end = None
    report.outcomes[0].time = TimePoint(offset=2, unit="week", anchor="course-1")
    return report


def test_outcome_before_its_course_names_the_anchor_course():
    [f] = run("time.outcome-before-course", _counted_from_cyclophosphamide(clean_report()))
    assert "(2 weeks after cyclophosphamide 400 mg)" in f.message
    assert "(2 months after cyclophosphamide 400 mg)" in f.message
    assert "course-1" not in f.message


def test_course_ending_before_it_starts_names_the_anchor():
    report = clean_report()
    report.treatment_courses[0].start = TimePoint(offset=1, unit="month", anchor="course-2")
    report.treatment_courses[0].end = TimePoint(offset=1, unit="week", anchor="course-2")
    [f] = run("time.course-ends-before-start", report)
    assert "1 week after rituximab 500 mg" in f.message and "1 month after rituximab 500 mg" in f.message
    assert "course-2" not in f.message


def test_event_after_death_names_the_anchor():
    report = clean_report()
    report.outcomes[1].kind = "death"
    report.outcomes[1].time = TimePoint(offset=1, unit="month", anchor="course-2")
    report.investigations[0].time = TimePoint(offset=1, unit="year", anchor="course-2")
    [f] = [f for f in run("time.after-death", report) if f.path == "/investigations/0/time"]
    assert f.message == ("This is dated 1 year after rituximab 500 mg, after the patient's death "
                         "(1 month after rituximab 500 mg).")


def test_renaming_the_anchor_course_rewords_the_finding_on_revalidation():
    report = _counted_from_cyclophosphamide(clean_report())
    validator = Validator()
    validator.validate(report)
    change = ops.set_value(report, path="/treatment_courses/0/agent", value="chlorambucil")
    found = validator.revalidate(report, change.paths())
    assert found == validate(report)
    [f] = [f for f in found if f.rule == "time.outcome-before-course"]
    assert "2 weeks after chlorambucil 400 mg" in f.message and "cyclophosphamide" not in f.message


def test_a_missing_anchor_is_still_named_by_its_id():
    report = clean_report()
    report.treatment_courses[0].start = TimePoint(offset=1, unit="month", anchor="course-9")
    report.treatment_courses[0].end = TimePoint(offset=1, unit="week", anchor="course-9")
    [f] = run("time.course-ends-before-start", report)
    assert "1 week after course-9" in f.message
