"""Every screen names a reference by the number the References panel gives it, never by its stored position."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.qt.models.references import UNCITED

from .panel_support import collect_qt_garbage  # noqa: F401 (autouse: panels collected while Qt runs)
from .window_support import *  # noqa: F401,F403 - fixtures
from .window_support import wait_for_docks

WHERE, MESSAGE = 3, 1


def _row(dock, path: str) -> int:
    return next(i for i, f in enumerate(dock.model.findings) if f.path == path)


def _panel_number(window, first_author: str) -> str:
    """The No. column of the References panel on the row of that first author."""
    proxy = window.show_section("references").proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 1).data().startswith(first_author)]
    assert len(rows) == 1
    return proxy.index(rows[0], 0).data()


def test_problems_dock_names_a_reference_as_the_references_panel_numbers_it(sample_window, qtbot):
    dock = sample_window.problems
    row = _row(dock, "/references/9/et_al")  # Maschio G 1996: tenth stored, seventh cited
    message = dock.model.index(row, MESSAGE).data()
    where = dock.model.index(row, WHERE).data()
    number = _panel_number(sample_window, "Maschio G")
    assert number == "7"
    assert message.startswith("Reference 7 (Maschio G 1996) lists 3 author(s)")
    assert where == "Reference 7 (Maschio G 1996) › et al"
    assert "Reference 10" not in message + where
    # the tooltip keeps the address, which counts by position
    assert "/references/9/et_al" in dock.model.index(row, MESSAGE).data(Qt.ItemDataRole.ToolTipRole)


def test_an_uncited_reference_is_named_without_a_number(sample_window):
    dock = sample_window.problems
    assert _panel_number(sample_window, "Ochi A") == UNCITED
    row = _row(dock, "/references/3/et_al")
    assert dock.model.index(row, MESSAGE).data().startswith("Uncited reference (Ochi A 2012) lists")
    assert dock.model.index(row, WHERE).data() == "Uncited reference (Ochi A 2012) › et al"
    row = _row(dock, "/references/3")
    assert dock.model.index(row, WHERE).data() == "Uncited reference (Ochi A 2012)"


def test_names_follow_a_new_first_citation(sample_window, qtbot):
    """Citing Maschio first of all makes it reference 1 in the panel and in the dock, after the usual pause."""
    document = sample_window.document
    document.set_value("/abstract/background", "[@ref-10] " + (document.report.abstract.background or ""))
    wait_for_docks(qtbot, sample_window)
    dock = sample_window.problems
    qtbot.waitUntil(lambda: dock.model.index(_row(dock, "/references/9/et_al"), WHERE).data()
                    == "Reference 1 (Maschio G 1996) › et al", timeout=3000)
    assert _panel_number(sample_window, "Maschio G") == "1"
    valerio = _row(dock, "/references/1/et_al")  # Valerio F 2008 moves from 2 to 3
    assert dock.model.index(valerio, MESSAGE).data().startswith("Reference 3 (Valerio F 2008)")
    assert _panel_number(sample_window, "Valerio F") == "3"
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: dock.model.index(_row(dock, "/references/9/et_al"), WHERE).data()
                    == "Reference 7 (Maschio G 1996) › et al", timeout=3000)
