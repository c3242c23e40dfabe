"""The unit table, quantities and time points."""

from __future__ import annotations

from fractions import Fraction

import pytest
from pydantic import ValidationError

from editor.domain import Quantity, TimePoint
from editor.domain import units


def test_mcg_is_an_alias_of_microgram():
    assert units.lookup("mcg").code == "µg"
    assert units.canonical("mcg") == "µg"
    assert units.convert(250, "mcg", "mg") == Fraction(1, 4)


def test_codes_are_found_whatever_their_case_and_spacing():
    assert units.lookup(" MG ").code == "mg"
    assert units.lookup("mg/m2").code == "mg/m²"


def test_unknown_unit_is_kept_as_written():
    assert units.lookup("tablets") is None and not units.is_known("tablets")
    assert units.canonical("tablets") == "tablets"
    assert units.lookup("") is None and units.lookup(None) is None


def test_conversion_is_exact():
    assert units.convert(2.4, "g", "mg") == 2400
    assert units.convert(0.1, "g", "mg") == 100  # a float product would give 100.00000000000001
    assert units.convert(1, "L", "mL") == 1000
    assert units.convert(375, "mg/m²", "g/m²") == Fraction(3, 8)
    assert units.convert(1, "year", "month") == 12
    assert units.convert(2, "week", "day") == 14


@pytest.mark.parametrize("a, b", [("mg", "mL"), ("mg", "mg/kg"), ("mg/kg", "mg/m²"), ("IU", "mg"), ("month", "day")])
def test_no_conversion_across_dimensions(a, b):
    assert not units.convertible(a, b)
    with pytest.raises(ValueError, match="cannot convert"):
        units.convert(1, a, b)


def test_conversion_with_an_unknown_unit_names_it():
    with pytest.raises(ValueError, match="unknown unit: tablets"):
        units.convert(1, "tablets", "mg")


def test_best_unit_reads_well():
    assert units.best_unit(Fraction(2000), "mg") == (2, "g")
    assert units.best_unit(Fraction(500), "mg") == (500, "mg")
    assert units.best_unit(Fraction(5000), "IU") == (5000, "IU")  # only mass and volume are rescaled


def test_the_issue_minimum_units_are_in_the_table():
    for code in ("mg", "g", "µg", "kg", "mL", "L", "IU", "units", "mmol", "mg/kg", "mg/m²", "g/m²",
                 "day", "week", "month", "year"):
        assert units.is_known(code), code


def test_quantity_display():
    assert Quantity(value=500, unit="mg").display() == "500 mg"
    assert Quantity(value=2.0, unit="g").display() == "2 g"
    assert Quantity(low=1, high=2, unit="g").display() == "1–2 g"
    assert Quantity(low=1, high=2).is_range and not Quantity(value=1).is_range


@pytest.mark.parametrize("date", ["2021", "2021-03", "2021-03-15", "2020-02-29"])
def test_partial_dates_are_accepted(date):
    assert TimePoint(date=date).date == date


@pytest.mark.parametrize("date", ["21-03-2021", "2021-13", "2021-3", "2021-03-32", "March 2021", "2021-00"])
def test_malformed_dates_are_refused_with_the_expected_form(date):
    with pytest.raises(ValidationError) as caught:
        TimePoint(date=date)
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in str(caught.value)


@pytest.mark.parametrize("date", ["2021-02-30", "2021-02-29", "2021-04-31"])
def test_days_not_in_the_calendar_are_refused(date):
    with pytest.raises(ValidationError) as caught:
        TimePoint(date=date)
    assert "not in the calendar" in str(caught.value)


def test_offset_time_point_reads_in_words():
    assert TimePoint(offset=1, unit="year", anchor="outcome-remission-1").display() == "1 year after outcome-remission-1"
    assert TimePoint(offset=3, unit="month").display() == "3 months after presentation"
    assert TimePoint(text="after one year").display() == "after one year"
    assert TimePoint().is_empty and not TimePoint(offset=0, unit="day").is_empty
