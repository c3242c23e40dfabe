"""References panel: Import… and Export… through the scripted interaction, one undo step per import."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.domain import CaseReport
from editor.io.native import load
from editor.io.refs import import_references
from editor.qt import interaction
from editor.qt.dialogs import reference_import
from editor.qt.document import Document
from editor.qt.panels.references_panel import ReferencesPanel

from .panel_support import collect_qt_garbage  # noqa: F401 (autouse: panels' documents collected while Qt runs)
from .window_support import ScriptedInteraction

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "rituximab-fsgs.case.json"
DATA = ROOT / "tests" / "data" / "refs"


@pytest.fixture
def answers():
    script = ScriptedInteraction()
    previous = interaction.use(script)
    yield script
    interaction.use(previous)


@pytest.fixture
def panel(qtbot):
    document = Document(load(SEED), SEED)
    widget = ReferencesPanel(document)
    qtbot.addWidget(widget)
    return widget


def _button(panel, text):
    from PySide6.QtWidgets import QPushButton
    return next(b for b in panel.findChildren(QPushButton) if b.text() == text)


def test_import_shows_read_and_skipped_then_adds_all_in_one_undo_step(panel, answers, qtbot):
    answers.reviews.append(True)
    answers.open_paths.append(DATA / "jabref-medline-multiple.txt")
    before = panel.model.rowCount()
    _button(panel, "Import…").click()
    [(result, source)] = answers.reviewed
    assert (len(result.references), len(result.problems), source.name) == (7, 1, "jabref-medline-multiple.txt")
    assert panel.model.rowCount() == before + 7
    added = panel.document.report.references[-7]
    assert added.pmid == "20481061" and added.id not in {r.id for r in panel.document.report.references[:before]}
    assert panel.document.undo_stack.undoText() == "Import 7 references"
    panel.document.undo_stack.undo()
    assert panel.model.rowCount() == before


def test_review_dialog_lists_what_was_read_and_skipped(qtbot):
    path = DATA / "jabref-medline-multiple.txt"
    dialog = reference_import.ReferenceImportDialog(import_references(path), path)
    qtbot.addWidget(dialog)
    assert (dialog.table.rowCount(), dialog.skipped.count(), dialog.add_button.text()) == (7, 1, "Add 7 references")
    assert "record 2 (line 53)" in dialog.skipped.item(0).text()


def test_cancelling_the_summary_adds_nothing(panel, answers):
    answers.reviews.append(False)
    answers.open_paths.append(DATA / "rispy-endnote.ris")
    _button(panel, "Import…").click()
    assert len(panel.document.report.references) == 26
    assert panel.document.undo_stack.count() == 0


def test_a_file_that_is_no_reference_list_gets_an_error_and_changes_nothing(panel, answers, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Ward round notes, nothing bibliographic.\n")
    answers.open_paths.append(notes)
    _button(panel, "Import…").click()
    assert answers.errors() == ["“notes.txt” cannot be imported."]
    assert panel.document.undo_stack.count() == 0


def test_a_case_report_picked_by_mistake_is_named_as_such_and_changes_nothing(panel, answers):
    answers.open_paths.append(SEED)  # a .case.json is JSON, but no CSL-JSON reference list
    _button(panel, "Import…").click()
    assert answers.errors() == ["“rituximab-fsgs.case.json” cannot be imported."]
    assert answers.reviewed == [] and panel.document.undo_stack.count() == 0


def test_web_of_science_export_imports_from_the_panel(panel, answers):
    answers.reviews.append(True)
    answers.open_paths.append(DATA / "jabref-wos.txt")
    _button(panel, "Import…").click()
    assert [r.container for r in panel.document.report.references[-2:]] == ["J Phys-Condes Matter", "Opt Express"]


def test_cancelling_a_long_reference_import_adds_nothing(panel, answers, tmp_path):
    from editor.io.refs import SLICE

    records = "".join(f"PT J\nAU Author{n}, A\nTI Title {n}\nSO JOURNAL\nPY 2020\nER\n\n" for n in range(SLICE * 3))
    path = tmp_path / "savedrecs.txt"
    path.write_text("FN Clarivate Analytics Web of Science\nVR 1.0\n" + records + "EF\n")
    answers.cancel_after = 2  # after the first slice
    answers.open_paths.append(path)
    _button(panel, "Import…").click()
    assert answers.progress_calls == [(0, SLICE * 3), (SLICE, SLICE * 3), (SLICE * 2, SLICE * 3)]
    assert answers.reviewed == [] and len(panel.document.report.references) == 26
    assert panel.document.undo_stack.count() == 0


def test_export_writes_the_chosen_format(panel, answers, tmp_path):
    answers.formats.append("csl-json")
    answers.save_paths.append(tmp_path / "mine")  # no extension typed: the format's is added
    _button(panel, "Export…").click()
    result = import_references(tmp_path / "mine.json")
    assert result.format == "CSL-JSON"
    assert [r.title for r in result.references] == [r.title for r in panel.document.report.references]


def test_export_of_a_report_without_references_says_so(qtbot, answers):
    document = Document(CaseReport())
    widget = ReferencesPanel(document)
    qtbot.addWidget(widget)
    _button(widget, "Export…").click()
    assert answers.asked == [("info", "This report has no references to export yet.")]
