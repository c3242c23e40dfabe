"""The problems dock: validation follows edits, counts, jumping to the field, quick fixes."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.domain import Author, CaseReport
from editor.qt.docks.problems import FindingRole, FindingTableModel, readable_path
from editor.validation import Finding, Severity

from .window_support import *  # noqa: F401,F403 - fixtures
from .window_support import ROOT


def test_findings_follow_an_edit_after_a_pause(window, qtbot):
    assert any(f.path == "/metadata/title" for f in window.problems.model.findings)
    panel = window.show_section("metadata")
    qtbot.keyClicks(panel.title_field, "Rituximab in FSGS: a case report")
    assert any(f.path == "/metadata/title" for f in window.problems.model.findings)  # not yet: debounced
    qtbot.waitUntil(lambda: not any(f.path == "/metadata/title" for f in window.problems.model.findings),
                    timeout=2000)


def test_status_bar_counts_errors_and_warnings(window):
    errors, warnings = window.problems.model.counts()
    assert errors >= 1
    assert window.counts_label.text().startswith(f"{errors} error")
    assert f"{warnings} warning" in window.counts_label.text()


def test_double_click_goes_to_the_very_field(sample_window, qtbot):
    finding = Finding("test.orcid", Severity.ERROR, "/metadata/authors/1/orcid", "ORCID check digit", "Retype it")
    dock = sample_window.problems
    dock.model.set_findings([finding])
    sample_window.show_section("metadata")
    rect = dock.view.visualRect(dock.model.index(0, 1))
    assert rect.isValid()
    # Qt 6 item views see a double-click as press, release, then the double-click event
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sample_window.current_section() == "authors"
    panel = sample_window.panels["authors"]
    assert panel.authors.current_row() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.orcid.edit)


def test_enter_on_a_finding_goes_to_a_narrative_field(sample_window, qtbot):
    dock = sample_window.problems
    dock.model.set_findings([Finding("test.x", Severity.WARNING, "/patient/medical_history", "Name in text", "")])
    dock.view.setFocus()
    dock.view.setCurrentIndex(dock.model.index(0, 0))
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert sample_window.current_section() == "patient"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sample_window.panels["patient"].medical_history)


def test_real_finding_in_a_table_selects_its_row(window, qtbot):
    window.document.insert_item("/metadata/authors", Author(family="Gan"))
    window.document.insert_item("/metadata/authors", Author(family="Pau", orcid="0000-0002-1825-0098"))
    window.validate_now()
    assert window.go_to("/metadata/authors/1/family")
    assert window.panels["authors"].authors.current_row() == 1
    assert window.panels["authors"].family.text() == "Pau"


def test_quick_fix_is_one_undoable_step(window):
    finding = Finding("test.fix", Severity.WARNING, "/metadata/title", "Title lacks 'case report'", "",
                      fix=(("/metadata/title", "FSGS: a case report"), ("/metadata/running_title", "FSGS")))
    assert window.problems.apply_fix(finding)
    assert window.document.report.metadata.title == "FSGS: a case report"
    assert window.document.report.metadata.running_title == "FSGS"
    window.undo()
    assert window.document.report.metadata.title is None and window.document.report.metadata.running_title is None


def test_finding_model_shows_severity_message_and_hint(qtmodeltester):
    model = FindingTableModel()
    qtmodeltester.check(model)
    findings = [Finding("a.b", Severity.ERROR, "/metadata/title", "No title", "Add one"),
                Finding("c.d", Severity.INFO, "/references/2/doi", "Odd DOI", "Check it")]
    model.set_findings(findings)
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(3)] == ["Error", "No title", "Add one"]
    assert model.index(1, 3).data() == "references 3 › doi"
    assert model.index(1, 0).data(FindingRole) is findings[1]
    assert model.counts() == (1, 0)


def test_readable_path_counts_rows_from_one():
    assert readable_path("/metadata/authors/0/orcid") == "metadata › authors 1 › orcid"
    assert readable_path("") == "whole report"


def test_validation_of_a_new_report_finds_missing_parts(window, qtbot):
    window.set_document(type(window.document)(CaseReport()))
    wait_for_docks(qtbot, window)
    rules = {f.rule for f in window.problems.model.findings}
    assert "structure.missing-title" in rules


def _menu_entries(menu):
    return {action.text(): action for action in menu.actions() if action.text()}


def test_context_menu_offers_the_cumulative_dose_fix_and_applies_it_as_one_step(window, qtbot):
    assert window.lifecycle.open(ROOT / "samples" / "invalid" / "dose-mismatch.case.json")
    window.validate_now()
    finding = next(f for f in window.problems.model.findings if f.rule == "dose.cumulative-mismatch")
    entries = _menu_entries(window.problems.menu_for(finding))
    fix = entries["Quick fix: Set the cumulative dose to 2 g"]
    assert fix.isEnabled() and "Go to field" in entries

    fix.trigger()
    course = window.document.report.treatment_courses[0]
    assert (course.cumulative_dose.value, course.cumulative_dose.unit) == (2, "g")
    window.validate_now()
    assert not any(f.rule == "dose.cumulative-mismatch" for f in window.problems.model.findings)
    window.undo()
    assert window.document.report.treatment_courses[0].cumulative_dose.value == 3
    window.document.undo_stack.setClean()


def test_context_menu_without_a_certain_fix_greys_it_and_can_switch_the_rule_off(sample_window, qtbot):
    finding = next(f for f in sample_window.problems.model.findings if f.rule == "care.no-patient-perspective")
    entries = _menu_entries(sample_window.problems.menu_for(finding))
    assert not entries["Apply quick fix"].isEnabled()
    with qtbot.waitSignal(sample_window.problems.rule_switched_off) as switched:
        entries["Switch off rule care.no-patient-perspective"].trigger()
    assert switched.args == ["care.no-patient-perspective"]
    qtbot.waitUntil(lambda: not any(f.rule == "care.no-patient-perspective"
                                    for f in sample_window.problems.model.findings), timeout=3000)
