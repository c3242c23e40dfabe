"""The rule registry: ``@rule(...)`` registers a check; ``all_rules()`` lists them.

A rule is a function ``(report) -> Iterable[Finding]``; with ``each="references"``
it is instead called once per item as ``(item, path, report)``, so an edit to
one reference re-checks only that reference. Rules build findings with
``flag(...)``, which leaves the rule id and default severity to the registry.

``scope`` names the parts of the report a rule reads, as pointer patterns
relative to the report (``"references"``, ``"references/*/doi"``); re-validation
after an edit reruns only rules whose scope meets the changed paths.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any, Callable, Iterable

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
    severity: Severity | None = None,
) -> Finding:
    """A finding whose rule id (and, unless given, severity) the registry fills in."""
    return Finding(_PENDING, severity, path, message, hint, start, end, fix)  # type: ignore[arg-type]


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

    def run(self, report: Any) -> list[Finding]:
        """Findings of this rule over the whole report."""
        if self.each is None:
            return [self._complete(f) for f in self.func(report)]
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

    def _complete(self, found: Finding) -> Finding:
        if found.rule == _PENDING or found.severity is None:
            return Finding(found.rule or self.id, found.severity or self.severity, found.path, found.message,
                           found.hint, found.start, found.end, found.fix)
        return found

    def reads(self, changed: tuple[str, ...]) -> bool:
        """Whether an edit at ``changed`` (pointer parts) can change this rule's findings."""
        return any(_overlap(pattern, changed) for pattern in self.scope)


def _overlap(pattern: tuple[str, ...], changed: tuple[str, ...]) -> bool:
    # One is a prefix of the other, "*" matching any single part.
    for want, got in zip(pattern, changed):
        if want != "*" and want != got:
            return False
    return True


_RULES: dict[str, Rule] = {}


def rule(
    *,
    id: str,
    severity: Severity,
    title: str,
    scope: Iterable[str] = (),
    each: str | None = None,
) -> Callable[[Callable[..., Iterable[Finding]]], Callable[..., Iterable[Finding]]]:
    """Register a rule. Its docstring must show a ``Bad:`` and a ``Good:`` example.

    ``scope`` defaults to ``each`` (the list it walks) or, failing that, the whole report.
    """
    if "." not in id:
        raise ValueError(f"rule id {id!r} must read 'area.short-name'")
    patterns = tuple(tuple(p.strip("/").split("/")) for p in scope) or ((each,) if each else ((),))

    def register(func: Callable[..., Iterable[Finding]]) -> Callable[..., Iterable[Finding]]:
        doc = inspect.cleandoc(func.__doc__ or "")
        if "Bad:" not in doc or "Good:" not in doc:
            raise ValueError(f"rule {id}: the docstring needs a 'Bad:' and a 'Good:' example")
        if id in _RULES and _RULES[id].func.__qualname__ != func.__qualname__:
            raise ValueError(f"two rules share the id {id!r}")
        _RULES[id] = Rule(id, Severity(severity), title, doc, id.split(".", 1)[0], patterns, each, func)
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
