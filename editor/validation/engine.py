"""Running the rules: ``validate`` for one pass, ``Validator`` for re-validation after edits."""

from __future__ import annotations

from operator import itemgetter
from typing import Any, Iterable

from ..domain.report import CaseReport
from .citations import REFERENCE_IDS, reference_ids_key
from .fieldset import one_pass, overlap, split
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


def finding_key(f: Finding, keys: dict[str, tuple]) -> tuple:
    """Document order of the path; at one path by position in the text, worst first, then rule."""
    k = keys.get(f.path)
    if k is None:
        k = keys[f.path] = order_key(f.path)
    return (k, f.start or 0, f.severity.rank, f.rule, f.end or 0, f.message)


def sort_findings(findings: Iterable[Finding], keys: dict[str, tuple] | None = None) -> list[Finding]:
    """Findings in document order (see ``finding_key``).

    ``keys`` may carry order keys from an earlier call, to save recomputing them.
    """
    keys = {} if keys is None else keys
    return sorted(findings, key=lambda f: finding_key(f, keys))


def validate(report: CaseReport, disabled: Iterable[str] = frozenset()) -> list[Finding]:
    """Every finding of every enabled rule, in document order."""
    found: list[Finding] = []
    with one_pass():
        for rule in active_rules(disabled):
            found.extend(rule.run(report))
    return sort_findings(found)


