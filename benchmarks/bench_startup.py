"""Cold start to the first painted window, and peak memory: the editor with the seed sample vs a bare QMainWindow.

    python benchmarks/bench_startup.py [--runs 5] [--platform offscreen]

Each run is a fresh Python process; the clock runs from just before the
process is started to the moment it reports its first paint event. Targets
(issue 4): time ≤ 4× the bare window, peak memory (ru_maxrss) ≤ 2×.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "rituximab-fsgs.case.json"

PAINTED = """
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            QApplication.instance().removeEventFilter(self)
        return False
"""

BARE = PAINTED + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""

EDITOR = PAINTED + """
import tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from editor.qt.app import make_application
app = make_application(sys.argv[:1])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from editor.qt.main_window import MainWindow
watcher = FirstPaint()
app.installEventFilter(watcher)
window = MainWindow()
window.resize(1280, 800)
window.lifecycle.open(Path(sys.argv[1]))
window.show()
app.exec()
"""


def run_once(code: str, platform: str) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see cache_bytecode()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, str(SAMPLE)], stdout=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    for line in proc.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - start
            rss_kb = int(line.split()[1])
            proc.wait(timeout=30)
            return elapsed, rss_kb
    proc.wait()
    raise SystemExit(f"the child never painted (exit code {proc.returncode})")


def cache_bytecode() -> None:
    """Compile the editor's modules once, as an installed copy has them.

    pip compiles a package when it installs it, and Python caches bytecode on a
    first run; a machine with PYTHONDONTWRITEBYTECODE set (this sandbox) would
    otherwise measure compiling ~150 modules at every start, which no user sees.
    """
    compileall.compile_dir(str(ROOT / "editor"), quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    cache_bytecode()
    run_once(BARE, args.platform)  # warm the disk cache for both: "cold" means a new process
    run_once(EDITOR, args.platform)
    programs = (("bare QMainWindow", BARE), ("editor + seed sample", EDITOR))
    runs: dict[str, list[tuple[float, int]]] = {name: [] for name, _ in programs}
    for _ in range(args.runs):  # interleaved, so a burst of load elsewhere hits both alike
        for name, code in programs:
            runs[name].append(run_once(code, args.platform))
    results = {name: (statistics.median(t for t, _ in r), max(m for _, m in r)) for name, r in runs.items()}
    (bare_t, bare_m), (ed_t, ed_m) = results.values()
    print(f"platform {args.platform}, {args.runs} interleaved runs each, bytecode cached; median time to first paint, peak RSS")
    for name, (t, m) in results.items():
        print(f"  {name:22s} {t * 1000:7.0f} ms  {m / 1024:6.1f} MiB")
    print(f"  ratio time   {ed_t / bare_t:5.2f}×  (target ≤ 4×) {'OK' if ed_t <= 4 * bare_t else 'OVER'}")
    print(f"  ratio memory {ed_m / bare_m:5.2f}×  (target ≤ 2×) {'OK' if ed_m <= 2 * bare_m else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
