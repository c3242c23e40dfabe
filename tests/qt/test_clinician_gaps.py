"""Gaps a clinician noticed: preview tables in a narrow dock, panel headings, dose basis, unit display, names."""

from __future__ import annotations

from editor.qt.docks.preview import PreviewDock

from .panel_support import collect_qt_garbage, seed_document  # noqa: F401 (autouse fixture)


def test_preview_tables_fit_the_dock_at_its_default_width(qtbot):
    dock = PreviewDock()
    qtbot.addWidget(dock)
    dock.set_document(seed_document())
    dock.resize(330, 600)
    dock.show()
    dock.refresh()
    browser = dock.browser
    qtbot.waitUntil(lambda: browser.viewport().width() > 0)
    assert browser.horizontalScrollBar().maximum() == 0, "a table is wider than the dock"
    assert browser.document().idealWidth() <= browser.viewport().width()
    text = browser.toPlainText()
    assert "4 doses" in text and "every week" in text  # the right-hand columns are still there, folded in
