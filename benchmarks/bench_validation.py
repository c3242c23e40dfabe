"""Validation speed on the large benchmark report: full pass, and re-validation after one edit.

    python benchmarks/bench_validation.py

Targets (issues 3 and 7): full validation <= 100 ms; re-validation after a
single-field edit <= 5 ms. Prints the median of several runs.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_large import large_report  # noqa: E402
from editor.domain.operations import set_value  # noqa: E402
from editor.domain.quantity import TimePoint  # noqa: E402
from editor.validation import Validator, all_rules, validate  # noqa: E402

RUNS = 7


def _median_ms(func) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        func()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _edit_timing(report, validator: Validator, path: str, value) -> tuple[float, list[str]]:
    """Median ms of revalidate after set_value at ``path`` to ``value(n)``, a new value each run (as typing gives)."""
    times = []
    for n in range(RUNS):
        set_value(report, path=path, value=value(n))
        t0 = time.perf_counter()
        validator.revalidate(report, [path])
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), validator.last_rerun


def main() -> None:
    report = large_report()
    print(f"rules: {len(all_rules())}")
    print(f"report: {len(report.references)} references, {len(report.treatment_courses)} courses, "
          f"{len(report.outcomes)} outcomes, {len(report.investigations)} investigations")
    validate(report)  # warm caches (resource tables, citation scan)
    findings = validate(report)
    full = _median_ms(lambda: validate(report))
    cold_report = large_report()
    t0 = time.perf_counter()
    validate(cold_report)
    cold = (time.perf_counter() - t0) * 1000
    print(f"findings: {len(findings)} {dict(Counter(f.severity.value for f in findings))}")
    print(f"full validation: {full:.1f} ms median (target <= 100 ms); first run on a fresh report {cold:.1f} ms")

    validator = Validator()
    t0 = time.perf_counter()
    validator.validate(report)
    print(f"Validator.validate (fills the cache): {(time.perf_counter() - t0) * 1000:.1f} ms")
    discussion, history = report.discussion, "Seen on 14 March 2021 for oedema"
    cut = len(discussion) // 2
    edits = [
        ("/treatment_courses/250/dose/value", lambda n: 400 + n),
        ("/references/1000/doi", lambda n: f"10.1038/ki.2012.{n}" if n % 2 else "not a doi"),
        # typing a reference's title: messages name references by it when it has no author, so the rules
        # naming two references (same DOI or PMID, journal abbreviation) read it too
        ("/references/1000/title", lambda n: f"Rituximab in FSGS{'!' * n}"),
        ("/investigations/5000/value", lambda n: 88.0 + n),
        ("/metadata/title", lambda n: f"A case report {'x' * n}"),
        ("/outcomes/150/time/offset", lambda n: 20 + n),
        ("/outcomes/150/time", lambda n: TimePoint(offset=30 + n, unit="week")),  # as the time editor writes it
        # typing in the middle of the 567 KB discussion: a new text each time, one paragraph changed
        ("/discussion", lambda n: discussion[:cut] + "Rituximab [@ref-1] on 12/03/2021"[: 8 + 3 * n] + discussion[cut:]),
        ("/patient/medical_history", lambda n: history[: 20 + n]),  # de-identification rescan
        ("/abstract/case_presentation", lambda n: f"He then received tacrolimus and MMF{'.' * n}"),
    ]
    for path, value in edits:
        ms, rerun = _edit_timing(report, validator, path, value)
        print(f"revalidate after editing {path}: {ms:.2f} ms median, {len(rerun)} rule(s) rerun (target <= 5 ms)")
    assert validator.findings() == validate(report), "incremental findings differ from a full pass"
    print("incremental findings equal a full pass: yes")


if __name__ == "__main__":
    main()
