"""Fixtures for tests of the main window: private settings, a private recovery folder, scripted answers.

Import the fixtures into a test module with ``from .window_support import *``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.qt import interaction, lifecycle
from editor.qt.interaction import Interaction, SaveChoice

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "rituximab-fsgs.case.json"


class ScriptedInteraction(Interaction):
    """Answers from lists given by the test; every question asked is recorded in ``asked``."""

    def __init__(self):
        self.asked: list[tuple[str, str]] = []
        self.save_choices: list[SaveChoice] = []
        self.confirms: list[bool] = []
        self.open_paths: list[Path | None] = []
        self.save_paths: list[Path | None] = []
        self.citations: list[list[str] | None] = []
        self.rule_choices: list[frozenset[str] | None] = []
        self.pasted: list[str | None] = []  # manuscripts "pasted" into File ▸ Import ▸ From text
        self.summaries: list = []  # manuscript import results shown
        self.reviews: list[bool] = []  # add the references read, or not
        self.reviewed: list = []  # (reference import result, source) shown
        self.formats: list[str | None] = []  # reference export formats chosen
        self.cancel_after: int | None = None  # progress calls before "Cancel" is pressed; None: never
        self.progress_calls: list[tuple[int, int]] = []

    def ask_save_changes(self, parent, name):
        self.asked.append(("save-changes", name))
        return self.save_choices.pop(0)

    def confirm(self, parent, title, text, detail=""):
        self.asked.append(("confirm", text))
        return self.confirms.pop(0)

    def show_error(self, parent, title, text, detail=""):
        self.asked.append(("error", text))

    def show_info(self, parent, title, text):
        self.asked.append(("info", text))

    def open_path(self, parent, title, filters, start=""):
        return self.open_paths.pop(0)

    def save_path(self, parent, title, filters, start=""):
        return self.save_paths.pop(0)

    def pick_citation(self, parent, references, numbers=None):
        self.asked.append(("cite", str(len(references))))
        return self.citations.pop(0)

    def choose_rules(self, parent, rules, disabled):
        return self.rule_choices.pop(0)

    def ask_manuscript_text(self, parent):
        self.asked.append(("manuscript-text", ""))
        return self.pasted.pop(0)

    def show_import_summary(self, parent, result):
        self.summaries.append(result)

    def review_reference_import(self, parent, result, source):
        self.reviewed.append((result, source))
        return self.reviews.pop(0)

    def choose_reference_format(self, parent):
        return self.formats.pop(0)

    def progress(self, parent, title, text):
        return ScriptedProgress(self)

    def errors(self) -> list[str]:
        return [text for kind, text in self.asked if kind == "error"]


class ScriptedProgress:
    """Records each progress call; presses "Cancel" after ``cancel_after`` calls when set."""

    def __init__(self, script: ScriptedInteraction):
        self.script = script

    def __call__(self, done: int, total: int) -> bool:
        self.script.progress_calls.append((done, total))
        limit = self.script.cancel_after
        return limit is None or len(self.script.progress_calls) <= limit

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        return None


@pytest.fixture
def private_settings(tmp_path, monkeypatch):
    """QSettings and the recovery folder inside tmp_path: the person's own are never touched."""
    settings_dir = tmp_path / "settings"
    settings_dir.mkdir()
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(settings_dir))
    recovery = tmp_path / "recovery"
    monkeypatch.setattr(lifecycle, "recovery_dir", lambda: recovery)
    return settings_dir


@pytest.fixture
def scripted(private_settings):
    script = ScriptedInteraction()
    previous = interaction.use(script)
    yield script
    interaction.use(previous)


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    target = tmp_path / "work" / "case.case.json"
    target.parent.mkdir()
    shutil.copy(SAMPLE, target)
    return target


def forget_changes(win) -> None:
    """Before pytest-qt closes a window: drop unsaved changes so no question is left unanswered."""
    win.document.undo_stack.setClean()


def new_window(qtbot):
    from editor.qt.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=forget_changes)
    return win


def wait_for_docks(qtbot, win) -> None:
    """The docks fill in just after a document is shown (the window paints first): wait for it."""
    qtbot.waitUntil(lambda: win.problems.validator is not None and not win.problems.timer.isActive()
                    and not win.preview.stale, timeout=3000)


@pytest.fixture
def window(qtbot, scripted):
    win = new_window(qtbot)
    win.show()
    qtbot.waitExposed(win)
    wait_for_docks(qtbot, win)
    return win


@pytest.fixture
def sample_window(window, sample_copy, qtbot):
    assert window.lifecycle.open(sample_copy)
    wait_for_docks(qtbot, window)
    return window


def saved(path: Path):
    """The report as written on disk."""
    from editor.io import native

    return native.load(path)


__all__ = ["ScriptedInteraction", "new_window", "wait_for_docks", "private_settings", "scripted", "sample_copy", "window", "sample_window",
           "saved", "SAMPLE"]
