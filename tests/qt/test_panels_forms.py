"""Form panels: type or pick through the widget, the model holds it, undo restores it, the saved file holds it."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from editor.domain import operations as ops

from .window_support import *  # noqa: F401,F403 - fixtures

TYPED_FIELDS = [
    ("metadata", "title_field", "/metadata/title", "FSGS: a case report"),
    ("metadata", "running_title", "/metadata/running_title", "Rituximab in FSGS"),
    ("metadata", "target_journal", "/metadata/target_journal", "BMJ Case Reports"),
    ("metadata", "funding", "/metadata/funding", "None"),
    ("metadata", "conflicts", "/metadata/conflicts_of_interest", "None declared"),
    ("metadata", "acknowledgements", "/metadata/acknowledgements", "The ward staff"),
    ("abstract", "background", "/abstract/background", "FSGS resists steroids"),
    ("abstract", "case_presentation", "/abstract/case_presentation", "A young man"),
    ("abstract", "conclusion", "/abstract/conclusion", "Rituximab may help"),
    ("introduction", "text", "/introduction", "FSGS is a pattern of injury"),
    ("clinical_findings", "text", "/clinical_findings", "Oedema to the knees"),
    ("discussion", "text", "/discussion", "Our case shows"),
    ("patient_perspective", "text", "/patient_perspective", "I felt better"),
    ("patient", "ethnicity", "/patient/ethnicity", "Malay"),
    ("patient", "occupation", "/patient/occupation", "Student"),
    ("patient", "symptoms", "/patient/presenting_symptoms", "Leg swelling"),
    ("patient", "family_history", "/patient/family_history", "No kidney disease"),
    ("patient", "comorbidities", "/patient/comorbidities", "Hypertension"),
    ("consent", "obtained_from", "/consent/obtained_from", "patient"),
    ("consent", "statement", "/consent/statement", "Written consent was given"),
]


def _text_of(widget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


@pytest.mark.parametrize("section,attr,pointer,typed", TYPED_FIELDS, ids=[f[2] for f in TYPED_FIELDS])
def test_typing_in_a_field_edits_undoes_and_saves(sample_window, sample_copy, qtbot, section, attr, pointer, typed):
    panel = sample_window.show_section(section)
    widget = getattr(panel, attr)
    document = sample_window.document
    before = document.get(pointer)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, typed)
    assert document.get(pointer) == typed
    assert document.undo_stack.count() == 1  # typing in one field is one step
    sample_window.undo()
    assert document.get(pointer) == before and _text_of(widget) == (before or "")
    sample_window.redo()
    sample_window.save_document()
    assert ops.get_at(saved(sample_copy), pointer) == typed


def test_patient_age_with_unit_and_sex_are_picked(sample_window, sample_copy, qtbot):
    panel = sample_window.show_section("patient")
    panel.age.setFocus()
    panel.age.selectAll()
    qtbot.keyClicks(panel.age, "34")
    assert sample_window.document.report.patient.age.value == 34
    panel.age_unit.setFocus()
    panel.age_unit.setCurrentIndex(-1)
    months = panel.age_unit.findText("months")
    panel.age_unit.setCurrentIndex(months)
    panel.age_unit.activated.emit(months)
    panel.sex.activated.emit(panel.sex.findText("female"))
    report = sample_window.document.report
    assert (report.patient.age.value, report.patient.age.unit, report.patient.sex.value) == (34, "month", "female")
    sample_window.undo()
    assert report.patient.sex.value == "male" and panel.sex.currentText() == "male"
    sample_window.save_document()
    on_disk = saved(sample_copy).patient
    assert (on_disk.age.value, on_disk.age.unit, on_disk.sex.value) == (34, "month", "male")


def test_consent_obtained_is_picked_with_the_keyboard(window, qtbot, tmp_path, scripted):
    panel = window.show_section("consent")
    panel.obtained.setFocus()
    qtbot.keyClick(panel.obtained, Qt.Key.Key_Down)  # combo boxes pick the next choice with Down
    assert window.document.report.consent.obtained is True
    window.undo()
    assert window.document.report.consent.obtained is None and panel.obtained.currentText() == "not stated"
    window.redo()
    scripted.save_paths.append(tmp_path / "consent.case.json")
    window.save_document()
    assert saved(tmp_path / "consent.case.json").consent.obtained is True


def test_keywords_are_added_with_enter_edited_and_removed(sample_window, sample_copy, qtbot, qtmodeltester):
    panel = sample_window.show_section("metadata")
    keywords = panel.keywords
    qtmodeltester.check(keywords.model)
    keywords.entry.setFocus()
    qtbot.keyClicks(keywords.entry, "rituximab")
    qtbot.keyClick(keywords.entry, Qt.Key.Key_Return)
    report = sample_window.document.report
    assert report.metadata.keywords[-1] == "rituximab" and keywords.entry.text() == ""
    assert keywords.model.setData(keywords.model.index(0, 0), "FSGS")
    assert report.metadata.keywords[0] == "FSGS"
    keywords.list.select_row(2)
    keywords.list.move(-1)
    assert report.metadata.keywords == ["FSGS", "rituximab", "intravenous Rituximab"]
    sample_window.undo()
    sample_window.save_document()
    assert saved(sample_copy).metadata.keywords == ["FSGS", "intravenous Rituximab", "rituximab"]


def test_every_field_has_a_label_with_a_mnemonic(sample_window):
    for section in ("metadata", "abstract", "introduction", "patient", "consent", "authors", "diagnoses",
                    "investigations", "timeline_events"):
        panel = sample_window.show_section(section)
        labels = [label for label in panel.findChildren(QLabel) if label.buddy() is not None]
        assert labels, section
        keys = [label.text()[label.text().index("&") + 1].lower() for label in labels]
        assert len(keys) == len(set(keys)), f"{section}: two labels share a mnemonic: {keys}"


def test_tab_moves_from_field_to_field_in_order(sample_window, qtbot):
    panel = sample_window.show_section("abstract")
    panel.background.setFocus()
    qtbot.waitUntil(panel.background.hasFocus)
    qtbot.keyClick(panel.background, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.case_presentation
    qtbot.keyClick(panel.case_presentation, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.conclusion
