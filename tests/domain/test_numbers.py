"""One way to write a number from a report: doses, results, frequencies and time offsets."""

from fractions import Fraction

import pytest

from editor.domain import Quantity, TimePoint
from editor.domain.numbers import format_number
from editor.domain.treatment import Frequency


@pytest.mark.parametrize("number, text", [
    (1_000_000, "1000000"), (1_000_000.0, "1000000"), (2.0, "2"), (500, "500"),
    (2.4, "2.4"), (0.125, "0.125"), (1e-07, "0.0000001"), (2.123456789, "2.123456789"),
    (12345678.9, "12345678.9"), (Fraction(3, 1), "3"), (Fraction(1, 2), "0.5"), (-1.5, "-1.5"),
])
def test_numbers_are_written_as_typed(number, text):
    assert format_number(number) == text


def test_a_yes_no_value_is_not_written_as_a_number():
    with pytest.raises(TypeError):
        format_number(True)


def test_quantities_frequencies_and_offsets_share_the_formatter():
    assert Quantity(value=1_000_000.0, unit="IU").display() == "1000000 IU"  # was "1e+06 IU"
    assert Quantity(value=2.123456789, unit="mg").display() == "2.123456789 mg"  # was rounded to 2.12346
    assert Quantity(low=0.5, high=1.0, unit="g").display() == "0.5–1 g"
    assert Frequency(interval=1.5, unit="week").display() == "every 1.5 weeks"
    assert TimePoint(offset=1_000_000.0, unit="day").display() == "1000000 days after presentation"
