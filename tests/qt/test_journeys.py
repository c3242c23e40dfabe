"""A clinician's journeys through the window: what was found wrong while using it, and stays fixed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from .window_support import *  # noqa: F403 - fixtures


def _click_into(qtbot, field) -> None:
    """A click in the middle of a text field, as a person gives it focus."""
    target = getattr(field, "viewport", lambda: field)()
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(target.width() // 2, 8))
    qtbot.waitUntil(lambda: field.hasFocus())
    qtbot.wait(20)  # the selection is made just after the click has placed the cursor


# --- CARE template: typing replaces the instruction, never glues onto it -------------------------


def test_typing_into_a_template_instruction_replaces_it(window, qtbot):
    window.activateWindow()
    window.new_from_template()
    panel = window.show_section("abstract")
    background = panel.binder.widget_for("/abstract/background")
    assert window.document.report.abstract.background.startswith("Replace this:")
    _click_into(qtbot, background)
    qtbot.keyClicks(background, "Rituximab is rarely reported in adult FSGS.")
    assert window.document.report.abstract.background == "Rituximab is rarely reported in adult FSGS."
    window.undo()
    assert window.document.report.abstract.background.startswith("Replace this:")


def test_template_title_line_is_replaced_by_what_is_typed(window, qtbot):
    window.activateWindow()
    window.new_from_template()
    panel = window.show_section("metadata")
    _click_into(qtbot, panel.title_field)
    qtbot.keyClicks(panel.title_field, "Rituximab in refractory FSGS: a case report")
    assert window.document.report.metadata.title == "Rituximab in refractory FSGS: a case report"


def test_a_written_text_is_not_selected_on_entry(sample_window, qtbot):
    """Only the template's instructions are replaced: the author's own words are edited where clicked."""
    window = sample_window
    window.activateWindow()
    panel = window.show_section("abstract")
    conclusion = panel.binder.widget_for("/abstract/conclusion")
    before = window.document.report.abstract.conclusion
    _click_into(qtbot, conclusion)
    assert not conclusion.textCursor().hasSelection()
    qtbot.keyClicks(conclusion, "X")
    after = window.document.report.abstract.conclusion
    assert len(after) == len(before) + 1 and "X" in after
