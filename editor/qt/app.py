"""Start the editor: ``run(path)`` is what ``case-report-editor [FILE]`` calls."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from . import interaction
from .lifecycle import Lifecycle, pending_recoveries
from .main_window import MainWindow
from .settings import APPLICATION, ORGANISATION


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    return app


def offer_recovery(window: MainWindow) -> bool:
    """After a crash: offer each recovery copy, newest first; the first accepted opens here.

    A copy the person declines is deleted (they were told so); recovering
    another replaces nothing unsaved, because the window starts empty.
    """
    recovered = False
    for copy in pending_recoveries():
        if recovered:
            break  # one window, one report: later copies are offered at the next start
        answer = interaction.current.confirm(
            window, "Recover unsaved work?",
            f"Case Report Editor closed unexpectedly while {copy.name} had unsaved changes.",
            "Yes opens the autosaved copy (save it to keep it); No deletes the copy.")
        if answer:
            recovered = window.lifecycle.recover(copy)
        else:
            copy.discard()
    return recovered


def open_window(path: str | Path | None = None) -> MainWindow:
    """Show the main window, offer crash recovery, then open ``path`` if given."""
    window = MainWindow()
    window.show()
    offer_recovery(window)
    if path:
        window.lifecycle.open(Path(path))
    return window


def run(path: str | None = None) -> int:
    app = make_application()
    window = open_window(path)  # noqa: F841 - kept alive until the event loop ends
    return app.exec()


__all__ = ["Lifecycle", "make_application", "offer_recovery", "open_window", "run"]
