"""Journal titles: one journal written in full in one reference and abbreviated in another."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from editor.resources import resource

from ..finding import Severity
from ..registry import flag, rule

JOURNAL_ABBREVIATIONS = resource("journal_abbreviations.json")
# Words NLM abbreviations leave out.
_DROPPED = {"of", "the", "and", "&", "for", "in", "on", "an", "a", "de", "di", "la", "le", "del", "der", "und", "y", "e"}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=8192)
def words(title: str) -> tuple[str, ...]:
    """A title's significant words in lower case: "The Kidney International" -> ("kidney", "international")."""
    return tuple(w for w in _WORD.findall(title.lower()) if w not in _DROPPED)


@lru_cache(maxsize=1)
def nlm_table() -> dict[tuple[str, ...], str]:
    """Normalised full title (and abbreviation) -> NLM abbreviation."""
    data = json.loads(JOURNAL_ABBREVIATIONS.read_text(encoding="utf-8"))
    table: dict[tuple[str, ...], str] = {}
    for full, abbreviation in data["journals"].items():
        table[words(full)] = abbreviation
        table.setdefault(words(abbreviation), abbreviation)
    return table


def abbreviates(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` reads as an abbreviation of ``full``: word by word prefixes, one at least shortened."""
    if len(short) != len(full) or short == full:
        return False
    return all(f.startswith(s) for s, f in zip(short, full))


def _same_journal(a: tuple[str, ...], b: tuple[str, ...], table) -> bool:
    known_a, known_b = table.get(a), table.get(b)
    if known_a is not None and known_a == known_b:
        return True
    return abbreviates(b, a)


@rule(id="references.journal-abbreviation", severity=Severity.WARNING,
      title="A journal is written in full in one reference and abbreviated in another",
      scope=["references/*/container", "references/*/kind"])
def journal_abbreviation(report):
    """Vancouver uses the NLM abbreviation of every journal, the same way each time.

    Bad: "Kidney International" in reference 3 and "Kidney Int" in reference 16.
    Good: "Kidney Int" in both.
    """
    table = nlm_table()
    forms: dict[tuple[str, ...], list[int]] = {}
    texts: dict[tuple[str, ...], str] = {}
    for i, ref in enumerate(report.references):
        if ref.kind.value == "journal" and ref.container and ref.container.strip():
            key = words(ref.container)
            if key:
                forms.setdefault(key, []).append(i)
                texts.setdefault(key, ref.container.strip())
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in forms:
        by_first.setdefault(key[0][:1], []).append(key)
    for bucket in by_first.values():
        for full in bucket:
            short = next((s for s in bucket if s != full and len("".join(s)) < len("".join(full))
                          and _same_journal(full, s, table)), None)
            if short is None:
                continue
            nlm = table.get(full) or table.get(short)
            for i in forms[full]:
                fix = ((f"/references/{i}/container", nlm),) if nlm else None
                yield flag(f"/references/{i}/container",
                           f"Reference {i + 1} writes the journal as '{report.references[i].container}', "
                           f"but reference {forms[short][0] + 1} abbreviates it '{texts[short]}'.",
                           f"Use the NLM abbreviation '{nlm}' in every reference." if nlm
                           else f"Write the journal the same way in every reference ('{texts[short]}').",
                           fix=fix, fix_label=f"Use the NLM abbreviation '{nlm}'" if nlm else "")
