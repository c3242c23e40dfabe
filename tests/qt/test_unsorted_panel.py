"""Unsorted text section: each piece shown with its origin and reason, moved or discarded in one undo step."""

from __future__ import annotations

from pathlib import Path

from editor.domain import CaseReport
from editor.io import native
from editor.qt.document import Document
from editor.qt.panels.unsorted import DESTINATIONS, UnsortedTextPanel
from editor.qt.sections import section_for

from .panel_support import collect_qt_garbage  # noqa: F401 - autouse fixture
from .window_support import *  # noqa: F403 - fixtures

JATS = Path(__file__).resolve().parents[2] / "tests" / "data" / "jats" / "1471-2180-11-174.xml"
PIECES = [
    {"heading": "Methods", "text": "Biopsy specimens were stained with PAS.", "reason": "no matching part"},
    {"heading": "after the references", "text": "Full Text: PDF", "reason": "page text after the reference list"},
]


def _panel(qtbot, report: CaseReport) -> UnsortedTextPanel:
    panel = UnsortedTextPanel(Document(report))
    qtbot.addWidget(panel)
    return panel


def _report(discussion: str | None = None) -> CaseReport:
    report = CaseReport(discussion=discussion)
    report.model_extra["unsorted"] = [dict(p) for p in PIECES]
    return report


def _move(panel, index: int, label: str) -> None:
    menu = panel.cards[index].move_menu
    next(a for a in menu.actions() if a.text() == label).trigger()


def test_each_piece_shows_origin_reason_and_selectable_text(qtbot):
    panel = _panel(qtbot, _report())
    assert len(panel.cards) == 2 and not panel.empty.isVisibleTo(panel)
    card = panel.cards[0]
    assert "Methods" in card.findChildren(type(panel.empty))[0].text()
    assert any("no matching part" in label.text() for label in card.findChildren(type(panel.empty)))
    assert card.text.toPlainText() == "Biopsy specimens were stained with PAS." and card.text.isReadOnly()
    card.text.selectAll()
    assert card.text.textCursor().selectedText() == "Biopsy specimens were stained with PAS."
    assert [a.text() for a in card.move_menu.actions()] == [label for label, _ in DESTINATIONS]


def test_move_appends_to_the_field_and_takes_the_piece_off_in_one_undo_step(qtbot):
    panel = _panel(qtbot, _report(discussion="FSGS is rare."))
    _move(panel, 0, "Discussion")
    report = panel.document.report
    assert report.discussion == "FSGS is rare.\n\nBiopsy specimens were stained with PAS."
    assert [p["text"] for p in report.model_extra["unsorted"]] == ["Full Text: PDF"]
    assert len(panel.cards) == 1 and panel.document.undo_stack.undoText() == "Move unsorted text to Discussion"
    panel.document.undo_stack.undo()
    assert report.discussion == "FSGS is rare." and len(report.model_extra["unsorted"]) == 2
    assert len(panel.cards) == 2


def test_move_into_an_empty_abstract_part_and_the_consent_statement(qtbot):
    panel = _panel(qtbot, _report())
    _move(panel, 1, "Consent statement")
    _move(panel, 0, "Abstract: case presentation")
    report = panel.document.report
    assert report.consent.statement == "Full Text: PDF"
    assert report.abstract.case_presentation == "Biopsy specimens were stained with PAS."
    assert "unsorted" not in report.model_extra and panel.empty.isVisibleTo(panel)


def test_discard_is_undoable(qtbot):
    panel = _panel(qtbot, _report())
    panel.cards[1].discard_button.click()
    assert [p["heading"] for p in panel.document.report.model_extra["unsorted"]] == ["Methods"]
    panel.cards[0].discard_button.click()
    assert "unsorted" not in panel.document.report.model_extra
    assert panel.empty.isVisibleTo(panel) and panel.cards == []
    panel.document.undo_stack.undo()
    panel.document.undo_stack.undo()
    assert panel.document.report.model_extra["unsorted"] == PIECES and len(panel.cards) == 2


def test_a_report_without_unsorted_text_says_so(qtbot):
    panel = _panel(qtbot, CaseReport())
    assert panel.cards == [] and panel.empty.isVisibleTo(panel)
    assert "Nothing unsorted" in panel.empty.text()


def test_unsorted_text_survives_save_and_load_until_placed(qtbot, tmp_path):
    panel = _panel(qtbot, _report())
    path = tmp_path / "draft.case.json"
    native.save(panel.document.report, path)
    assert native.load(path).model_extra["unsorted"] == PIECES
    panel.cards[0].discard_button.click()
    panel.cards[0].discard_button.click()
    native.save(panel.document.report, path)
    assert '"unsorted"' not in path.read_text(encoding="utf-8")


def test_imported_article_shows_its_unsorted_pieces_in_the_window(window, scripted):
    scripted.open_paths.append(JATS)
    window.commands["file.import_file"].trigger()
    [result] = scripted.summaries
    panel = window.show_section("unsorted")
    assert len(panel.cards) == len(result.unsorted) > 0
    assert panel.cards[0].text.toPlainText() == result.unsorted[0].text
    assert section_for("/unsorted/0").id == "unsorted" and window.go_to("/unsorted/0")
