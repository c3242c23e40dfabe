"""Gaps found by the audit of issues 5 and 6, reached as a person reaches them: menus, panels, files."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .window_support import *  # noqa: F401,F403 - fixtures


def _answer_next_dialog(answer) -> None:
    """Answer the next modal dialog with ``answer(dialog)`` once it shows."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        answer(dialog)

    QTimer.singleShot(0, poll)


def test_tools_menu_finds_duplicate_references_and_merges_them_in_one_step(sample_window):
    """Issue 6 names the command 'Tools ▸ Find duplicate references'."""
    window = sample_window
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert "Find duplicate &references…" in [a.text() for a in tools.actions()]
    doc = window.document
    copy = doc.report.references[4].model_copy(deep=True, update={"id": "ref-again"})
    doc.insert_item("/references", copy)
    window.show_section("metadata")
    seen = []

    def merge(dialog):
        pair = dialog.current_pair()
        seen.append({pair.a_id, pair.b_id})
        dialog.merge(keep_left=pair.a_id == "ref-5")
        dialog.accept()

    _answer_next_dialog(merge)
    window.commands["tools.duplicates"].trigger()
    assert seen == [{"ref-5", "ref-again"}]
    assert window.current_section() == "references"
    assert doc.report.reference("ref-again") is None and len(doc.report.references) == 26
    window.undo()
    assert doc.report.reference("ref-again") is not None


def test_tools_find_duplicates_on_a_clean_list_says_so(sample_window, scripted):
    sample_window.commands["tools.duplicates"].trigger()
    assert scripted.asked == [("info", "No likely duplicate references were found.")]
