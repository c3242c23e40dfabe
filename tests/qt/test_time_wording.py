"""Times read the same in the tables, the time fields and the exports; a time field reads its own text back."""

from __future__ import annotations

from editor.domain.quantity import TimePoint
from editor.domain.timepoints import describe, item_name
from editor.io.report_tables import outcome_table
from editor.qt.panels.outcomes import OutcomesPanel
from editor.qt.widgets.timepoint_edit import parse_time_point, show_time_point

from .panel_support import collect_qt_garbage, seed_document  # noqa: F401 (autouse fixture)


def test_the_outcomes_table_words_times_as_the_export_does(qtbot):
    document = seed_document()
    panel = OutcomesPanel(document)
    qtbot.addWidget(panel)
    report = document.report
    anchored = next(i for i, o in enumerate(report.outcomes) if o.time and o.time.anchor not in (None, "presentation"))
    anchor = report.outcomes[anchored].time.anchor
    name = item_name(report.find(anchor)[2])
    shown = panel.outcome_model.index(anchored, 1).data()
    exported = outcome_table(report).rows[anchored][1]
    assert shown == exported == describe(report.outcomes[anchored].time, report)
    assert name and name in shown and anchor not in shown  # the item named in words, not by its id


def test_a_time_field_reads_back_what_it_shows():
    for typed in ("at presentation", "at course-2", "2 weeks after course-mmf-1", "1.5 years", "2016-03"):
        time = parse_time_point(typed)
        again = parse_time_point(show_time_point(time))
        assert (again.date, again.offset, again.unit, again.anchor or "presentation") == \
            (time.date, time.offset, time.unit, time.anchor or "presentation")
    assert parse_time_point("at presentation").offset == 0
    assert parse_time_point("at admission") == TimePoint(text="at admission")  # words, not an anchor "admission"
    assert show_time_point(TimePoint(offset=0, unit="week", anchor="course-2")) == "at course-2"
    assert show_time_point(TimePoint(offset=6, unit="month")) == "6 months after presentation"
