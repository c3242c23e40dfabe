"""File ▸ Import in the window: from a file or pasted text, then the summary the person reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from editor.qt.dialogs.import_summary import ImportSummaryDialog, PasteManuscriptDialog
from editor.qt.interaction import SaveChoice

from .window_support import *  # noqa: F403 - fixtures

ROOT = Path(__file__).resolve().parents[2]
PMC = ROOT / "tests" / "data" / "jats" / "ehp-116-1694.xml"
PASTED = """Gout in a marathon runner

Ana Lima, Ben Okafor

Discussion
Gout can follow dehydration [1].

References
1. Choi HK, Atkinson K, Karlson EW, Willett W, Curhan G. Purine-rich foods, dairy and protein intake, and the risk of gout in men. N Engl J Med. 2004;350(11):1093-103.

Full Text: PDF
"""


@pytest.fixture
def summaries(scripted):
    """The import summaries the scripted interaction was shown."""
    return scripted.summaries


def _trigger(window, action_id):
    window.commands[action_id].trigger()


def test_import_menu_lists_both_entries(window):
    names = [a.objectName() for a in window.submenus["file.import"].actions()]
    assert names == ["file.import_file", "file.import_text"]


def test_import_from_file_opens_an_unsaved_draft_and_shows_the_summary(window, scripted, summaries):
    scripted.open_paths.append(PMC)
    _trigger(window, "file.import_file")
    report = window.document.report
    assert len(report.references) == 58 and report.discussion
    assert window.document.path is None and window.document.is_modified  # never saved over the source
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Untitled (imported from ehp-116-1694.xml)[*]")
    assert len(summaries) == 1 and summaries[0].unsorted  # the person is told what was not placed


def test_import_from_text(window, scripted, summaries):
    scripted.pasted.append(PASTED)
    _trigger(window, "file.import_text")
    report = window.document.report
    assert report.metadata.title == "Gout in a marathon runner"
    assert report.discussion == "Gout can follow dehydration [@ref-1]."
    assert [u.text for u in summaries[0].unsorted] == ["Full Text: PDF"]


def test_cancelled_paste_changes_nothing(window, scripted, summaries):
    before = window.document
    scripted.pasted.append(None)
    _trigger(window, "file.import_text")
    assert window.document is before and not summaries


def test_a_broken_file_is_reported_and_the_open_report_kept(sample_window, scripted, summaries, tmp_path):
    bad = tmp_path / "broken.xml"
    bad.write_text("<article>\n<front></article>")
    before = sample_window.document
    scripted.open_paths.append(bad)
    _trigger(sample_window, "file.import_file")
    assert sample_window.document is before and not summaries
    assert len(scripted.errors()) == 1 and "line 2" in scripted.errors()[0]


def test_unsaved_changes_are_asked_about_before_an_import(sample_window, scripted, summaries):
    assert sample_window.document.set_value("/introduction", "Typed but not saved.")
    scripted.save_choices.append(SaveChoice.CANCEL)
    scripted.open_paths.append(PMC)
    before = sample_window.document
    _trigger(sample_window, "file.import_file")
    assert ("save-changes", "case.case.json") in scripted.asked
    assert sample_window.document is before and not summaries


def test_summary_dialog_shows_recognised_and_unsorted_text(qtbot, window):
    from editor.io.text_import import import_text

    result = import_text(PASTED)
    dialog = ImportSummaryDialog(result)
    qtbot.addWidget(dialog)
    recognised = [dialog.recognised.item(i).text() for i in range(dialog.recognised.count())]
    assert "title" in recognised and any("reference" in r for r in recognised)
    assert dialog.unsorted.count() == 1 and "after the references" in dialog.unsorted.item(0).text()
    assert dialog.preview.toPlainText() == "Full Text: PDF"
    dialog.copy_button.click()
    assert "Full Text: PDF" in QGuiApplication.clipboard().text()


def test_paste_dialog_enables_import_only_with_text(qtbot, window):
    dialog = PasteManuscriptDialog()
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.editor.setPlainText("A title")
    assert dialog.import_button.isEnabled() and dialog.text() == "A title"


def test_a_long_import_can_be_cancelled_and_opens_nothing(window, scripted, summaries):
    before = window.document
    scripted.cancel_after = 10  # "Cancel" pressed while the article's 58 references are read
    scripted.open_paths.append(PMC)
    _trigger(window, "file.import_file")
    assert window.document is before and not summaries and not scripted.errors()
    assert scripted.progress_calls[-1][1] == 58 and len(scripted.progress_calls) == 11
    assert "cancelled" in window.statusBar().currentMessage()


def test_import_progress_counts_the_references(window, scripted, summaries):
    scripted.open_paths.append(PMC)
    _trigger(window, "file.import_file")
    done = [d for d, total in scripted.progress_calls]
    assert done == sorted(done) and done[-1] == 57 and {t for _, t in scripted.progress_calls} == {58}


def test_saving_the_draft_gives_it_its_file_name(window, scripted, summaries, tmp_path):
    scripted.pasted.append(PASTED)
    _trigger(window, "file.import_text")
    assert "Untitled (imported from pasted text)" in window.windowTitle()
    scripted.save_paths.append(tmp_path / "gout.case.json")
    assert window.lifecycle.save()
    assert window.windowTitle().startswith("gout.case.json") and not window.document.is_modified


def test_open_draft_asks_about_unsaved_work_then_opens_the_draft(sample_window, scripted):
    from editor.domain import CaseReport

    assert sample_window.document.set_value("/introduction", "Typed but not saved.")
    scripted.save_choices.append(SaveChoice.DISCARD)
    draft = CaseReport()
    assert sample_window.lifecycle.open_draft(draft, "manuscript.docx")
    assert sample_window.document.report is draft and sample_window.document.is_modified
    assert sample_window.document.display_name() == "Untitled (imported from manuscript.docx)"


def test_real_progress_window_reports_cancel(qtbot, window):
    from editor.qt.interaction import Interaction

    with Interaction().progress(window, "Import", "Reading…") as progress:
        assert progress(1, 10) is True
        progress.dialog.cancel()
        assert progress(2, 10) is False
