"""Load, save and validation times of the large report, beside json.loads/json.dumps.

    python benchmarks/bench_io.py [--runs N]

Prints the median of N runs (default 7) of each step and its ratio to the
standard library on the same bytes. Targets (issue 3): load <= 3x json.loads,
save <= 3x json.dumps, full validation <= 100 ms. A script, never a test.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large import large_report  # noqa: E402

from editor.io import native  # noqa: E402


def median_seconds(step: Callable[[], object], runs: int) -> float:
    """Median time of ``step`` with its result alive, including the young-generation
    collection its allocations owe (a step that pauses the collector pays it here)."""
    step()  # warm-up: first-call costs (schema building, caches) are not what a user waits for twice
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = step()
        gc.collect(0)
        times.append(time.perf_counter() - start)
        del result  # freeing the result is not part of the step
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args(argv).runs

    report = large_report()
    text = native.dumps(report)
    raw = text.encode("utf-8")
    data = json.loads(raw)
    assert json.dumps(data, indent=2, ensure_ascii=False) + "\n" == text, "json.dumps must give the same bytes"
    print(
        f"large report: {len(raw) / 1e6:.1f} MB, {len(report.references)} references, "
        f"{len(report.treatment_courses)} courses, {len(report.outcomes)} outcomes, "
        f"{len(report.investigations)} investigations; median of {runs} runs\n"
    )

    rows: list[tuple[str, float, str, float | None]] = []

    def row(label: str, seconds: float, baseline_label: str = "", baseline: float | None = None) -> None:
        rows.append((label, seconds, baseline_label, baseline))

    json_loads = median_seconds(lambda: json.loads(raw), runs)
    row("json.loads(bytes)", json_loads)
    row("native.loads(bytes)", median_seconds(lambda: native.loads(raw), runs), "json.loads", json_loads)

    dumps_same = median_seconds(lambda: json.dumps(data, indent=2, ensure_ascii=False), runs)
    dumps_compact = median_seconds(lambda: json.dumps(data, ensure_ascii=False), runs)
    own_dumps = median_seconds(lambda: native.dumps(report), runs)
    row("json.dumps(indent=2), same bytes", dumps_same)
    row("json.dumps(compact)", dumps_compact)
    row("native.dumps(report)", own_dumps, "json.dumps indent=2", dumps_same)
    row("native.dumps(report)", own_dumps, "json.dumps compact", dumps_compact)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.case.json"
        native.save(report, path)
        state = {"n": 0}

        def save_changed() -> None:  # a real save: the title changes, so bytes differ each time
            state["n"] += 1
            report.metadata.title = f"Fictional benchmark case report {state['n']}"
            native.save(report, path)

        row("native.save (fsync, .bak kept)", median_seconds(save_changed, runs), "json.dumps indent=2", dumps_same)
        row("native.load(path)", median_seconds(lambda: native.load(path), runs), "json.loads", json_loads)

    if importlib.util.find_spec("editor.validation") is not None:
        from editor.validation import validate

        row("validation (all rules)", median_seconds(lambda: validate(report), runs))

    print(f"{'step':38} {'median':>10}   ratio")
    for label, seconds, baseline_label, baseline in rows:
        ratio = f"{seconds / baseline:5.2f}x {baseline_label}" if baseline else ""
        print(f"{label:38} {seconds * 1000:8.1f} ms   {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
