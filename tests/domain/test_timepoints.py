"""One wording of a time point for the exports, the GUI, validation and the timeline."""

from editor.domain import TimePoint
from editor.domain.timepoints import describe

from .timepoint_report import timepoint_report


def test_a_time_is_worded_one_way_naming_its_anchor_in_words():
    report = timepoint_report()
    assert describe(TimePoint(date="2021-03"), report) == "2021-03"
    assert describe(TimePoint(offset=0, unit="day"), report) == "at presentation"
    assert describe(TimePoint(offset=1, unit="year"), report) == "1 year after presentation"
    assert describe(TimePoint(offset=2, unit="week", anchor="course-rtx"), report) == \
        "2 weeks after rituximab 500 mg, line 5"
    assert describe(TimePoint(offset=3, unit="month", anchor="outcome-cr"), report) == \
        "3 months after complete remission"
    assert describe(TimePoint(offset=1, unit="day", anchor="dx-1"), report) == \
        "1 day after Primary focal segmental glomerulosclerosis on renal…"
    assert describe(TimePoint(offset=0, unit="day", anchor="course-rtx"), report) == "at rituximab 500 mg, line 5"
    assert describe(TimePoint(text="after one year"), report) == "after one year"
    assert describe(None, report) == ""


def test_without_the_report_or_the_item_the_anchor_is_its_id():
    assert describe(TimePoint(offset=1, unit="year", anchor="course-9"), timepoint_report()) == "1 year after course-9"
    assert TimePoint(offset=2, unit="week", anchor="course-rtx").display() == "2 weeks after course-rtx"
