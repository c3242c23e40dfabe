"""Gaps found by the audit of issues 5 and 6, reached as a person reaches them: menus, panels, files."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .panel_support import collect_qt_garbage  # noqa: F401 (autouse: panels' undo stacks emptied before collection)
from .window_support import *  # noqa: F401,F403 - fixtures


def _answer_next_dialog(answer) -> None:
    """Answer the next modal dialog with ``answer(dialog)`` once it shows."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        answer(dialog)

    QTimer.singleShot(0, poll)


def test_tools_menu_finds_duplicate_references_and_merges_them_in_one_step(sample_window):
    """Issue 6 names the command 'Tools ▸ Find duplicate references'."""
    window = sample_window
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert "Find duplicate &references…" in [a.text() for a in tools.actions()]
    doc = window.document
    copy = doc.report.references[4].model_copy(deep=True, update={"id": "ref-again"})
    doc.insert_item("/references", copy)
    window.show_section("metadata")
    seen = []

    def merge(dialog):
        pair = dialog.current_pair()
        seen.append({pair.a_id, pair.b_id})
        dialog.merge(keep_left=pair.a_id == "ref-5")
        dialog.accept()

    _answer_next_dialog(merge)
    window.commands["tools.duplicates"].trigger()
    assert seen == [{"ref-5", "ref-again"}]
    assert window.current_section() == "references"
    assert doc.report.reference("ref-again") is None and len(doc.report.references) == 26
    window.undo()
    assert doc.report.reference("ref-again") is not None


def test_tools_find_duplicates_on_a_clean_list_says_so(sample_window, scripted):
    sample_window.commands["tools.duplicates"].trigger()
    assert scripted.asked == [("info", "No likely duplicate references were found.")]


APA_KIM = "Kim, J. S., Han, B. G., Choi, S. O., & Cha, S. K. (2016)"
VANCOUVER_KIM = "Kim JS, Han BG, Choi SO, Cha SK. Secondary focal segmental glomerulosclerosis"


def test_the_reference_style_chosen_in_the_preview_is_used_by_the_preview_and_file_export(sample_window, tmp_path):
    """Issue 6: 'The preview and exports let the user choose the style.'"""
    from editor.qt.export_menu import FORMATS, export

    preview = sample_window.preview
    assert VANCOUVER_KIM in preview.browser.toPlainText() and APA_KIM not in preview.browser.toPlainText()
    labels = [preview.style_choice.itemText(i) for i in range(preview.style_choice.count())]
    assert labels == ["Vancouver (ICMJE/NLM)", "AMA (11th edition)", "APA (7th edition)"]
    preview.style_choice.setCurrentIndex(labels.index("APA (7th edition)"))
    assert APA_KIM in preview.browser.toPlainText() and VANCOUVER_KIM not in preview.browser.toPlainText()
    for format_id, suffix in (("html", ".html"), ("markdown", ".md")):
        fmt = next(f for f in FORMATS if f.id == format_id)
        target = tmp_path / f"apa{suffix}"
        assert export(sample_window, fmt, target) == target
        written = target.read_text(encoding="utf-8")
        assert "Kim, J. S." in written and "Kim JS, Han BG" not in written, format_id
    preview.style_choice.setCurrentIndex(0)
    target = tmp_path / "vancouver.html"
    export(sample_window, next(f for f in FORMATS if f.id == "html"), target)
    assert "Kim JS, Han BG" in target.read_text(encoding="utf-8")


def test_reference_edited_in_the_form_undoes_and_survives_save_and_reload(qtbot, tmp_path):
    """Issue 5's test plan for the references panel: edit through the widgets, model, undo, save, reload."""
    from editor.io.native import load, save
    from editor.qt.panels.references_panel import ReferencesPanel

    from .panel_support import seed_document, type_into

    panel = ReferencesPanel(seed_document())
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    doc, form = panel.document, panel.form
    panel.references.select_row(0)
    type_into(qtbot, form.rows["doi"], "10.1155/2016/1630365")
    type_into(qtbot, form.parts["issue"], "3")
    ref = doc.report.references[0]
    assert (ref.doi, ref.issue) == ("10.1155/2016/1630365", "3")
    assert "10.1155/2016/1630365" in panel.model.index(0, 5).data()  # the DOI/PMID column
    doc.undo_stack.undo()  # the issue
    assert doc.report.references[0].issue is None and form.parts["issue"].text() == ""
    doc.undo_stack.redo()
    path = tmp_path / "references.case.json"
    save(doc.report, path)
    reloaded = load(path).references[0]
    assert (reloaded.doi, reloaded.issue, reloaded.title) == ("10.1155/2016/1630365", "3", ref.title)


def test_the_reference_style_is_remembered_for_the_next_window(sample_window, qtbot):
    from .window_support import new_window, wait_for_docks

    sample_window.preview.style_choice.setCurrentIndex(sample_window.preview.style_choice.findData("ama"))
    sample_window.settings.sync()
    later = new_window(qtbot)
    later.show()
    wait_for_docks(qtbot, later)
    assert later.preview.reference_style == "ama"
    assert later.preview.style_choice.currentText() == "AMA (11th edition)"