class Validator:
    """Keeps each rule's findings so that an edit reruns only what it can change.

    Rules declared ``each=<list>`` are cached per item: editing
    ``/references/12/doi`` re-checks reference 12 alone. Rules declared
    ``fields=...`` are cached per field: typing in the discussion re-checks the
    discussion alone, unless the edit changed the rule's context. A whole-report
    rule with a context (the citation numbers its messages give) reruns after an
    edit of what only the context reads when the context changed. Inserting,
    removing or moving items changes the list path itself, which renews every
    item of that list. The sorted result is kept until some rule's findings change.
    """

    def __init__(self, disabled: Iterable[str] = frozenset()) -> None:
        self.rules = active_rules(disabled)
        self._whole: dict[str, list[Finding]] = {}
        self._items: dict[str, list[list[Finding]]] = {}
        self._fields: dict[str, dict[str, list[Finding]]] = {}
        self._contexts: dict[str, Any] = {}
        self._keyed: dict[str, list[tuple[tuple, Finding]]] = {}  # per rule: its findings with sort keys
        self._keys: dict[str, tuple] = {}
        self._sorted: list[Finding] | None = None
        self._ids: tuple[CaseReport, tuple] | None = None  # the references' ids of the last pass, to carry over
        self.last_rerun: list[str] = []  # ids of the rules the last call ran, for tests and figures

    def validate(self, report: CaseReport) -> list[Finding]:
        """A full pass that refills the cache."""
        for cache in (self._whole, self._items, self._fields, self._contexts, self._keyed):
            cache.clear()
        with one_pass() as memo:
            for rule in self.rules:
                self._run(rule, report)
        self._keep_ids(report, memo)
        self.last_rerun = [r.id for r in self.rules]
        return self.findings()

    def revalidate(self, report: CaseReport, changed_paths: Iterable[str]) -> list[Finding]:
        """Rerun what the edits at ``changed_paths`` can affect and return all findings.

        ``last_rerun`` lists the rules that checked anything again; a rule whose context
        the edit met but left unchanged (the citation numbers after typing) is not listed.
        """
        changed = list(dict.fromkeys(split(p) for p in changed_paths))
        self.last_rerun = []
        seed = {}
        if self._ids is not None and self._ids[0] is report and not any(overlap(REFERENCE_IDS, c) for c in changed):
            seed[reference_ids_key(report)] = self._ids[1]  # no edit met a reference's id: they are as they were
        with one_pass(seed) as memo:
            for rule in self.rules:
                hits = [c for c in changed if rule.reads(c)]
                if not hits:
                    continue
                if rule.fields is not None:
                    ran = self._rerun_fields(rule, report, hits)
                elif rule.context is not None and not any(rule.reads_own(c) for c in hits):
                    ran = self._rerun_if_context_changed(rule, report)
                else:
                    if not (rule.each and self._rerun_items(rule, report, hits)):
                        keep = rule.context is not None and not any(rule.reads_context(c) for c in hits)
                        self._run(rule, report, keep_context=keep)
                    ran = True
                if ran:
                    self.last_rerun.append(rule.id)
        self._keep_ids(report, memo)
        return self.findings()

    def _keep_ids(self, report: CaseReport, memo: dict) -> None:
        ids = memo.get(reference_ids_key(report))
        self._ids = (report, ids) if ids is not None else None

    def findings(self) -> list[Finding]:
        if self._sorted is None:
            keyed = [pair for rule in self.rules for pair in self._keyed_findings(rule)]
            keyed.sort(key=itemgetter(0))
            self._sorted = [f for _, f in keyed]
        return list(self._sorted)

    # --- the caches -----------------------------------------------------------------
    def _keyed_findings(self, rule: Rule) -> list[tuple[tuple, Finding]]:
        keyed = self._keyed.get(rule.id)
        if keyed is None:
            if rule.id in self._whole:
                found: Iterable[Finding] = self._whole[rule.id]
            elif rule.id in self._fields:
                found = (f for fs in self._fields[rule.id].values() for f in fs)
            else:
                found = (f for fs in self._items.get(rule.id, ()) for f in fs)
            keyed = self._keyed[rule.id] = [(finding_key(f, self._keys), f) for f in found]
        return keyed

    def _changed(self, rule: Rule) -> None:
        self._keyed.pop(rule.id, None)
        self._sorted = None

    def _run(self, rule: Rule, report: CaseReport, keep_context: bool = False) -> None:
        """Run a rule over the whole report; ``keep_context`` when the edit did not meet what its context reads."""
        if rule.fields is None and rule.each is None:
            if rule.context is None:
                context = None
            elif keep_context and rule.id in self._contexts:
                context = self._contexts[rule.id]
            else:
                context = self._contexts[rule.id] = rule.context_of(report)
            found = rule.run_whole(report, context)
            if found != self._whole.get(rule.id):
                self._whole[rule.id] = found
                self._changed(rule)
            return
        self._changed(rule)
        if rule.fields is not None:
            context = self._contexts[rule.id] = rule.context_of(report)
            cache: dict[str, list[Finding]] = {}
            for pointer, value in rule.fields.values(report):
                found = rule.run_field(pointer, value, context)
                if found:
                    cache[pointer] = found
            self._fields[rule.id] = cache
        else:
            per_item: list[list[Finding]] = [[] for _ in getattr(report, rule.each)]
            for found in rule.run(report):
                per_item[_item_index(rule.each, tuple(found.path.split("/", 3)[1:3]))].append(found)
            self._items[rule.id] = per_item

    def _rerun_if_context_changed(self, rule: Rule, report: CaseReport) -> bool:
        """A whole-report rule reruns after an edit of what only its context reads if the context changed."""
        fresh = rule.context_of(report)
        if rule.id in self._contexts and _same(fresh, self._contexts[rule.id]):
            self._contexts[rule.id] = fresh  # the same value: keep the newest object, so next time ``is`` decides
            return False
        self._run(rule, report)
        return True

    def _rerun_items(self, rule: Rule, report: CaseReport, hits: list[tuple[str, ...]]) -> bool:
        """Re-check only the edited items of an ``each`` rule; False when the list itself changed."""
        items = self._items.get(rule.id)
        if items is None or len(items) != len(getattr(report, rule.each)):
            return False
        indices = {_item_index(rule.each, c) for c in hits}
        if None in indices:
            return False
        for index in indices:
            found = rule.run_item(report, index)
            if found != items[index]:
                items[index] = found
                self._changed(rule)
        return True

    def _rerun_fields(self, rule: Rule, report: CaseReport, hits: list[tuple[str, ...]]) -> bool:
        """Re-check the edited fields, everything when the edit changed what all fields depend on; False when
        nothing needed checking again."""
        cache = self._fields.get(rule.id)
        if cache is None:
            self._run(rule, report)
            return True
        context = self._contexts.get(rule.id)
        if rule.context is None:
            context = report
        elif any(rule.reads_context(c) for c in hits):
            fresh = rule.context_of(report)
            if not _same(fresh, context):
                self._run(rule, report)
                return True
            self._contexts[rule.id] = context = fresh  # equal: keep the newest object, so next time ``is`` decides
        ran = False
        for changed in hits:
            units = rule.fields.units(changed)
            if not units:
                continue  # the edit met only what the context reads
            ran = True
            old: dict[str, list[Finding]] = {}
            for prefix, exact in units:
                if exact:
                    keys = [prefix] if prefix in cache else []
                else:
                    keys = [k for k in cache if k == prefix or k.startswith(prefix + "/")] if prefix else list(cache)
                for key in keys:
                    old[key] = cache.pop(key)
            new: dict[str, list[Finding]] = {}
            for pointer, value in rule.fields.values(report, changed):
                found = rule.run_field(pointer, value, context)
                if found:
                    new[pointer] = found
            cache.update(new)
            if new != old:
                self._changed(rule)
        return ran


def _same(fresh: Any, kept: Any) -> bool:
    """Whether a context is unchanged; a context kept as the very object (the citation numbers) costs nothing."""
    return fresh is kept or fresh == kept


def _item_index(list_name: str, changed: tuple[str, ...]) -> int | None:
    """The item an edit is inside (``references/12/doi`` -> 12), or None for the list itself."""
    if len(changed) >= 2 and changed[0] == list_name and changed[1].isdigit():
        return int(changed[1])
    return None
