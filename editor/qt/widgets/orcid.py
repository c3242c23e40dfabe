"""ORCID iDs: 0000-0002-1825-0097, four groups of four, the last character an ISO 7064 11,2 check."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

ORCID = re.compile(r"^(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$")
_PREFIXES = ("https://orcid.org/", "http://orcid.org/", "orcid.org/")


def check_digit(digits: str) -> str:
    """The ISO 7064 11,2 check character of the first 15 digits."""
    total = 0
    for digit in digits:
        total = (total + int(digit)) * 2
    result = (12 - total % 11) % 11
    return "X" if result == 10 else str(result)


def orcid_problem(text: str | None) -> str | None:
    """What is wrong with an ORCID iD as typed, in words; None when it is right or empty."""
    text = (text or "").strip()
    for prefix in _PREFIXES:
        text = text.removeprefix(prefix)
    if not text:
        return None
    match = ORCID.match(text.upper())
    if not match:
        return "An ORCID iD reads 0000-0000-0000-000X: four groups of four digits (the last may be X)."
    digits = "".join(match.groups())
    expected = check_digit(digits[:15])
    if digits[15] != expected:
        return f"The check digit does not match (it should be {expected}); a digit is probably mistyped."
    return None


class OrcidField(QWidget):
    """A line edit with the problem shown beside it as the person types."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("0000-0002-1825-0097")
        self.edit.setMaxLength(40)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 2)
        layout.addWidget(self.problem, 3)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._check)

    def _check(self, text: str) -> None:
        problem = orcid_problem(text)
        self.problem.setText(problem or "")
        self.edit.setAccessibleDescription(problem or "")
        self.edit.setStyleSheet("border: 1px solid #b00020;" if problem else "")
