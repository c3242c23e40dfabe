"""Load, save and validation times of the large report, beside json.loads/json.dumps.

    python benchmarks/bench_io.py [--runs N]

Steps are timed in turns (one run of each, N rounds), so a busy machine
slows all of them alike; the table gives each step's median and best time and
its ratio to the standard library on the same bytes. Targets (issue 3):
load <= 3x json.loads, save <= 3x json.dumps, full validation <= 100 ms.
A script, never a test.
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


def time_in_turns(steps: dict[str, Callable[[], object]], runs: int) -> dict[str, tuple[float, float]]:
    """(median, best) seconds of each step, run in turns.

    Each run keeps its result alive until the young-generation collection its
    allocations owe has run, and that collection is timed with it (a step that
    pauses the collector pays its debt here); freeing the result is not timed.
    """
    times: dict[str, list[float]] = {label: [] for label in steps}
    for step in steps.values():
        step()  # warm-up: first-call costs (schema building, caches) are paid once per process
    for _ in range(runs):
        for label, step in steps.items():
            start = time.perf_counter()
            result = step()
            gc.collect(0)
            times[label].append(time.perf_counter() - start)
            del result
    return {label: (statistics.median(t), min(t)) for label, t in times.items()}


def paused(step: Callable, *args: object) -> object:
    """``step`` with the cyclic collector paused: a baseline whose time does not depend on the heap."""
    gc.disable()
    try:
        return step(*args)
    finally:
        gc.enable()


def print_table(timings: dict[str, tuple[float, float]], comparisons: list[tuple[str, str]]) -> None:
    print(f"{'step':40} {'median':>9} {'best':>9}")
    for label, (median, best) in timings.items():
        print(f"{label:40} {median * 1000:6.1f} ms {best * 1000:6.1f} ms")
    for step, baseline in comparisons:
        (m, b), (bm, bb) = timings[step], timings[baseline]
        print(f"  {step} / {baseline}: {m / bm:.2f}x (median), {b / bb:.2f}x (best)")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args(argv).runs

    report = large_report()
    text = native.dumps(report)
    raw = text.encode("utf-8")
    data = json.loads(raw)
    assert json.dumps(data, indent=2, ensure_ascii=False) + "\n" == text, "json.dumps must give the same bytes"
    print(
        f"large report: {len(raw) / 1e6:.1f} MB, {len(report.references)} references, "
        f"{len(report.treatment_courses)} courses, {len(report.outcomes)} outcomes, "
        f"{len(report.investigations)} investigations; {runs} runs\n"
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.case.json"
        path.write_bytes(raw)
        loading = time_in_turns(
            {
                "json.loads(bytes)": lambda: json.loads(raw),
                "json.loads(bytes), collector paused": lambda: paused(json.loads, raw),
                "native.loads(bytes)": lambda: native.loads(raw),
                "native.load(path)": lambda: native.load(path),
            },
            runs,
        )
        print_table(
            loading,
            [
                ("native.loads(bytes)", "json.loads(bytes)"),
                ("native.loads(bytes)", "json.loads(bytes), collector paused"),
                ("native.load(path)", "json.loads(bytes)"),
            ],
        )

        state = {"n": 0}

        def save_changed() -> None:  # a real save: the title changes, so the bytes differ each time
            state["n"] += 1
            report.metadata.title = f"Fictional benchmark case report {state['n']}"
            native.save(report, path)

        saving = time_in_turns(
            {
                "json.dumps(indent=2), same bytes": lambda: json.dumps(data, indent=2, ensure_ascii=False),
                "json.dumps(compact)": lambda: json.dumps(data, ensure_ascii=False),
                "native.dumps(report)": lambda: native.dumps(report),
                "native.save (fsync, .bak kept)": save_changed,
            },
            runs,
        )
        print_table(
            saving,
            [
                ("native.dumps(report)", "json.dumps(indent=2), same bytes"),
                ("native.dumps(report)", "json.dumps(compact)"),
                ("native.save (fsync, .bak kept)", "json.dumps(indent=2), same bytes"),
            ],
        )

    if importlib.util.find_spec("editor.validation") is not None:
        from editor.validation import validate

        print_table(time_in_turns({"validation (all rules)": lambda: validate(report)}, runs), [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
