"""What an import gives back: the references read, and why some records were skipped."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.domain.references import Reference


class NotAReferenceList(ValueError):
    """The file is no reference list at all (or in a format we cannot read); nothing is imported.

    ``str()`` is one line a person can act on.
    """


@dataclass(frozen=True, slots=True)
class RecordProblem:
    """One record that could not be read: its number in the file (1-based), its first line, why."""

    record: int
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"record {self.record}" + (f" (line {self.line})" if self.line else "")
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class ImportResult:
    references: list[Reference] = field(default_factory=list)
    problems: list[RecordProblem] = field(default_factory=list)
    format: str = ""  # the format's display name, e.g. "RIS"

    def summary(self) -> str:
        """``"Read 12 references from RIS; 1 record skipped."``"""
        count = len(self.references)
        text = f"Read {count} reference{'s' if count != 1 else ''} from {self.format}"
        if self.problems:
            skipped = len(self.problems)
            text += f"; {skipped} record{'s' if skipped != 1 else ''} skipped"
        return text + "."
