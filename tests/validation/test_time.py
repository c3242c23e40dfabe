"""Time order: the comparison of partial dates and offsets, and the rules built on it."""

from editor.domain import TimePoint
from editor.validation import Severity
from editor.validation.timeorder import AFTER, BEFORE, SAME, compare, compare_dates

from .helpers import clean_report, run


def T(**kw):
    return TimePoint(**kw)


def test_partial_dates_compare_at_common_precision():
    assert compare_dates("2018", "2019-05") == BEFORE
    assert compare_dates("2019-06", "2019-05-30") == AFTER
    assert compare_dates("2019", "2019-05") is None  # May 2019 is inside 2019
    assert compare_dates("2019-05-01", "2019-05-01") == SAME


def test_offsets_days_weeks_exact_months_years_among_themselves():
    assert compare(T(offset=14, unit="day"), T(offset=2, unit="week")) == SAME
    assert compare(T(offset=1, unit="year"), T(offset=12, unit="month")) == SAME
    assert compare(T(offset=11, unit="month"), T(offset=1, unit="year")) == BEFORE
    # a month is 28 to 31 days: 4 weeks cannot be ordered against it, 5 weeks can
    assert compare(T(offset=1, unit="month"), T(offset=4, unit="week")) is None
    assert compare(T(offset=1, unit="month"), T(offset=5, unit="week")) == BEFORE


def test_offsets_from_different_anchors_or_dates_do_not_compare():
    assert compare(T(offset=1, unit="day", anchor="course-1"), T(offset=2, unit="day")) is None
    assert compare(T(date="2019"), T(offset=2, unit="day")) is None


def test_anchors_that_are_offsets_are_followed():
    anchors = {"course-2": T(offset=3, unit="month")}
    later = T(offset=1, unit="month", anchor="course-2")  # 4 months after presentation
    assert compare(later, T(offset=3, unit="month"), anchors) == AFTER
    assert compare(later, T(offset=5, unit="month"), anchors) == BEFORE


def test_course_that_ends_before_it_starts():
    report = clean_report()
    report.treatment_courses[0].end = T(date="2014-11")
    [f] = run("time.course-ends-before-start", report)
    assert f.path == "/treatment_courses/0/end" and f.severity is Severity.ERROR
    report.treatment_courses[0].end = T(date="2015")  # same year as the start month: cannot tell
    assert run("time.course-ends-before-start", report) == []


def test_event_after_death():
    report = clean_report()
    report.outcomes[1].kind = "death"
    report.outcomes[1].time = T(date="2016-04")
    paths = [f.path for f in run("time.after-death", report)]
    assert paths == ["/outcomes/0/time"]  # the remission of 2016-06 comes after the death in 2016-04


def test_outcome_attributed_to_a_later_course():
    report = clean_report()
    report.outcomes[0].time = T(date="2015-09")  # rituximab started 2016-02
    [f] = run("time.outcome-before-course", report)
    assert f.path == "/outcomes/0/time" and "rituximab" in f.message
    assert run("time.outcome-before-course", clean_report()) == []


def test_relapse_without_earlier_remission():
    report = clean_report()
    report.outcomes[0].time = T(date="2018-01")  # the only remission now follows the relapse
    [f] = run("time.relapse-without-remission", report)
    assert f.path == "/outcomes/1/kind"
    report.outcomes[0].kind = "no_response"
    report.outcomes[0].time = T(date="2016-06")
    assert len(run("time.relapse-without-remission", report)) == 1
    assert run("time.relapse-without-remission", clean_report()) == []


def test_relapse_after_a_remission_recorded_as_other_points_at_that_outcome():
    report = clean_report()
    report.outcomes[0].kind = "other"
    report.outcomes[0].description = "Remission lasting one year."
    [f] = run("time.relapse-without-remission", report)
    assert f.path == "/outcomes/0/kind" and "recorded as 'other'" in f.message
    report.outcomes[0].kind = "partial_remission"
    assert run("time.relapse-without-remission", report) == []
