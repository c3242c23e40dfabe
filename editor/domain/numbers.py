"""How a number from a report is written back to a person: one rule for doses, results and offsets.

Whole numbers as integers (1000000, never "1e+06" or "1000000.0"); decimals
as they were typed (2.4, 0.125, 0.0000001), never rounded to six digits.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from .base import Number


def format_number(number: Number | Fraction) -> str:
    """``1000000`` -> "1000000"; ``2.0`` -> "2"; ``2.4`` -> "2.4"; ``1e-07`` -> "0.0000001"."""
    if isinstance(number, bool):
        raise TypeError("a yes/no value is not a number to write out")
    if isinstance(number, Fraction):
        if number.denominator == 1:
            return str(number.numerator)
        number = float(number)
    if isinstance(number, int):
        return str(number)
    if not math.isfinite(number):
        return str(number)
    if number.is_integer():
        return str(int(number))
    # repr is the shortest text that reads back as the same float: what was typed
    return format(Decimal(repr(number)), "f")
