"""How the courses, outcomes and references panels cope with a large report.

Prints, for a report of 500 courses, 300 outcomes and 2,000 references
(``generate_large.large_report``): the time to build each panel and fill its
table, the longest gap between event-loop ticks while its table is scrolled
from top to bottom (a stall the person would feel), and the time of typical
edits (a course's dose, a citation typed into the discussion, which renumbers
the references). Run: ``xvfb-run python benchmarks/bench_tables.py`` (or with
QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from generate_large import large_report  # noqa: E402

from editor.qt.document import Document  # noqa: E402
from editor.qt.panels.courses import TreatmentCoursesPanel  # noqa: E402
from editor.qt.panels.outcomes import OutcomesPanel  # noqa: E402
from editor.qt.panels.references_panel import ReferencesPanel  # noqa: E402


def scroll_stall(app: QApplication, view, step_rows: int = 3) -> tuple[float, float]:
    """Scroll ``view`` to the bottom a few rows per tick; (total seconds, longest gap between ticks in ms)."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    clock, longest, last = QElapsedTimer(), 0.0, [0.0]
    clock.start()
    done = [False]

    def tick() -> None:
        nonlocal longest
        now = clock.nsecsElapsed() / 1e6
        if last[0]:
            longest = max(longest, now - last[0])
        last[0] = now
        if bar.value() >= bar.maximum():
            done[0] = True
            timer.stop()
            return
        bar.setValue(bar.value() + step_rows * max(1, bar.singleStep()))

    timer = QTimer(interval=0)
    timer.timeout.connect(tick)
    timer.start()
    while not done[0]:
        app.processEvents()
    return clock.nsecsElapsed() / 1e9, longest


def timed(action) -> float:
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    start = time.perf_counter()
    report = large_report()
    print(f"report: {len(report.treatment_courses)} courses, {len(report.outcomes)} outcomes, "
          f"{len(report.references)} references, built in {time.perf_counter() - start:.2f} s")
    document = Document(report)
    panels = {}
    for name, cls in (("courses", TreatmentCoursesPanel), ("outcomes", OutcomesPanel),
                      ("references", ReferencesPanel)):
        start = time.perf_counter()
        panel = cls(document)
        panel.resize(1280, 800)
        panel.show()
        app.processEvents()
        panels[name] = panel
        print(f"{name:>10}: panel built, table filled and shown in {(time.perf_counter() - start) * 1000:.0f} ms")
    for name, view in (("courses", panels["courses"].view), ("outcomes", panels["outcomes"].outcomes.view),
                       ("references", panels["references"].view)):
        total, longest = scroll_stall(app, view)
        print(f"{name:>10}: scrolled {view.model().rowCount()} rows in {total:.2f} s; "
              f"longest event-loop stall {longest:.1f} ms")
    courses = panels["courses"]
    courses.courses.select_row(250)
    dose = timed(lambda: courses.form.dose.amount.textEdited.emit("750"))
    print(f"   edit: a course's dose typed, table and derived dose updated: {dose:.1f} ms")
    text = report.discussion or ""
    cite = timed(lambda: document.set_value("/discussion", f"[@{report.references[-1].id}] {text}", merge=True))
    print(f"   edit: a citation typed into the discussion, 2,000 references renumbered and re-sorted: {cite:.1f} ms")
    refs = panels["references"]
    filt = timed(lambda: refs.filter.setText("nephrol"))
    print(f"   filter: 'nephrol' over 2,000 references: {filt:.1f} ms ({refs.proxy.rowCount()} shown)")
    timed(lambda: refs.filter.setText(""))
    undo = timed(document.undo_stack.undo)
    print(f"   undo of the citation: {undo:.1f} ms")


if __name__ == "__main__":
    main()
