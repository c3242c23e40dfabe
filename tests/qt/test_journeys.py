"""A clinician's journeys through the window: what was found wrong while using it, and stays fixed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from .window_support import *


def _click_into(qtbot, field) -> None:
    """A click in the middle of a text field, as a person gives it focus."""
    target = getattr(field, "viewport", lambda: field)()
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(target.width() // 2, 8))
    qtbot.waitUntil(lambda: field.hasFocus())
    qtbot.wait(20)  # the selection is made just after the click has placed the cursor


# --- CARE template: typing replaces the instruction, never glues onto it -------------------------


def test_typing_into_a_template_instruction_replaces_it(window, qtbot):
    window.activateWindow()
    window.new_from_template()
    panel = window.show_section("abstract")
    background = panel.binder.widget_for("/abstract/background")
    assert window.document.report.abstract.background.startswith("Replace this:")
    _click_into(qtbot, background)
    qtbot.keyClicks(background, "Rituximab is rarely reported in adult FSGS.")
    assert window.document.report.abstract.background == "Rituximab is rarely reported in adult FSGS."
    window.undo()
    assert window.document.report.abstract.background.startswith("Replace this:")


def test_template_title_line_is_replaced_by_what_is_typed(window, qtbot):
    window.activateWindow()
    window.new_from_template()
    panel = window.show_section("metadata")
    _click_into(qtbot, panel.title_field)
    qtbot.keyClicks(panel.title_field, "Rituximab in refractory FSGS: a case report")
    assert window.document.report.metadata.title == "Rituximab in refractory FSGS: a case report"


def test_a_written_text_is_not_selected_on_entry(sample_window, qtbot):
    """Only the template's instructions are replaced: the author's own words are edited where clicked."""
    window = sample_window
    window.activateWindow()
    panel = window.show_section("abstract")
    conclusion = panel.binder.widget_for("/abstract/conclusion")
    before = window.document.report.abstract.conclusion
    _click_into(qtbot, conclusion)
    assert not conclusion.textCursor().hasSelection()
    qtbot.keyClicks(conclusion, "X")
    after = window.document.report.abstract.conclusion
    assert len(after) == len(before) + 1 and "X" in after


# --- references: paste, find duplicates, cite ------------------------------------------------------

PESCOVITZ_AGAIN = ("Pescovitz MD, Book BK, Sidner RA. Resolution of recurrent focal segmental glomerulosclerosis "
                   "proteinuria after rituximab treatment. N Engl J Med. 2006;354(18):1961-3. doi:10.1056/NEJMc053496")


def _paste(window, qtbot, text: str):
    from editor.qt.panels.reference_paste import PasteReferencesDialog

    dialog = PasteReferencesDialog(window.document, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pasted.setPlainText(text)
    dialog.read()
    return dialog


def test_pasted_references_give_the_title_the_room(sample_window, qtbot):
    """The title is what a person checks first: it was squeezed to a sixth of the table, behind 'Year' and 'Issue'."""
    dialog = _paste(sample_window, qtbot, PESCOVITZ_AGAIN)
    table = dialog.table
    title = next(i for i in range(table.columnCount()) if table.horizontalHeaderItem(i).text() == "Title")
    widths = [table.columnWidth(i) for i in range(table.columnCount())]
    assert widths[title] == max(widths)
    assert widths[title] >= table.viewport().width() // 4


def test_paste_dialog_says_cells_can_be_corrected(sample_window, qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = _paste(sample_window, qtbot, PESCOVITZ_AGAIN)
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert "double-click a cell to correct it" in buddies[dialog.table]
    assert buddies[dialog.pasted].replace("&", "") == "Pasted list"


def test_duplicate_pairs_are_readable_and_numbered_as_in_the_preview(sample_window, qtbot):
    from editor.domain.derived import reference_numbers
    from editor.qt.panels.reference_duplicates import DuplicatesDialog

    _paste(sample_window, qtbot, PESCOVITZ_AGAIN).add_all()
    dialog = DuplicatesDialog(sample_window.document, sample_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(dialog.pairs) == 1
    item = dialog.pairs_list.item(0)
    shown = dialog.pairs_list.visualItemRect(item)
    # the pair's words fit in the list (wrapped), no sideways scrolling to read "↔ Pescovitz MD 2006"
    assert shown.right() <= dialog.pairs_list.viewport().width()
    assert not dialog.pairs_list.horizontalScrollBar().isVisible()
    assert "1 likely duplicate pair" in dialog.pairs_heading.text()
    report = sample_window.document.report
    numbers = reference_numbers(report)
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(2)]
    pair = dialog.pairs[0]
    for header, ref_id in zip(headers, (pair.a_id, pair.b_id)):
        ref = report.reference(ref_id)
        who = f"({ref.first_author()} {ref.year})"
        expected = f"reference {numbers[ref_id]} {who}" if ref_id in numbers else f"uncited reference {who}"
        assert header.endswith(expected)


def test_citation_picker_shows_the_preview_numbers(sample_window, qtbot):
    from editor.domain.derived import reference_numbers
    from editor.qt.widgets.citation_picker import CitationPicker, RefIdRole

    report = sample_window.document.report
    numbers = reference_numbers(report)
    picker = CitationPicker(report.references, numbers=numbers)
    qtbot.addWidget(picker)
    rows = [picker.model.item(r) for r in range(picker.model.rowCount())]
    for item in rows:
        ref_id = item.data(RefIdRole)
        if ref_id in numbers:
            assert item.text().startswith(f"{numbers[ref_id]}. ")
        else:
            assert item.text().startswith("uncited")
    assert any(r.data(RefIdRole) not in numbers for r in rows)  # the sample has uncited references
    qtbot.keyClicks(picker.search, "uncited pescovitz")
    assert picker.visible_ids() and all(i not in numbers for i in picker.visible_ids())


def test_insert_citation_hands_the_numbers_to_the_picker(sample_window, scripted, qtbot):
    from editor.domain.derived import reference_numbers

    seen = {}

    def pick(parent, references, numbers=None):
        seen["numbers"] = numbers
        return [references[-1].id]

    scripted.pick_citation = pick
    before = reference_numbers(sample_window.document.report)
    sample_window.activateWindow()
    panel = sample_window.show_section("discussion")
    field = panel.binder.widget_for("/discussion")
    _click_into(qtbot, field)
    assert sample_window.insert_citation()
    assert seen["numbers"] == before and before
    after = reference_numbers(sample_window.document.report)
    assert sample_window.document.report.references[-1].id in after  # now cited, so numbered


# --- the References menu and the CARE checklist export, from anywhere in the window -------------


def _answer_dialog(qtbot, answer) -> None:
    """Answer the next modal dialog with ``answer(dialog)`` once it shows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        answer(dialog)

    QTimer.singleShot(0, poll)


