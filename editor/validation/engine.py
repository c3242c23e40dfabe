"""Running the rules: ``validate`` for one pass, ``Validator`` for re-validation after edits."""

from __future__ import annotations

from typing import Iterable

from ..domain.report import CaseReport
from .finding import Finding
from .order import order_key
from .registry import Rule, UnknownRuleError, all_rules


def active_rules(disabled: Iterable[str] = frozenset()) -> list[Rule]:
    """The rules left after switching off ``disabled``; an unknown id raises ``UnknownRuleError``."""
    rules = all_rules()
    known = {r.id for r in rules}
    for rule_id in disabled:
        if rule_id not in known:
            raise UnknownRuleError(rule_id)
    off = set(disabled)
    return [r for r in rules if r.id not in off]


def sort_findings(findings: Iterable[Finding], keys: dict[str, tuple] | None = None) -> list[Finding]:
    """Document order of the path; at one path by position in the text, worst first, then rule.

    ``keys`` may carry order keys from an earlier call, to save recomputing them.
    """
    keys = {} if keys is None else keys

    def key(f: Finding) -> tuple:
        k = keys.get(f.path)
        if k is None:
            k = keys[f.path] = order_key(f.path)
        return (k, f.start or 0, f.severity.rank, f.rule)

    return sorted(findings, key=key)


def validate(report: CaseReport, disabled: Iterable[str] = frozenset()) -> list[Finding]:
    """Every finding of every enabled rule, in document order."""
    found: list[Finding] = []
    for rule in active_rules(disabled):
        found.extend(rule.run(report))
    return sort_findings(found)


class Validator:
    """Keeps each rule's findings so that an edit reruns only the rules that read it.

    Rules declared ``each=<list>`` are cached per item: editing
    ``/references/12/doi`` re-checks reference 12 alone. Inserting, removing or
    moving items changes the list path itself, which reruns the rule in full.
    """

    def __init__(self, disabled: Iterable[str] = frozenset()) -> None:
        self.rules = active_rules(disabled)
        self._whole: dict[str, list[Finding]] = {}
        self._items: dict[str, list[list[Finding]]] = {}
        self._keys: dict[str, tuple] = {}
        self.last_rerun: list[str] = []  # ids of the rules the last call ran, for tests and figures

    def validate(self, report: CaseReport) -> list[Finding]:
        """A full pass that refills the cache."""
        self._whole.clear()
        self._items.clear()
        for rule in self.rules:
            self._run(rule, report)
        self.last_rerun = [r.id for r in self.rules]
        return self.findings()

    def revalidate(self, report: CaseReport, changed_paths: Iterable[str]) -> list[Finding]:
        """Rerun what the edits at ``changed_paths`` can affect and return all findings."""
        changed = [tuple(p.strip("/").split("/")) if p.strip("/") else () for p in changed_paths]
        self.last_rerun = []
        for rule in self.rules:
            hits = [c for c in changed if rule.reads(c)]
            if not hits:
                continue
            self.last_rerun.append(rule.id)
            items = self._items.get(rule.id)
            if rule.each and items is not None and len(items) == len(getattr(report, rule.each)):
                indices = {_item_index(rule.each, c) for c in hits}
                if None not in indices:
                    for index in indices:
                        items[index] = rule.run_item(report, index)
                    continue
            self._run(rule, report)
        return self.findings()

    def findings(self) -> list[Finding]:
        found: list[Finding] = []
        for rule in self.rules:
            if rule.id in self._whole:
                found.extend(self._whole[rule.id])
            else:
                for item in self._items.get(rule.id, ()):
                    found.extend(item)
        return sort_findings(found, self._keys)

    def _run(self, rule: Rule, report: CaseReport) -> None:
        if rule.each is None:
            self._whole[rule.id] = rule.run(report)
        else:
            per_item: list[list[Finding]] = [[] for _ in getattr(report, rule.each)]
            for found in rule.run(report):
                per_item[_item_index(rule.each, tuple(found.path.split("/", 3)[1:3]))].append(found)
            self._items[rule.id] = per_item


def _item_index(list_name: str, changed: tuple[str, ...]) -> int | None:
    """The item an edit is inside (``references/12/doi`` -> 12), or None for the list itself."""
    if len(changed) >= 2 and changed[0] == list_name and changed[1].isdigit():
        return int(changed[1])
    return None
