"""References panel: Import… and Export… through the scripted interaction, one undo step per import."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.domain import CaseReport
from editor.io.native import load
from editor.io.refs import import_references
from editor.qt import interaction
from editor.qt.dialogs import reference_export, reference_import
from editor.qt.document import Document
from editor.qt.panels.references_panel import ReferencesPanel

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


def test_import_shows_read_and_skipped_then_adds_all_in_one_undo_step(panel, answers, monkeypatch, qtbot):
    shown = []

    def accept(dialog):
        shown.append((dialog.table.rowCount(), dialog.skipped.count(), dialog.add_button.text()))
        return True

    monkeypatch.setattr(reference_import, "review", accept)
    answers.open_paths.append(DATA / "jabref-medline-multiple.txt")
    before = panel.model.rowCount()
    _button(panel, "Import…").click()
    assert shown == [(7, 1, "Add 7 references")]
    assert panel.model.rowCount() == before + 7
    added = panel.document.report.references[-7]
    assert added.pmid == "20481061" and added.id not in {r.id for r in panel.document.report.references[:before]}
    assert panel.document.undo_stack.undoText() == "Import 7 references"
    panel.document.undo_stack.undo()
    assert panel.model.rowCount() == before


def test_cancelling_the_summary_adds_nothing(panel, answers, monkeypatch):
    monkeypatch.setattr(reference_import, "review", lambda dialog: False)
    answers.open_paths.append(DATA / "rispy-endnote.ris")
    _button(panel, "Import…").click()
    assert len(panel.document.report.references) == 26
    assert panel.document.undo_stack.count() == 0


def test_a_file_that_is_no_reference_list_gets_an_error_and_changes_nothing(panel, answers):
    answers.open_paths.append(DATA / "jabref-isi.txt")
    _button(panel, "Import…").click()
    assert answers.errors() == ["“jabref-isi.txt” cannot be imported."]
    assert panel.document.undo_stack.count() == 0


def test_export_writes_the_chosen_format(panel, answers, monkeypatch, tmp_path):
    monkeypatch.setattr(reference_export, "choose_format", lambda parent: "csl-json")
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
