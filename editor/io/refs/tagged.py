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


def count_records(text: str, starts: re.Pattern[str]) -> int:
    """How many lines start a record (for a progress bar; stray records are not counted)."""
    return sum(1 for line in text.split("\n") if starts.match(line))


def slices(text: str, starts: re.Pattern[str], size: int):
    """The text cut before every ``size``-th start line, as (part, lines before the part).

    A start line always begins a new record, so each part splits into the same records as the
    whole; a reader's record numbers and lines in a part are then offset by those before it.
    """
    lines = text.split("\n")
    begin, seen = 0, 0
    for number, line in enumerate(lines):
        if starts.match(line):
            if seen and seen % size == 0:
                yield "\n".join(lines[begin:number]) + "\n", begin
                begin = number
            seen += 1
    yield "\n".join(lines[begin:]), begin
