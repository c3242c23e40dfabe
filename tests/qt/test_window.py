"""The main window: navigator, actions table, undo texts, persistence of layout, citations."""

from PySide6.QtGui import QKeySequence

from editor.qt.sections import SECTIONS, Section, make_panel

from .window_support import *  # noqa: F401,F403 - fixtures

EXPECTED_SECTIONS = ["Metadata", "Authors", "Abstract", "Introduction", "Patient", "Clinical findings",
                     "Diagnoses", "Investigations", "Treatment courses", "Outcomes", "Timeline events",
                     "Discussion", "Patient perspective", "Consent", "References", "CARE checklist", "Unsorted text"]


def test_navigator_lists_the_sections_and_shows_each_panel(sample_window):
    nav = sample_window.navigator
    assert [nav.item(i).text() for i in range(nav.count())] == EXPECTED_SECTIONS
    for row, sect in enumerate(SECTIONS):
        nav.setCurrentRow(row)
        assert sample_window.stack.currentWidget() is sample_window.panels[sect.id]


def test_missing_panel_module_shows_an_honest_placeholder(window):
    future = Section("future", "Future", "editor.qt.panels.no_such_panel:Nothing", ("/future",), issue=5)
    panel = make_panel(future, window.document)
    assert "coming in issue 5" in _all_label_text(panel)


