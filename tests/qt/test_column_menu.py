"""Showing and hiding columns of the wide tables from the header's menu, remembered between sessions."""

from __future__ import annotations

import pytest

from editor.qt.panels.courses import TreatmentCoursesPanel
from editor.qt.panels.investigations import InvestigationsPanel
from editor.qt.panels.outcomes import OutcomesPanel
from editor.qt.panels.references_panel import ReferencesPanel
from editor.qt.settings import Settings
from editor.qt.widgets.column_menu import ColumnMenu

from .panel_support import collect_qt_garbage, seed_document  # noqa: F401 - fixture
from .window_support import *


def column_menu(view) -> ColumnMenu:
    return next(c for c in view.children() if isinstance(c, ColumnMenu))


def actions(view) -> dict:
    return {a.text(): a for a in column_menu(view).menu().actions() if a.text()}


def make(qtbot, panel_class, document=None):
    panel = panel_class(document or seed_document())
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_menu_lists_every_column_and_keeps_the_agent(qtbot, private_settings):
    panel = make(qtbot, TreatmentCoursesPanel)
    menu = actions(panel.view)
    titles = [c.title for c in panel.model.columns]
    assert [t for t in menu if t in titles] == titles
    assert all(menu[t].isChecked() for t in titles)
    agent = menu["Agent"]
    assert not agent.isEnabled()
    agent.setChecked(False)  # even if asked, the column that names the course stays
    assert not panel.view.isColumnHidden(1)


def test_hiding_a_column_is_remembered_for_that_table_only(qtbot, private_settings):
    panel = make(qtbot, TreatmentCoursesPanel)
    actions(panel.view)["Route"].trigger()
    assert panel.view.isColumnHidden(2)
    assert not actions(panel.view)["Route"].isChecked()
    assert Settings().hidden_columns("courses") == {"Route"}
    again = make(qtbot, TreatmentCoursesPanel)
    assert again.view.isColumnHidden(2) and not again.view.isColumnHidden(3)
    references = make(qtbot, ReferencesPanel)
    assert not any(references.references.view.isColumnHidden(c) for c in range(6))
    actions(again.view)["Show all columns"].trigger()
    assert not again.view.isColumnHidden(2)
    assert Settings().hidden_columns("courses") == set()


def test_the_main_column_takes_the_room_a_hidden_column_leaves(qtbot, private_settings):
    panel = make(qtbot, TreatmentCoursesPanel)
    panel.resize(2200, 700)  # wide enough that every column fits and the agent has more than its minimum
    panel.courses.splitter.setSizes([1700, 500])
    qtbot.wait(20)
    header = panel.view.horizontalHeader()
    before = header.sectionSize(1)
    actions(panel.view)["Frequency"].trigger()
    assert header.sectionSize(1) > before


@pytest.mark.parametrize("panel_class, view, table, title, column", [
    (OutcomesPanel, lambda p: p.outcomes.view, "outcomes", "Evidence", 5),
    (OutcomesPanel, lambda p: p.events.view, "adverse_events", "Resolved", 5),
    (ReferencesPanel, lambda p: p.references.view, "references", "DOI / PMID", 5),
    (InvestigationsPanel, lambda p: p.editor.table, "investigations", "Note", 5),
])
def test_each_wide_table_has_the_menu(qtbot, private_settings, panel_class, view, table, title, column):
    panel = make(qtbot, panel_class)
    actions(view(panel))[title].trigger()
    assert view(panel).isColumnHidden(column)
    assert Settings().hidden_columns(table) == {title}
    assert view(make(qtbot, panel_class)).isColumnHidden(column)


def test_courses_first_five_columns_fit_at_1280_by_800(sample_window, qtbot):
    sample_window.resize(1280, 800)
    panel = sample_window.show_section("treatment_courses")
    qtbot.waitUntil(lambda: panel.view.viewport().width() > 0 and panel.isVisible())
    qtbot.wait(50)
    header = panel.view.horizontalHeader()
    first_five = sum(header.sectionSize(c) for c in range(5))
    assert first_five <= panel.view.viewport().width()
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= panel.view.viewport().width()
