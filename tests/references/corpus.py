"""Load the labelled reference corpus and score the parser on it (shared by tests and benchmark)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from editor.references.parser import parse_reference

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "references"


def load_corpus(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _names(value):
    return [{"family": p.get("family"), "initials": p.get("initials")} for p in value or []] or None


def compare(raw: str, expected: dict) -> tuple[list[str], int]:
    """Fields the parser got wrong for one reference, and how many fields were judged.

    Every field in ``expected`` is judged, and so is every field the parser filled that
    ``expected`` leaves empty (an invented field counts as wrong).
    """
    got = parse_reference(raw).model_dump(mode="json", exclude_defaults=True)
    got.pop("raw", None)
    got.setdefault("kind", "journal")
    names = set(expected) | set(got)
    wrong = []
    for name in names:
        want, have = expected.get(name), got.get(name)
        if name in ("authors", "editors"):
            want, have = _names(want), _names(have)
        if want != have:
            wrong.append(name)
    return wrong, len(names)


@dataclass
class Score:
    fields: int = 0
    fields_wrong: int = 0
    references: int = 0
    references_right: int = 0
    wrong_fields: list[str] = field(default_factory=list)

    @property
    def field_accuracy(self) -> float:
        return 1 - self.fields_wrong / self.fields if self.fields else 0.0

    @property
    def whole_accuracy(self) -> float:
        return self.references_right / self.references if self.references else 0.0


def score(rows: list[dict]) -> Score:
    result = Score()
    for row in rows:
        wrong, judged = compare(row["raw"], row["expected"])
        result.fields += judged
        result.fields_wrong += len(wrong)
        result.references += 1
        result.references_right += not wrong
        result.wrong_fields.extend(wrong)
    return result
