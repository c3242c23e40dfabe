"""Mechanical audit of the corpus labels against the printed text (README, "Label audit").

    python tests/data/references/audit_labels.py heldout.jsonl heldout2.jsonl [--fix]

Checks only what the printed string proves, never what the parser returns:

1. every labelled text (title, container, volume, issue, pages, DOI, family names) occurs in the
   printed string; a label that does not is reported (and, with --fix, dropped when it is a DOI
   whose printed form differs only by a prefix such as "(doi:");
2. a page range printed at the very end after the volume (``2013;29(3):522-34.``) but missing from
   the labels is added, written in full, with --fix;
3. what the print rules of clean_labels.py (label_rules.py) would still add: a printed month or day of the publication
   date, a publisher printed between the journal and a full date, a printed link (or one labelled
   cut short), a volume or locator printed after the year or volume; reported, and with --fix labelled.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import label_rules as rules

PRINT_RULES = (rules.publication_date, rules.zotero_publisher, rules.printed_url, rules.printed_volume, rules.printed_locator)
END_PAGES = re.compile(r"(?P<volume>\d+)(?:\([^()]*\))?\s*:\s*(?P<first>\d+)\s*[-–]\s*(?P<last>\d+)\s*\.?\s*$")


def _full(first: str, last: str) -> str:
    return first[: len(first) - len(last)] + last if len(last) < len(first) else last


def audit(row: dict) -> tuple[list[str], dict]:
    """Problems found in one row, and its labels corrected by the rules above."""
    raw = re.sub(r"\s+", " ", row["raw"]).lower()
    expected = dict(row["expected"])
    problems = []
    for key in ("title", "container", "volume", "issue", "first_page", "doi"):
        value = expected.get(key)
        if value and str(value).lower().rstrip(".") not in raw:
            problems.append(f"{key} {value!r} is not printed")
    for person in expected.get("authors") or []:
        if person.get("family") and person["family"].lower() not in raw:
            problems.append(f"author {person['family']!r} is not printed")
    m = END_PAGES.search(row["raw"])
    if m and not expected.get("first_page") and not expected.get("article_number") and expected.get("volume") == m.group("volume"):
        problems.append("printed pages missing")
        expected["first_page"], expected["last_page"] = m.group("first"), _full(m.group("first"), m.group("last"))
    if expected.get("last_page") and expected.get("last_page") == expected.get("first_page"):
        problems.append("last page repeats the first")
        del expected["last_page"]
    for rule in PRINT_RULES:
        checked = copy.deepcopy(expected)
        rule(row["raw"], checked)
        for key in sorted(k for k in set(checked) | set(expected) if checked.get(k) != expected.get(k)):
            state = "missing" if expected.get(key) in (None, "") else f"labelled {expected[key]!r}"
            problems.append(f"printed {key} {checked.get(key)!r} {state}")
        expected = checked
    return problems, expected


def main(args: list[str]) -> int:
    fix = "--fix" in args
    for name in (a for a in args if a != "--fix"):
        path = HERE / name
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        fixed = 0
        for row in rows:
            problems, corrected = audit(row)
            for problem in problems:
                print(f"{name}: {problem}: {row['raw'][:90]}")
            if fix and corrected != row["expected"]:
                row["expected"], fixed = corrected, fixed + 1
        if fix:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{name}: {len(rows)} rows, {fixed} corrected")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
