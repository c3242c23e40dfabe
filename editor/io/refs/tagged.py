"""Splitting tagged text formats (RIS, MEDLINE) into records, remembering where each starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(slots=True)
class Record:
    number: int  # 1-based position in the file
    line: int  # 1-based line of its first line
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def split_records(text: str, starts: re.Pattern[str], ends: re.Pattern[str] | None = None) -> list[Record]:
    """Records begin at a line matching ``starts`` (or after a blank line when ``ends`` is None).

    With ``ends`` (RIS's ``ER  -``), a record runs from its start line to its end line; lines
    outside any record (headers, stray text) are left out. Without it (MEDLINE), records are
    separated by blank lines or by the next start line.
    """
    records: list[Record] = []
    current: Record | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        if starts.match(line) and (ends is not None or current is None or current.lines):
            current = Record(len(records) + 1, number, [line])
            records.append(current)
        elif ends is None and not line.strip():
            current = None
        elif current is not None:
            current.lines.append(line)
            if ends is not None and ends.match(line):
                current = None
        elif ends is None and line.strip():
            current = Record(len(records) + 1, number, [line])
            records.append(current)
    return records
