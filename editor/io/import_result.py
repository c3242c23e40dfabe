"""What an import produced: the draft, what was recognised, and what was left unsorted.

Nothing of the source is dropped silently. Text that fits no part of the report
is kept twice: in ``ImportResult.unsorted`` (shown by the CLI and the import
summary dialog) and in the report itself, in the extra field ``unsorted`` (a
list of ``{"heading", "text", "reason"}``). Extra fields are kept on save, so
the text stays with the draft until the author moves it into a panel, but it
never reaches an export: a journal must not receive text nobody has placed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from editor.domain.report import CaseReport

UNSORTED_FIELD = "unsorted"


class ImportFailed(ValueError):
    """A source that cannot be imported; ``str()`` is one line naming the file and what to do."""


class ImportCancelled(Exception):
    """The person cancelled a long import through its progress callback; nothing was imported."""


# Called as progress(done, total) while an import reads; returning False cancels it.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class Unsorted:
    heading: str  # where it came from: a section title, "front matter", "after the references"
    text: str
    reason: str  # why it was not placed, in words an author understands


@dataclass
class ImportResult:
    report: CaseReport
    source: str  # file name, or "pasted text"
    kind: str  # "JATS XML", "plain text", "Word manuscript"
    recognised: list[str] = field(default_factory=list)  # "title", "7 authors", "section “Discussion” → Discussion"
    unsorted: list[Unsorted] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # things the person must know ("3 articles; the first imported")
    progress: Progress | None = field(default=None, repr=False, compare=False)

    def step(self, done: int, total: int) -> None:
        """Report progress (references parsed so far); raises ``ImportCancelled`` when the person stops."""
        if self.progress is not None and self.progress(done, total) is False:
            raise ImportCancelled("import cancelled")

    def recognise(self, what: str) -> None:
        self.recognised.append(what)

    def leave(self, heading: str, text: str, reason: str) -> None:
        text = text.strip()
        if text:
            self.unsorted.append(Unsorted(heading.strip() or "(no heading)", text, reason))

    def finish(self) -> "ImportResult":
        """Copy the unsorted text into the report's extra field, so saving keeps it."""
        pieces = [{"heading": u.heading, "text": u.text, "reason": u.reason} for u in self.unsorted]
        extra = self.report.model_extra if self.report.model_extra is not None else {}
        if pieces:
            extra[UNSORTED_FIELD] = pieces
        else:
            extra.pop(UNSORTED_FIELD, None)
        return self

    def summary_lines(self) -> list[str]:
        """The summary as the CLI prints it."""
        lines = [f"Imported {self.source} ({self.kind})."]
        lines += [f"Note: {note}" for note in self.notes]
        lines.append("Recognised:")
        lines += [f"  - {item}" for item in self.recognised] or ["  (nothing)"]
        if self.unsorted:
            lines.append(f"Left as unsorted text ({len(self.unsorted)}; kept in the draft's 'unsorted' field):")
            for piece in self.unsorted:
                lines.append(f"  - {piece.heading}: {_preview(piece.text)} [{piece.reason}]")
        else:
            lines.append("Nothing was left unsorted.")
        return lines


def _preview(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
