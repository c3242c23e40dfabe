"""One resolver of anchored offsets: exact sums along the chain of anchors, for ordering and drawing."""

from fractions import Fraction

import pytest

from editor.domain import TimePoint
from editor.domain.offsets import DAYS_PER_MONTH, anchor_times, reckon

from .timepoint_report import timepoint_report


def test_offsets_add_up_exactly_along_the_chain_of_anchors():
    anchors = anchor_times(timepoint_report())
    found = reckon(TimePoint(offset=1.5, unit="week", anchor="outcome-cr"), anchors)
    assert found.anchor == "presentation" and not found.circular
    assert (found.days, found.months) == (Fraction(21, 2) + 14, 1)  # 1.5 weeks + 2 weeks; 1 month
    assert found.via == ("outcome-cr", "course-rtx")
    assert found.approximate_days() == pytest.approx(24.5 + 30.4375)


def test_the_chain_stops_at_a_dated_item_or_words_or_a_missing_item():
    anchors = anchor_times(timepoint_report())
    dated = reckon(TimePoint(offset=2, unit="year", anchor="course-1"), anchors)
    assert (dated.anchor, dated.base.date, dated.months) == ("course-1", "2015-02", 24)
    words = reckon(TimePoint(offset=3, unit="day", anchor="event-1"), anchors)
    assert (words.anchor, words.base.text, words.days) == ("event-1", "on admission", 3)
    missing = reckon(TimePoint(offset=3, unit="day", anchor="course-9"), anchors)
    assert (missing.anchor, missing.base) == ("course-9", None)


def test_a_circle_of_anchors_is_reported_not_followed_for_ever():
    found = reckon(TimePoint(offset=1, unit="day", anchor="course-loop-a"), anchor_times(timepoint_report()))
    assert found.circular and set(found.via) == {"course-loop-a", "course-loop-b"}


def test_dates_and_words_are_not_offsets():
    anchors = anchor_times(timepoint_report())
    assert reckon(TimePoint(date="2020"), anchors) is None
    assert reckon(TimePoint(text="later"), anchors) is None
    assert reckon(None, anchors) is None


def test_one_month_length_for_drawing():
    assert DAYS_PER_MONTH * 12 == Fraction(36525, 100)  # twelve months make a mean year of 365.25 days
