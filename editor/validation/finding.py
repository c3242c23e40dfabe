"""What a rule reports: a ``Finding`` with a severity, a JSON Pointer path and plain words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for notes: sorts the worst first."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

# A quick fix: (JSON Pointer, new value) pairs, applied together as one undoable step.
Fix = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Finding:
    """One problem in a report.

    ``path`` is an RFC 6901 JSON Pointer into the native document
    (``/treatment_courses/3/dose/unit``). ``start``/``end`` give a character
    range inside a text field for highlighting. ``fix`` is offered only when
    the right value is certain; ``fix_label`` names it in a menu ("Remove",
    "Replace with 'day 3'"), else the menu says "Apply quick fix".
    """

    rule: str
    severity: Severity
    path: str
    message: str
    hint: str = ""
    start: int | None = None
    end: int | None = None
    fix: Fix | None = None
    fix_label: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "path": self.path,
            "message": self.message,
            "hint": self.hint,
        }
