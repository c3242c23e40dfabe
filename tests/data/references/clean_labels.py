"""Clean every corpus label by rules read off its printed string (README, "Label cleaning").

    python tests/data/references/clean_labels.py [--dry-run] [--diff] [SET ...]

Rewrites tuning, heldout, tuning2, heldout2, tuning3, heldout3 and tuning4 (or the SETs named) in
place and prints, per set, how many labels each rule changed. Every rule is applied to every label,
looks only at the printed string and the label (never at the parser), and is idempotent: a second
run changes nothing. The conventions are build_tuning4.py's (its clean() runs as one step), plus
label_rules.py's for what that builder never met: converter shifts, Zotero's publisher between the
journal and the date, dates, locators, links and parenthesised journal places.
"""
from __future__ import annotations

import copy
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build_tuning4 as b4
import label_rules as rules

SETS = ("tuning", "heldout", "tuning2", "heldout2", "tuning3", "heldout3", "tuning4", "heldout5")
def tuning4_conventions(raw: str, exp: dict, counts: Counter) -> None:
    b4.clean(raw, exp, counts)


# order matters: structure first (so build_tuning4's conventions see the right fields), print rules last
BEFORE = [rules.shifted_by_the_converter, rules.et_al_in_title, rules.author_tail_in_title, rules.unclosed_bracket,
          rules.issue_printed_as_locator, rules.zotero_publisher, rules.title_swallowed_journal]
AFTER = [rules.year_in_journal, rules.word_cut_from_journal, rules.journal_place, rules.spaced_initials,
         rules.locator_words, rules.et_al_only_in_title, rules.edition_number, rules.web_with_volume_is_journal,
         rules.pages_glued_to_journal, rules.lone_number_is_volume, rules.publication_date, rules.printed_volume,
         rules.printed_locator, rules.printed_url, rules.year_not_volume_or_page]


def _uncounted(before: dict, after: dict) -> set[str]:
    """Names for what build_tuning4.clean changed without counting it (README conventions)."""
    names = set()
    for key in sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k)):
        was, now = before.get(key), after.get(key)
        if key in ("title", "container"):
            names.add("[Internet] out of titles and containers" if "[Internet" in (was or "")
                      else "final period out of titles and containers")
        elif key == "supplement":
            names.add("supplement number without 'Suppl'")
        elif key in ("last_page", "first_page", "article_number"):
            names.add("pages in full, single e-locator or 5+ digits as article_number")
        elif key == "kind":
            names.add(f"kind {was} -> {now} ([Internet]/Available from, no container)")
        else:
            names.add(f"{key} cleaned (prefix, final period, initials)")
    return names


def clean_row(raw: str, expected: dict, counts: Counter) -> dict | None:
    """One label through every rule; counts[rule] += 1 for each rule that changed it. None: dropped."""
    exp = copy.deepcopy(expected)
    for rule in BEFORE:
        before = copy.deepcopy(exp)
        if rule(raw, exp) == "drop":
            counts["dropped: " + rule.__name__] += 1
            return None
        counts[rule.__name__] += exp != before
    before, inner = copy.deepcopy(exp), Counter()
    tuning4_conventions(raw, exp, inner)
    for name in inner:
        counts["build_tuning4.clean: " + name] += 1
    if exp != before and not inner:  # the conventions it applies without counting them
        for name in _uncounted(before, exp):
            counts["build_tuning4.clean: " + name] += 1
    for rule in AFTER:
        before = copy.deepcopy(exp)
        rule(raw, exp)
        counts[rule.__name__] += exp != before
    return exp


def main(args: list[str]) -> int:
    dry, show = "--dry-run" in args, "--diff" in args
    names = [a for a in args if not a.startswith("--")] or list(SETS)
    for name in names:
        path = HERE / f"{name}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        counts, kept, changed = Counter(), [], 0
        for row in rows:
            exp = clean_row(row["raw"], row["expected"], counts)
            if exp is None:
                if show:
                    print(json.dumps({"set": name, "dropped": row["raw"]}, ensure_ascii=False))
                continue
            if exp != row["expected"]:
                changed += 1
                if show:
                    keys = sorted(k for k in set(exp) | set(row["expected"]) if exp.get(k) != row["expected"].get(k))
                    print(json.dumps({"set": name, "raw": row["raw"], "was": {k: row["expected"].get(k) for k in keys},
                                      "now": {k: exp.get(k) for k in keys}}, ensure_ascii=False))
            kept.append({**row, "expected": exp})
        if not dry:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")
        print(f"{name}: {len(rows)} rows, {changed} labels changed, {len(rows) - len(kept)} dropped", file=sys.stderr)
        for rule, n in sorted(counts.items()):
            if n:
                print(f"    {rule}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
