"""Gaps found by the audit of the window issue: Tab order on the Metadata panel, File ▸ Quit with unsaved work."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.qt.interaction import SaveChoice

from .window_support import *  # noqa: F401,F403 - fixtures


def _tab_from(qtbot, widget, presses: int) -> list:
    """The widgets Tab visits, starting at ``widget``."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    visited = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_on_the_metadata_panel_follows_the_rows_top_to_bottom(sample_window, qtbot):
    panel = sample_window.show_section("metadata")
    assert _tab_from(qtbot, panel.title_field, 2) == [panel.running_title, panel.keywords.entry]
    after_keywords = _tab_from(qtbot, panel.keywords.entry, 8)
    assert panel.target_journal in after_keywords  # the keyword list and its buttons, then the next row
    assert panel.title_field not in after_keywords  # never back up to the title
    assert after_keywords.index(panel.target_journal) < after_keywords.index(panel.funding)


def test_quit_with_changes_cancel_keeps_the_window_and_the_edit(sample_window, scripted, sample_copy):
    before = sample_copy.read_bytes()
    sample_window.document.set_value("/metadata/funding", "None")
    scripted.save_choices.append(SaveChoice.CANCEL)
    sample_window.commands["file.quit"].trigger()
    assert ("save-changes", "case.case.json") in scripted.asked
    assert sample_window.isVisible() and sample_window.document.report.metadata.funding == "None"
    assert sample_copy.read_bytes() == before


def test_quit_with_changes_save_writes_the_file_and_closes(sample_window, scripted, sample_copy):
    sample_window.document.set_value("/metadata/funding", "None")
    scripted.save_choices.append(SaveChoice.SAVE)
    sample_window.commands["file.quit"].trigger()
    assert not sample_window.isVisible()
    assert saved(sample_copy).metadata.funding == "None"


def test_quit_with_changes_discard_leaves_the_file_as_it_was(sample_window, scripted, sample_copy):
    before = sample_copy.read_bytes()
    sample_window.document.set_value("/metadata/funding", "None")
    scripted.save_choices.append(SaveChoice.DISCARD)
    sample_window.commands["file.quit"].trigger()
    assert not sample_window.isVisible()
    assert sample_copy.read_bytes() == before