def _all_label_text(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_menus_and_standard_shortcuts_come_from_the_table(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Insert", "&References", "&Tools", "&Help"]
    assert window.commands["file.save"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.commands["edit.undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.commands["edit.find"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.commands["insert.citation"].shortcut() == QKeySequence("Ctrl+Shift+C")
    shortcuts = [s.toString() for a in window.commands.values() for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), "two commands share a shortcut"
    assert window.commands["file.open"] in window.toolbar.actions()


def test_undo_names_the_step_and_undoing_to_saved_clears_the_mark(sample_window, qtbot):
    panel = sample_window.show_section("metadata")
    panel.title_field.setFocus()
    panel.title_field.selectAll()
    qtbot.keyClicks(panel.title_field, "Rituximab in FSGS")
    assert sample_window.isWindowModified()
    assert sample_window.commands["edit.undo"].text() == "&Undo Edit title"
    assert sample_window.commands["edit.undo"].isEnabled()
    sample_window.commands["edit.undo"].trigger()
    assert not sample_window.isWindowModified()
    assert sample_window.commands["edit.redo"].text() == "&Redo Edit title"
    assert sample_window.document.report.metadata.title.startswith("Intravenous Rituximab")


def test_title_bar_shows_name_and_unsaved_mark(window):
    assert window.windowTitle() == "Untitled[*] — Case Report Editor"
    window.document.set_value("/metadata/title", "x")
    assert window.isWindowModified()


def test_layout_and_recent_files_persist(qtbot, scripted, sample_copy):
    first = new_window(qtbot)
    first.show()
    first.resize(760, 540)
    first.lifecycle.open(sample_copy)
    first.preview.hide()
    assert first.close()
    second = new_window(qtbot)
    second.show()
    assert (second.width(), second.height()) == (760, 540)
    assert not second.preview.isVisible()
    assert second.settings.recent_files() == [sample_copy.resolve()]


def test_recent_list_keeps_ten(window, tmp_path):
    for n in range(12):
        window.settings.add_recent_file(tmp_path / f"case{n}.case.json")
    files = window.settings.recent_files()
    assert len(files) == 10 and files[0].name == "case11.case.json"


def test_insert_citation_at_the_cursor_is_one_undo_step(sample_window, scripted, qtbot):
    panel = sample_window.show_section("discussion")
    box = panel.text
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Rituximab induced remission.")
    before = sample_window.document.report.discussion
    cursor = box.textCursor()
    cursor.setPosition(10)
    box.setTextCursor(cursor)
    scripted.citations.append(["ref-4", "ref-17"])
    steps = sample_window.document.undo_stack.count()
    sample_window.commands["insert.citation"].trigger()
    assert sample_window.document.report.discussion == before[:10] + "[@ref-4; @ref-17]" + before[10:]
    assert sample_window.document.undo_stack.count() == steps + 1
    assert box.textCursor().position() == 10 + len("[@ref-4; @ref-17]")
    sample_window.undo()
    assert sample_window.document.report.discussion == before


def test_insert_citation_without_a_text_field_explains(sample_window, scripted):
    sample_window._citation_field = None
    assert not sample_window.insert_citation()
    assert scripted.asked[-1][0] == "info" and "Click in a text field" in scripted.asked[-1][1]


def test_citation_picker_filters_by_author_title_and_year(sample_window, qtbot):
    from editor.qt.widgets.citation_picker import CitationPicker

    picker = CitationPicker(sample_window.document.report.references)
    qtbot.addWidget(picker)
    everything = len(picker.visible_ids())
    qtbot.keyClicks(picker.search, "cattran 2004")
    ids = picker.visible_ids()
    assert 0 < len(ids) < everything
    refs = {r.id: r for r in sample_window.document.report.references}
    assert all(refs[i].year == 2004 and "Cattran" in refs[i].first_author() for i in ids)
    assert picker.chosen_ids() == ids[:1]  # the first match is ready for Enter


def test_switching_a_rule_off_is_remembered(window, scripted, qtbot):
    assert any(f.rule == "structure.missing-title" for f in window.problems.model.findings)
    scripted.rule_choices.append(frozenset({"structure.missing-title"}))
    window.choose_rules()
    assert not any(f.rule == "structure.missing-title" for f in window.problems.model.findings)
    assert "structure.missing-title" in window.settings.disabled_rules()
    later = new_window(qtbot)
    wait_for_docks(qtbot, later)
    assert later.problems.model.findings  # checked, and still without the switched-off rule
    assert not any(f.rule == "structure.missing-title" for f in later.problems.model.findings)


def test_section_keys_move_through_the_navigator(window):
    window.navigator.setCurrentRow(0)
    window.commands["view.next_section"].trigger()
    assert window.current_section() == "authors"
    window.commands["view.previous_section"].trigger()
    assert window.current_section() == "metadata"


def test_export_menu_writes_html(sample_window, scripted, tmp_path):
    from editor.qt.export_menu import FORMATS, export

    html = next(f for f in FORMATS if f.id == "html")
    target = tmp_path / "out.html"
    assert export(sample_window, html, target) == target
    assert "Rituximab" in target.read_text(encoding="utf-8")
    names = [a.objectName() for a in sample_window.submenus["file.export"].actions()]
    assert "export.html" in names and "export.pdf" in names


def test_find_in_preview(sample_window, qtbot):
    sample_window.find_in_preview()
    qtbot.keyClicks(sample_window.preview.find_field, "glomerulosclerosis")
    assert sample_window.preview.find_next()
    assert sample_window.preview.browser.textCursor().selectedText().lower() == "glomerulosclerosis"


def test_a_panel_can_ask_the_window_to_show_a_field(sample_window, qtbot):
    from PySide6.QtWidgets import QApplication

    panel = sample_window.show_section("references")
    assert hasattr(panel, "navigate_requested"), "the References panel (issue 5) offers 'cited in' links"
    panel.navigate_requested.emit("/abstract/background")
    assert sample_window.current_section() == "abstract"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sample_window.panels["abstract"].background)


def test_cited_in_selects_the_citation_marker_in_its_text(sample_window, qtbot):
    panel = sample_window.show_section("references")
    panel.references.select_row(0)
    entry = panel.form.cited_in.item(0)
    panel.form.cited_in.itemActivated.emit(entry)
    field = sample_window.panels["abstract"].background
    assert sample_window.current_section() == "abstract"
    assert field.textCursor().selectedText() == "[@ref-1; @ref-2]"


def test_default_layout_leaves_the_panel_room_at_1280x800(window):
    window.resize(1280, 800)
    window.default_layout()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert 150 <= window.navigator.width() <= 200
    assert 300 <= window.preview.width() <= 380
    assert window.problems.height() <= 200
    assert window.stack.width() >= 700, "the section's panel gets most of the width"
    assert window.tabifiedDockWidgets(window.preview) == [window.timeline]


def test_view_menu_toggles_each_dock_and_focus_mode_brings_them_back(window):
    for action_id, dock in (("view.problems", window.problems), ("view.preview", window.preview),
                            ("view.timeline", window.timeline)):
        assert window.commands[action_id].isChecked() and not dock.isHidden()
        window.commands[action_id].trigger()
        assert dock.isHidden() and not window.commands[action_id].isChecked()
        window.commands[action_id].trigger()
        assert not dock.isHidden()
    window.commands["view.problems"].trigger()  # hidden before focus mode: stays hidden after it
    window.commands["view.focus"].trigger()
    assert all(d.isHidden() for d in (window.problems, window.preview, window.timeline))
    window.commands["view.focus"].trigger()
    assert not window.preview.isHidden() and not window.timeline.isHidden() and window.problems.isHidden()


def test_navigator_width_persists(qtbot, scripted):
    first = new_window(qtbot)
    first.show()
    first.body_splitter.setSizes([210, 600])
    assert first.close()
    second = new_window(qtbot)
    second.show()
    assert second.body_splitter.sizes()[0] == 210


def test_preview_title_is_sized_for_a_side_panel_and_wraps_between_words(sample_window):
    from PySide6.QtGui import QTextOption

    browser = sample_window.preview.browser
    assert browser.wordWrapMode() == QTextOption.WrapMode.WordWrap
    block = browser.document().firstBlock()
    assert block.text().startswith("Intravenous Rituximab")
    assert 12 <= block.begin().fragment().charFormat().fontPointSize() <= 14
