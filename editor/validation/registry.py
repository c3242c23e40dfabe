"""The rule registry: ``@rule(...)`` registers a check; ``all_rules()`` lists them.

A rule is a function ``(report) -> Iterable[Finding]``; with ``each="references"``
it is instead called once per item as ``(item, path, report)``, so an edit to
one reference re-checks only that reference. With ``fields=FieldSet(...)`` it
is called once per field as ``(pointer, value, context)``, so typing in one text
re-checks that text alone; ``context(report)`` is what every field's check
needs besides its own value (the report itself when not given), recomputed when
an edit meets ``context_scope`` and, when it changed, rerunning every field.
Rules build findings with ``flag(...)``, which leaves the rule id and default
severity to the registry.

``scope`` names the parts of the report a rule reads, as pointer patterns
relative to the report (``"references"``, ``"references/*/doi"``); re-validation
after an edit reruns only rules whose scope meets the changed paths.

A whole-report rule may take a ``context`` too, called as ``(report, context)``:
an edit that meets only its ``context_scope`` recomputes the context and reruns
the rule only when that changed (rules that name references by citation number
take ``citations.citation_numbers``, so typing in a text rarely reruns them).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .fieldset import FieldSet, overlap
from .finding import Finding, Fix, Severity

_PENDING = ""  # rule id of a finding made by ``flag`` before the registry fills it in


class UnknownRuleError(KeyError):
    """A rule id that no rule has (a typo in settings or on the command line)."""

    def __init__(self, rule_id: str) -> None:
        super().__init__(rule_id)
        self.rule_id = rule_id

    def __str__(self) -> str:
        return f"unknown rule {self.rule_id!r}; 'validate --list-rules' shows the rule ids"


def flag(
    path: str,
    message: str,
    hint: str = "",
    *,
    start: int | None = None,
    end: int | None = None,
    fix: Fix | None = None,
    fix_label: str = "",
    severity: Severity | None = None,
) -> Finding:
    """A finding whose rule id (and, unless given, severity) the registry fills in."""
    return Finding(_PENDING, severity, path, message, hint, start, end, fix, fix_label)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title: str
    doc: str
    area: str
    scope: tuple[tuple[str, ...], ...]
    each: str | None
    func: Callable[..., Iterable[Finding]]
    fields: FieldSet | None = None
    context: Callable[[Any], Any] | None = None
    context_scope: tuple[tuple[str, ...], ...] = ()
    own_scope: tuple[tuple[str, ...], ...] = ()  # what the rule reads besides its context
    # ``scope`` by first part, to check an edit against its own few patterns (None: a pattern starts with "*")
    by_head: dict[str, tuple[tuple[str, ...], ...]] | None = field(default=None, compare=False, hash=False)

    def run(self, report: Any) -> list[Finding]:
        """Findings of this rule over the whole report."""
        if self.fields is not None:
            context = self.context_of(report)
            return [f for pointer, value in self.fields.values(report) for f in self.run_field(pointer, value, context)]
        if self.each is None:
            return self.run_whole(report, self.context_of(report))
        out: list[Finding] = []
        func, prefix = self.func, f"/{self.each}/"
        for index, item in enumerate(getattr(report, self.each)):
            for found in func(item, prefix + str(index), report):
                out.append(self._complete(found))
        return out

    def run_item(self, report: Any, index: int) -> list[Finding]:
        """Findings for one item of an ``each`` rule's list."""
        item = getattr(report, self.each)[index]
        return [self._complete(f) for f in self.func(item, f"/{self.each}/{index}", report)]

    def run_whole(self, report: Any, context: Any) -> list[Finding]:
        """Findings of a whole-report rule, given its context (when it takes one)."""
        found = self.func(report) if self.context is None else self.func(report, context)
        return [self._complete(f) for f in found]

    def context_of(self, report: Any) -> Any:
        return report if self.context is None else self.context(report)

    def run_field(self, pointer: str, value: Any, context: Any) -> list[Finding]:
        """Findings of a ``fields`` rule for one field."""
        return [self._complete(f) for f in self.func(pointer, value, context)]

    def _complete(self, found: Finding) -> Finding:
        if found.rule == _PENDING or found.severity is None:
            return Finding(found.rule or self.id, found.severity or self.severity, found.path, found.message,
                           found.hint, found.start, found.end, found.fix, found.fix_label)
        return found

    def reads(self, changed: tuple[str, ...]) -> bool:
        """Whether an edit at ``changed`` (pointer parts) can change this rule's findings."""
        patterns = self.scope if self.by_head is None or not changed else self.by_head.get(changed[0], ())
        return any(overlap(pattern, changed) for pattern in patterns)

    def reads_context(self, changed: tuple[str, ...]) -> bool:
        return any(overlap(pattern, changed) for pattern in self.context_scope)

    def reads_own(self, changed: tuple[str, ...]) -> bool:
        """Whether an edit meets what the rule reads itself, not only its context."""
        return any(overlap(pattern, changed) for pattern in self.own_scope)


_RULES: dict[str, Rule] = {}


def rule(
    *,
    id: str,
    severity: Severity,
    title: str,
    scope: Iterable[str] = (),
    each: str | None = None,
    fields: FieldSet | None = None,
    context: Callable[[Any], Any] | None = None,
    context_scope: Iterable[str] = (),
) -> Callable[[Callable[..., Iterable[Finding]]], Callable[..., Iterable[Finding]]]:
    """Register a rule. Its docstring must show a ``Bad:`` and a ``Good:`` example.

    ``scope`` defaults to ``each`` (the list it walks) or, failing that, the whole report.
    For a ``fields`` rule, ``scope`` names only what ``context`` reads; the fields are read too.
    For a whole-report rule with a ``context``, ``context_scope`` names what the context reads.
    """
    if "." not in id:
        raise ValueError(f"rule id {id!r} must read 'area.short-name'")
    if context is not None and fields is None and each is not None:
        raise ValueError(f"rule {id}: a rule walking a list takes no context; use fields= instead")
    patterns = tuple(tuple(p.strip("/").split("/")) for p in scope)
    context_patterns = tuple(tuple(p.strip("/").split("/")) for p in context_scope)
    if fields is not None:
        context_patterns, patterns = context_patterns + patterns, fields.patterns
    own = patterns or (((each,),) if each else ((),))
    patterns = own + context_patterns

    def register(func: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        doc = inspect.cleandoc(func.__doc__ or "")
        if "Bad:" not in doc or "Good:" not in doc:
            raise ValueError(f"rule {id}: the docstring needs a 'Bad:' and a 'Good:' example")
        if id in _RULES and _RULES[id].func.__qualname__ != func.__qualname__:
            raise ValueError(f"two rules share the id {id!r}")
        by_head: dict[str, tuple[tuple[str, ...], ...]] | None = None
        if all(p and p[0] != "*" for p in patterns):
            by_head = {}
            for p in patterns:
                by_head[p[0]] = by_head.get(p[0], ()) + (p,)
        _RULES[id] = Rule(id, Severity(severity), title, doc, id.split(".", 1)[0], patterns, each, func, fields,
                          context, context_patterns, own, by_head)
        return func

    return register


def _load() -> None:
    from . import rules  # noqa: F401  (importing the package registers every area's rules)


def all_rules() -> list[Rule]:
    """Every registered rule, sorted by id."""
    _load()
    return [_RULES[k] for k in sorted(_RULES)]


def get_rule(rule_id: str) -> Rule:
    _load()
    try:
        return _RULES[rule_id]
    except KeyError:
        raise UnknownRuleError(rule_id) from None
