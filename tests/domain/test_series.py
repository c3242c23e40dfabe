"""The laboratory series the Investigations chart draws: members, units, placement in time, reference range."""

from datetime import date
from pathlib import Path

import pytest

from editor.domain import Investigation
from editor.domain.clinical import TimelineEvent
from editor.domain.quantity import TimePoint, TimeUnit
from editor.domain.report import CaseReport
from editor.domain.series import CALENDAR, FROM_PRESENTATION, Band, convert, lab_series, parse_range
from editor.domain.treatment import TreatmentCourse
from editor.io.native import load

COMPLETE = Path(__file__).resolve().parents[2] / "samples" / "complete-example.case.json"


def result(name, value, unit="g/L", time=None, range_=None, id_=None) -> Investigation:
    return Investigation(id=id_, name=name, value=value, unit=unit, reference_range=range_, time=time)


def months_after(n, anchor=None) -> TimePoint:
    return TimePoint(offset=n, unit=TimeUnit.MONTH, anchor=anchor)


def test_complete_example_albumin_is_ten_points_in_time_order_with_band():
    report = load(COMPLETE)
    series = lab_series(report, 0)
    assert series.name == "serum albumin" and series.unit == "g/L" and series.axis == CALENDAR
    albumin = [i for i, inv in enumerate(report.investigations) if inv.name == "serum albumin"]
    assert [p.row for p in series.points] == albumin and len(albumin) == 10
    assert [p.value for p in series.points] == [report.investigations[i].value for i in albumin]
    days = [p.days for p in series.points]
    assert days == sorted(days) and days[0] == 0
    assert series.origin == date(2021, 3, 1)  # "2021-03" is placed at the start of March
    assert series.row_date(days[-1]) == date(2023, 1, 1)
    assert series.band == Band(35.0, 50.0)
    assert series.left_out == []


def test_name_matches_ignoring_case_and_spacing_and_order_follows_time_not_rows():
    report = CaseReport(investigations=[
        result("Serum Albumin", 30, time=TimePoint(date="2021-06")),
        result("serum  albumin", 20, time=TimePoint(date="2021-02-15")),
        result("serum creatinine", 80, unit="µmol/L", time=TimePoint(date="2021-03")),
    ])
    series = lab_series(report, 0)
    assert [p.row for p in series.points] == [1, 0]
    assert series.points[1].days == (date(2021, 6, 1) - date(2021, 2, 15)).days


def test_offsets_use_time_from_presentation_when_no_calendar_date_exists():
    report = CaseReport(
        treatment_courses=[TreatmentCourse(id="course-1", agent="rituximab", start=months_after(2))],
        investigations=[
            result("albumin", 20, time=TimePoint(offset=0, unit=TimeUnit.DAY)),
            result("albumin", 30, time=TimePoint(offset=2, unit=TimeUnit.WEEK, anchor="course-1")),
            result("albumin", 25, time=TimePoint(text="later on")),
        ])
    series = lab_series(report, 0)
    assert series.axis == FROM_PRESENTATION and series.origin is None
    assert [p.days for p in series.points] == [0, pytest.approx(14 + 2 * 30.4375)]
    assert series.left_out == [(2, "its time is in words only")]


def test_offsets_join_the_calendar_when_presentation_has_a_day():
    report = CaseReport(
        timeline=[TimelineEvent(id="event-presentation", time=TimePoint(date="2021-03-10"),
                                description="Presentation")],
        investigations=[result("albumin", 20, time=TimePoint(date="2021-03-10")),
                        result("albumin", 25, time=TimePoint(offset=3, unit=TimeUnit.WEEK))])
    series = lab_series(report, 1)
    assert series.axis == CALENDAR
    assert [series.row_date(p.days) for p in series.points] == [date(2021, 3, 10), date(2021, 3, 31)]


def test_offsets_from_presentation_are_left_out_beside_dates_when_presentation_has_no_day():
    report = CaseReport(investigations=[result("albumin", 20, time=TimePoint(date="2021-03")),
                                        result("albumin", 25, time=months_after(1))])
    series = lab_series(report, 0)
    assert [p.row for p in series.points] == [0]
    assert series.left_out == [(1, "it counts from presentation, which has no calendar date")]


def test_convertible_units_are_converted_and_others_left_out_with_the_reason():
    report = CaseReport(investigations=[
        result("albumin", 35, unit="g/L", time=TimePoint(date="2021-01")),
        result("albumin", 3.0, unit="g/dL", time=TimePoint(date="2021-02")),
        result("albumin", 500, unit="µmol/L", time=TimePoint(date="2021-03")),
        result("albumin", "low", unit="g/L", time=TimePoint(date="2021-04")),
        result("albumin", 30, unit="g/L"),
    ])
    series = lab_series(report, 0)
    assert [(p.row, p.value) for p in series.points] == [(0, 35.0), (1, pytest.approx(30.0))]
    assert series.points[1].typed == "3 g/dL"
    reasons = dict(series.left_out)
    assert "µmol/L" in reasons[2] and "cannot be converted to g/L" in reasons[2]
    assert reasons[3] == "its value is not a number"
    assert reasons[4] == "it has no time"


def test_the_selected_results_unit_sets_the_series_unit():
    report = CaseReport(investigations=[
        result("creatinine", 1.0, unit="mg/dL", time=TimePoint(date="2021-01")),
        result("creatinine", 88.4, unit="mg/L", time=TimePoint(date="2021-02")),
    ])
    assert lab_series(report, 1).unit == "mg/L"
    assert [p.value for p in lab_series(report, 1).points] == [pytest.approx(10.0), pytest.approx(88.4)]
    assert convert(1, "mg/dL", "g/L") == pytest.approx(0.01)
    assert convert(1, "RU/mL", "g/L") is None


@pytest.mark.parametrize("text, expected", [
    ("35-50", (35.0, 50.0, "")),
    ("35–50 g/L", (35.0, 50.0, "g/L")),
    ("3.5 to 5,0 g/dL", (3.5, 5.0, "g/dL")),
    ("<0.15 g/day", (0.0, 0.15, "g/day")),
    ("≤ 14", (0.0, 14.0, "")),
    (">60 mL/min", (60.0, None, "mL/min")),
    ("negative", None),
    ("50-35", None),
])
def test_reference_ranges_are_read_as_low_high(text, expected):
    assert parse_range(text) == expected


def test_band_is_converted_to_the_series_unit_or_explained():
    report = CaseReport(investigations=[
        result("albumin", 30, time=TimePoint(date="2021-01"), range_="3.5-5 g/dL"),
        result("urine protein", 2, unit="g/day", time=TimePoint(date="2021-01"), range_="<150 mg/day"),
        result("pla2r", 20, unit="RU/mL", time=TimePoint(date="2021-01"), range_="<14 U/L"),
        result("sodium", 140, unit="mmol/L", time=TimePoint(date="2021-01"), range_="normal"),
    ])
    assert lab_series(report, 0).band == Band(35.0, 50.0)
    band = lab_series(report, 1).band
    assert band.low == 0 and band.high == pytest.approx(0.15)
    pla2r = lab_series(report, 2)
    assert pla2r.band is None and "cannot be converted to RU/mL" in pla2r.band_note
    sodium = lab_series(report, 3)
    assert sodium.band is None and "low-high" in sodium.band_note


def test_a_result_without_a_name_has_no_series():
    report = CaseReport(investigations=[result(None, 3, time=TimePoint(date="2021"))])
    assert lab_series(report, 0) is None
    assert lab_series(report, 5) is None
