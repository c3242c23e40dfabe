"""``case-report-editor validate FILE...``: print the findings of each report.

Exit status: 0 when no file has an error-severity finding, 1 when one has,
2 when a file cannot be read or an option is wrong (a one-line reason on
standard error). Unreadable files do not stop the others from being checked.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter

OK, HAS_ERRORS, CANNOT_READ = 0, 1, 2

DESCRIPTION = """\
Check case reports and print what is wrong or missing, one finding a line:
  FILE: SEVERITY RULE /json/pointer: message (hint: what to do)
then a summary. Exit status: 0 no error-severity finding, 1 at least one,
2 a file could not be read or an option is wrong.

With --format json, one file prints one object
  {"file": ..., "findings": [{"rule", "severity", "path", "message", "hint"}]}
and several files print a JSON array of such objects. A file that cannot be
read has an "error" member with the reason (also printed on standard error)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check case reports and print findings",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="a .case.json report")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="switch a rule off by id (repeat for several); --list-rules shows the ids",
    )
    parser.add_argument("--list-rules", action="store_true", help="print every rule's id, severity and title")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from editor.validation import all_rules

    rules = all_rules()
    if args.list_rules:
        return _list_rules(rules, args.format)
    unknown = [rule_id for rule_id in args.disable if rule_id not in {r.id for r in rules}]
    if unknown:
        return _refuse_unknown_rule(unknown[0], [r.id for r in rules])
    if not args.files:
        print("validate: give at least one FILE (or --list-rules)", file=sys.stderr)
        return CANNOT_READ
    results = [_check(path, frozenset(args.disable)) for path in args.files]
    if args.format == "json":
        _print_json(results)
    else:
        _print_text(results)
    if any("error" in result for result in results):
        return CANNOT_READ
    if any(f.severity.value == "error" for result in results for f in result["findings"]):
        return HAS_ERRORS
    return OK


def _check(path: str, disabled: frozenset[str]) -> dict:
    """{"file", "findings"} for a readable report; {"file", "error", "findings": []} otherwise."""
    from editor.io.errors import LoadError
    from editor.io.native import load
    from editor.validation import validate

    try:
        report = load(path)
    except LoadError as exc:
        print(exc, file=sys.stderr)
        return {"file": path, "error": exc.reason, "findings": []}
    return {"file": path, "findings": validate(report, disabled=disabled)}


def _print_text(results: list[dict]) -> None:
    counts: Counter[str] = Counter()
    for result in results:
        for f in result["findings"]:
            counts[f.severity.value] += 1
            hint = f" (hint: {f.hint})" if f.hint else ""
            print(f"{result['file']}: {f.severity.value} {f.rule} {f.path or '/'}: {f.message}{hint}")
    print(_summary(results, counts))


def _summary(results: list[dict], counts: Counter[str]) -> str:
    checked = sum(1 for r in results if "error" not in r)
    unreadable = len(results) - checked
    files = f"{checked} file{'s' if checked != 1 else ''} checked"
    if unreadable:
        files += f", {unreadable} could not be read"
    parts = [_plural(counts["error"], "error"), _plural(counts["warning"], "warning"), f"{counts['info']} info"]
    return f"{files}: {', '.join(parts)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _print_json(results: list[dict]) -> None:
    objects = [
        {**result, "findings": [f.to_dict() for f in result["findings"]]}
        for result in results
    ]
    out = objects[0] if len(objects) == 1 else objects
    print(json.dumps(out, indent=2, ensure_ascii=False))


def _list_rules(rules: list, fmt: str) -> int:
    if fmt == "json":
        print(json.dumps([{"id": r.id, "severity": r.severity.value, "title": r.title} for r in rules], indent=2))
        return OK
    width = max((len(r.id) for r in rules), default=0)
    for r in rules:
        print(f"{r.id:<{width}}  {r.severity.value:<7}  {r.title}")
    return OK


def _refuse_unknown_rule(rule_id: str, known: list[str]) -> int:
    close = difflib.get_close_matches(rule_id, known, n=1)
    suggestion = f"; did you mean {close[0]!r}?" if close else "; 'validate --list-rules' shows the rule ids"
    print(f"validate: unknown rule {rule_id!r} for --disable{suggestion}", file=sys.stderr)
    return CANNOT_READ
