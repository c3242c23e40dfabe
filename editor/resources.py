"""Where the shipped resources (schema, CSL styles, tables, templates) live.

From a checkout or an editable install they are the repository's ``resources/``;
a regular install puts the same files under ``<prefix>/share/case-report-editor``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_CANDIDATES = (
    Path(__file__).resolve().parents[1] / "resources",
    Path(sys.prefix) / "share" / "case-report-editor" / "resources",
)


def resource_dir() -> Path:
    for candidate in _CANDIDATES:
        if candidate.is_dir():
            return candidate
    return _CANDIDATES[0]


def resource(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource("csl", "apa.csl")``."""
    return resource_dir().joinpath(*parts)
