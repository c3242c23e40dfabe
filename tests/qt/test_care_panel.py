"""The CARE checklist view: statuses, going to the covering field, marking an item not reported (undoable)."""

from PySide6.QtCore import Qt

from editor.domain import CareNote
from editor.io.native import load
from editor.qt.document import Document
from editor.qt.panels.care_checklist import CareChecklistPanel

from .window_support import *  # noqa: F403

SEED = "samples/rituximab-fsgs.case.json"


def make_panel(qtbot, path=SEED):
    document = Document(load(path))
    panel = CareChecklistPanel(document)
    qtbot.addWidget(panel)
    return document, panel


def test_every_item_is_listed_with_its_status(qtbot):
    _, panel = make_panel(qtbot)
    numbers = [i.data(0, Qt.ItemDataRole.UserRole) for i in panel.items()]
    assert [n for n in numbers if n.isdigit()] == [str(n) for n in range(1, 14)]
    assert "10d" in numbers
    assert "Missing" in panel.item_for("12").text(1)
    assert "Covered" in panel.item_for("2").text(1) and panel.item_for("2").text(2) == "Keywords"
    covered = sum("Covered" in panel.item_for(str(n)).text(1) for n in range(1, 14))
    assert panel.summary.text().startswith(f"{covered} of 13 items covered")


def test_mark_not_reported_needs_a_reason_and_is_undoable(qtbot):
    document, panel = make_panel(qtbot)
    panel.select("12")
    panel.reason.setText("")
    assert not panel.mark_current_not_reported()
    assert "12" not in document.report.care_notes
    panel.reason.setText("The patient declined to contribute.")
    qtbot.mouseClick(panel.mark, Qt.MouseButton.LeftButton)
    assert document.report.care_notes["12"] == CareNote(not_reported=True, reason="The patient declined to contribute.")
    assert "Not reported" in panel.item_for("12").text(1)
    document.undo_stack.undo()
    panel.refresh()
    assert "12" not in document.report.care_notes and "Missing" in panel.item_for("12").text(1)
    document.undo_stack.redo()
    panel.select("12")
    assert panel.clear_current_mark() and "12" not in document.report.care_notes


def test_panel_follows_edits_of_the_report(qtbot):
    document, panel = make_panel(qtbot)
    document.set_value("/patient_perspective", "I was relieved when the swelling went.")
    qtbot.waitUntil(lambda: "Covered" in panel.item_for("12").text(1), timeout=2000)


def test_activating_an_item_goes_to_its_place_in_the_window(sample_window, qtbot):
    panel = sample_window.show_section("care_checklist")
    assert isinstance(panel, CareChecklistPanel)
    panel.go_to_item(panel.item_for("2"))
    assert sample_window.current_section() == "metadata"
    assert sample_window.go_to("/care_notes/12") and panel.current_number() == "12"
