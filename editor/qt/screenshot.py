"""Save a picture of the main window: ``python -m editor.qt.screenshot FILE --section authors --out a.png``.

Run it under a display (``xvfb-run -s "-screen 0 1280x800x24" python -m editor.qt.screenshot ...``);
the window is 1280×800 with the preview and problems docks showing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTemporaryDir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="a .case.json report to open")
    parser.add_argument("--section", default="metadata", help="navigator section id (metadata, authors, patient, …)")
    parser.add_argument("--out", required=True, help="PNG file to write")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--dock", choices=("preview", "timeline"), default="preview",
                        help="which of the right-hand docks is in front")
    parser.add_argument("--style", choices=("vancouver", "ama", "apa"), help="reference style chosen in the preview")
    parser.add_argument("--grab", choices=("window", "preview"), default="window",
                        help="the whole window, or only the preview dock")
    parser.add_argument("--find", help="scroll the preview to this text (as its Find field does)")
    args = parser.parse_args(argv)

    from . import app as application
    from .sections import SECTIONS

    if args.section not in {s.id for s in SECTIONS}:
        parser.error(f"unknown section {args.section!r}; choose one of {', '.join(s.id for s in SECTIONS)}")
    qt_app = application.make_application([sys.argv[0]])
    scratch = QTemporaryDir()  # fresh settings: the picture never depends on a saved layout
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch.path())
    from .main_window import MainWindow

    window = MainWindow()
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if not window.lifecycle.open(Path(args.file)):
        return 2
    window.show_section(args.section)
    for _ in range(5):
        qt_app.processEvents()
    window.problems.validate_now()
    if args.style:
        choice = window.preview.style_choice
        choice.setCurrentIndex(choice.findData(args.style))
    window.preview.refresh()
    window.timeline.refresh()
    (window.timeline if args.dock == "timeline" else window.preview).raise_()
    qt_app.processEvents()
    if args.find:
        window.preview.find_field.setText(args.find)
        window.preview.find_next()
        browser = window.preview.browser  # the found text at the top of the picture
        bar = browser.verticalScrollBar()
        bar.setValue(bar.value() + browser.cursorRect().top() - 8)
        qt_app.processEvents()
    ok = (window.preview if args.grab == "preview" else window).grab().save(args.out)
    window.document.undo_stack.setClean()
    window.close()
    print(f"{args.out}: {'saved' if ok else 'NOT saved'} ({window.width()}x{window.height()}, {args.section})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
