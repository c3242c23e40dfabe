"""The window works from the keyboard alone: Tab from the section list reaches the panel."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .window_support import *  # noqa: F401,F403 - fixtures


def test_tab_from_the_navigator_lands_in_the_shown_panel(sample_window, qtbot):
    for section in ("metadata", "patient", "treatment_courses"):
        panel = sample_window.show_section(section)
        sample_window.navigator.setFocus()
        qtbot.keyClick(sample_window.navigator, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and panel.isAncestorOf(focused), section


def test_tab_leaves_the_problems_list(sample_window, qtbot):
    view = sample_window.problems.view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view
    assert view.currentIndex().row() == 0  # Tab did not walk the cells
