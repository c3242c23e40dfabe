"""Figures for reference rendering and duplicate finding. Run: python benchmarks/bench_render.py

Prints references per second for Vancouver, AMA and APA (citeproc-py), the
first-use cost of loading citeproc-py and a CSL style, and the time to look for
duplicates among 2,000 references. Never run as a test.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.domain import CaseReport, PersonName, Reference  # noqa: E402
from editor.references.duplicates import find_duplicates  # noqa: E402
from editor.references.styles import render_bibliography  # noqa: E402

WORDS = "renal kidney rituximab glomerular focal segmental sclerosis nephrotic steroid therapy trial adult child".split()
FAMILIES = ["Kim", "Lee", "Smith", "Cattran", "Ponticelli", "Radhakrishnan", "Ochi", "Ahn", "Wei", "Yoo"]


def make_references(count: int, seed: int = 1) -> list[Reference]:
    rng = random.Random(seed)
    refs = []
    for i in range(count):
        authors = [PersonName(family=rng.choice(FAMILIES), initials="AB") for _ in range(rng.randint(1, 8))]
        first = rng.randint(1, 2000)
        refs.append(Reference(
            id=f"ref-{i}", authors=authors, title=" ".join(rng.choice(WORDS) for _ in range(10)) + f" {i}",
            container="Kidney Int", year=rng.randint(1990, 2024), volume=str(rng.randint(1, 99)),
            issue=str(rng.randint(1, 12)), first_page=str(first), last_page=str(first + rng.randint(0, 20)),
            doi=f"10.1000/{i}" if i % 2 else None,
        ))
    return refs


def timed(label: str, func, count: int | None = None) -> None:
    start = time.perf_counter()
    func()
    elapsed = time.perf_counter() - start
    rate = f", {count / elapsed:,.0f} references/s" if count else ""
    print(f"{label}: {elapsed * 1000:,.1f} ms{rate}")


def main() -> None:
    refs = make_references(2000)
    text = " ".join(f"[@{r.id}]" for r in refs)
    report = CaseReport(discussion=text, references=refs)
    small = CaseReport(discussion="[@ref-0]", references=refs[:1])
    timed("first AMA use (imports citeproc-py, loads the style), 1 reference", lambda: render_bibliography(small, "ama"))
    timed("first APA use (loads the style), 1 reference", lambda: render_bibliography(small, "apa"))
    timed("vancouver: 2,000 references", lambda: render_bibliography(report, "vancouver"), len(refs))
    for count in (26, 500):
        part = CaseReport(discussion=" ".join(f"[@{r.id}]" for r in refs[:count]), references=refs[:count])
        for style in ("ama", "apa"):
            timed(f"{style}: {count} references", lambda s=style, p=part: render_bibliography(p, s), count)
            timed(f"{style}: {count} references again, unchanged (cache)", lambda s=style, p=part: render_bibliography(p, s))
    timed("find_duplicates: 2,000 references", lambda: find_duplicates(refs))


if __name__ == "__main__":
    main()
