"""The export tables regrouped for a narrow column (the preview dock, about 330 px wide).

Eight columns of a treatment table cannot fit beside the editor, so related
cells share one: the agent with its route, the dose with its schedule and
number of doses, the start with the end. Each narrow cell is a list of lines
(parts); nothing in the wide table is left out. The exports keep their wide
tables: only the preview asks for these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .report_tables import Table


@dataclass
class NarrowTable:
    key: str
    caption: str
    header: list[str]
    rows: list[list[list[str]]]  # row -> cell -> lines; lines may hold citation markers


def _count(text: str, noun: str) -> str:
    if not text:
        return ""
    return f"{text} {noun}" if text == "1" else f"{text} {noun}s"


def _prefixed(prefix: str, text: str) -> str:
    return f"{prefix}{text}" if text else ""


def _treatment(c: dict[str, str]) -> list[list[str]]:
    return [[c["Agent"], c["Route"]],
            [c["Dose"], c["Frequency"], _count(c["Doses"], "dose")],
            [c["Start"], _prefixed("to ", c["End"])],
            [c["Cumulative dose"]]]


def _outcome(c: dict[str, str]) -> list[list[str]]:
    return [[c["Outcome"], c["Description"]],
            [c["Time"], _prefixed("lasting ", c["Duration"])],
            [c["Attributed to"]]]


def _adverse_event(c: dict[str, str]) -> list[list[str]]:
    return [[c["Adverse event"], _prefixed("CTCAE grade ", c["CTCAE grade"])],
            [c["Attributed to"]],
            [c["Time"]],
            [c["Action taken"], _prefixed("resolved: ", c["Resolved"])]]


def _investigation(c: dict[str, str]) -> list[list[str]]:
    return [[c["Investigation"], c["Note"]],
            [c["Result"], _prefixed("range ", c["Reference range"])],
            [c["Time"]]]


# table key -> (narrow header, how a wide row becomes narrow cells)
REGROUPED: dict[str, tuple[list[str], Callable[[dict[str, str]], list[list[str]]]]] = {
    "treatment": (["Course", "Dose and schedule", "Start, end", "Total"], _treatment),
    "outcomes": (["Outcome", "Time", "Attributed to"], _outcome),
    "adverse-events": (["Adverse event", "Attributed to", "Time", "Action taken"], _adverse_event),
    "investigations": (["Investigation", "Result", "Time"], _investigation),
}


def narrow(table: Table) -> NarrowTable:
    """``table`` with fewer, fuller columns; a table not listed (or changed) keeps its columns."""
    header, regroup = REGROUPED.get(table.key, (None, None))
    if regroup is not None:
        try:
            rows = [[[part for part in cell if part] for cell in regroup(dict(zip(table.header, row)))]
                    for row in table.rows]
            return NarrowTable(table.key, table.caption, header, rows)
        except KeyError:  # the wide table's columns were renamed: show them as they are
            pass
    return NarrowTable(table.key, table.caption, list(table.header),
                       [[[cell] if cell else [] for cell in row] for row in table.rows])
