"""Helpers for the treatment courses, outcomes and references panel tests."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from editor.io.native import load
from editor.qt.document import Document
from editor.qt.interaction import Interaction

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "rituximab-fsgs.case.json"


def seed_document() -> Document:
    return Document(load(SAMPLE), SAMPLE)


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry as a person does in the popup: the combo reports it as activated."""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    assert index >= 0, f"{text!r} is not offered; offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_into(qtbot, widget, text: str) -> None:
    """Replace a field's text by typing, as a person does after selecting all."""
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


class Answers(Interaction):
    """Scripted answers to confirm(); every question is kept in ``asked``."""

    def __init__(self, *confirms: bool):
        self.confirms = list(confirms)
        self.asked: list[tuple[str, str]] = []

    def confirm(self, parent, title, text, detail=""):
        self.asked.append((title, text))
        return self.confirms.pop(0)

    def show_error(self, parent, title, text, detail=""):
        self.asked.append((title, text))

    def show_info(self, parent, title, text):
        self.asked.append((title, text))


@pytest.fixture(autouse=True)
def collect_qt_garbage(qtbot):
    """Collect each test's documents while Qt runs, after emptying their undo stacks.

    With PySide6 6.11, a Document collected as part of a reference cycle (panels
    and their signal connections make one) can have its undo commands freed
    before its QUndoStack, which then frees them again in ``clear()`` and crashes
    the interpreter in a later, unrelated garbage collection.
    """
    yield
    QApplication.processEvents()
    gc.collect()
