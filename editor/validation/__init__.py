"""Validation: findings, the rule registry, and running the rules over a report.

    from editor.validation import validate, all_rules, Severity
    for finding in validate(report, disabled={"references.uncited"}):
        print(finding.severity, finding.path, finding.message)
"""

from .engine import Validator, active_rules, sort_findings, validate
from .finding import Finding, Fix, Severity
from .registry import Rule, UnknownRuleError, all_rules, flag, get_rule, rule

__all__ = [
    "Finding",
    "Fix",
    "Rule",
    "Severity",
    "UnknownRuleError",
    "Validator",
    "active_rules",
    "all_rules",
    "flag",
    "get_rule",
    "rule",
    "sort_findings",
    "validate",
]
