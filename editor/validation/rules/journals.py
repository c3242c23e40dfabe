"""Journal titles: one journal written in full in one reference and abbreviated in another."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from operator import attrgetter

from editor.resources import resource

from ...domain.derived import reference_name
from ...domain.references import ReferenceKind
from ..citations import NAME_SCOPE, NUMBERING_SCOPE, citation_numbers
from ..finding import Severity
from ..registry import flag, rule

JOURNAL_ABBREVIATIONS = resource("journal_abbreviations.json")
# Words NLM abbreviations leave out.
_DROPPED = {"of", "the", "and", "&", "for", "in", "on", "an", "a", "de", "di", "la", "le", "del", "der", "und", "y", "e"}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_KIND_AND_JOURNAL = attrgetter("kind", "container")


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


@lru_cache(maxsize=4)
def _mismatches(journals: tuple) -> tuple[tuple[int, int, str | None], ...]:
    """(index written in full, index of the first abbreviating it, NLM abbreviation or None), from each
    reference's (kind, journal); kept, so that renaming references (a title, a new citation) redoes nothing."""
    table = nlm_table()
    forms: dict[tuple[str, ...], list[int]] = {}
    for i, (kind, container) in enumerate(journals):
        if kind == ReferenceKind.JOURNAL and container and container.strip():
            key = words(container)
            if key:
                forms.setdefault(key, []).append(i)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in forms:
        by_first.setdefault(key[0][:1], []).append(key)
    found = []
    for bucket in by_first.values():
        for full in bucket:
            short = next((s for s in bucket if s != full and len("".join(s)) < len("".join(full))
                          and _same_journal(full, s, table)), None)
            if short is not None:
                nlm = table.get(full) or table.get(short)
                found += [(i, forms[short][0], nlm) for i in forms[full]]
    return tuple(found)


@rule(id="references.journal-abbreviation", severity=Severity.WARNING,
      title="A journal is written in full in one reference and abbreviated in another",
      scope=["references/*/container", "references/*/kind", *NAME_SCOPE],
      context=citation_numbers, context_scope=NUMBERING_SCOPE)
def journal_abbreviation(report, numbers):
    """Vancouver uses the NLM abbreviation of every journal, the same way each time.

    Bad: "Kidney International" in reference 3 and "Kidney Int" in reference 16.
    Good: "Kidney Int" in both.
    """
    refs = report.references
    for i, first_short, nlm in _mismatches(tuple(map(_KIND_AND_JOURNAL, refs))):
        fix = ((f"/references/{i}/container", nlm),) if nlm else None
        short_text = refs[first_short].container.strip()
        yield flag(f"/references/{i}/container",
                   f"{reference_name(refs[i], numbers.get(refs[i].id))} writes the journal as '{refs[i].container}', "
                   f"but {reference_name(refs[first_short], numbers.get(refs[first_short].id), False)} "
                   f"abbreviates it '{short_text}'.",
                   f"Use the NLM abbreviation '{nlm}' in every reference." if nlm
                   else f"Write the journal the same way in every reference ('{short_text}').",
                   fix=fix, fix_label=f"Use the NLM abbreviation '{nlm}'" if nlm else "")