def test_references_menu_pastes_references_from_any_section(sample_window, qtbot):
    window = sample_window
    window.show_section("discussion")
    menu = next(m for m in window.menuBar().findChildren(type(window.submenus["file.export"]))
                if m.title() == "&References")
    assert [a.text() for a in menu.actions() if a.text()][:2] == ["&Paste references…", "Find &duplicates…"]
    before = len(window.document.report.references)

    def paste(dialog):
        dialog.pasted.setPlainText(PESCOVITZ_AGAIN)
        dialog.read()
        dialog.add_button.click()

    _answer_dialog(qtbot, paste)
    window.commands["references.paste"].trigger()
    assert window.current_section() == "references"
    assert len(window.document.report.references) == before + 1
    assert window.commands["edit.undo"].text() == "&Undo Paste 1 reference"
    window.undo()
    assert len(window.document.report.references) == before


def _export_action(window, format_id: str):
    return next(a for a in window.submenus["file.export"].actions() if a.objectName() == f"export.{format_id}")


def test_care_checklist_exports_from_the_file_menu(sample_window, scripted, tmp_path):
    from docx import Document as Docx

    window = sample_window
    care = window.show_section("care_checklist")
    assert care.mark_not_reported("12", "The patient declined to give a written perspective.")
    target = tmp_path / "checklist.docx"
    scripted.save_paths.append(target)
    _export_action(window, "care").trigger()
    assert not scripted.errors()
    rows = [[c.text for c in row.cells] for table in Docx(str(target)).tables for row in table.rows]
    item12 = next(r for r in rows if r[0] == "12")
    assert item12[-1] == "Not reported: The patient declined to give a written perspective."


def test_care_checklist_export_to_an_unknown_kind_of_file_says_which_work(sample_window, scripted, tmp_path):
    scripted.save_paths.append(tmp_path / "checklist.txt")
    _export_action(sample_window, "care").trigger()
    (error,) = scripted.errors()
    assert ".md, .docx or .pdf" in error
    assert not (tmp_path / "checklist.txt").exists()
