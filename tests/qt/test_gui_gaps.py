"""Small GUI behaviours: deleting a linked affiliation, keyboard choices in combos, refused values explained."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.domain import Affiliation, Author
from editor.domain.treatment import Route
from editor.qt.document import Document
from editor.qt.panels.adverse_events import AdverseEventForm  # noqa: F401 - the grade field under test
from editor.qt.panels.authors import AuthorsPanel
from editor.qt.panels.courses import TreatmentCoursesPanel
from editor.qt.panels.outcomes import OutcomesPanel
from editor.qt.panels.references_panel import ReferencesPanel
from editor.qt.widgets.refusal import note_of

from .panel_support import collect_qt_garbage, seed_document, type_into  # noqa: F401 (autouse fixture)
from .window_support import sample_copy, sample_window, scripted, private_settings, window  # noqa: F401 - fixtures


def shown(qtbot, panel):
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    return panel


def test_deleting_an_affiliation_unlinks_its_authors_in_one_undo_step(qtbot):
    document = Document()
    meta = document.report.metadata
    meta.affiliations = [Affiliation(id="aff-1", institution="UKM Medical Centre"),
                         Affiliation(id="aff-2", institution="Hospital Kuala Lumpur")]
    meta.authors = [Author(family="Gan", affiliation_ids=["aff-1", "aff-2"]),
                    Author(family="Mustafar", affiliation_ids=["aff-1"])]
    panel = shown(qtbot, AuthorsPanel(document))
    panel.affiliations.select_row(0)
    steps = document.undo_stack.count()
    panel.affiliations.remove_button.click()
    assert [a.id for a in meta.affiliations] == ["aff-2"]
    assert [a.affiliation_ids for a in meta.authors] == [["aff-2"], []]
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Delete affiliation"
    document.undo_stack.undo()
    assert [a.id for a in meta.affiliations] == ["aff-1", "aff-2"]
    assert [a.affiliation_ids for a in meta.authors] == [["aff-1", "aff-2"], ["aff-1"]]


def test_arrow_keys_on_a_closed_combo_make_one_undo_step(qtbot):
    panel = shown(qtbot, TreatmentCoursesPanel(seed_document()))
    document, route = panel.document, panel.form.route
    panel.courses.select_row(0)
    before = document.report.treatment_courses[0].route
    route.setFocus()
    qtbot.waitUntil(route.hasFocus)
    steps = document.undo_stack.count()
    for _ in range(3):
        qtbot.keyClick(route, Qt.Key.Key_Down)
    assert route.currentIndex() >= 3, "the combo moved with the keys"
    chosen = document.report.treatment_courses[0].route
    assert chosen == route.currentData() and chosen != before
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert document.report.treatment_courses[0].route == before


def test_two_different_combos_stay_two_steps(qtbot):
    panel = shown(qtbot, TreatmentCoursesPanel(seed_document()))
    document, form = panel.document, panel.form
    panel.courses.select_row(0)
    steps = document.undo_stack.count()
    for combo in (form.route, form.intent):
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus)
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert document.undo_stack.count() == steps + 2
    assert document.report.treatment_courses[0].route in set(Route)


def test_a_year_with_a_letter_is_explained_beside_the_field(qtbot):
    panel = shown(qtbot, ReferencesPanel(seed_document()))
    panel.references.select_row(0)
    year_field = panel.form.parts["year"]
    before = panel.document.report.references[0].year
    year_field.setFocus()
    qtbot.waitUntil(year_field.hasFocus)
    year_field.selectAll()
    qtbot.keyClicks(year_field, "20x5")
    assert note_of(year_field) is None, "no note jumps in under the cursor while typing"
    qtbot.keyClick(year_field, Qt.Key.Key_Return)  # typing done
    note = note_of(year_field)
    assert note is not None and note.isVisible() and "year" in note.text().lower()
    assert year_field.text() == "20x5", "what was typed stays, to be corrected"
    assert panel.document.report.references[0].year == before
    year_field.selectAll()
    qtbot.keyClicks(year_field, "2015")
    assert panel.document.report.references[0].year == 2015
    assert note_of(year_field) is None


def test_a_ctcae_grade_of_7_is_explained_and_not_stored(qtbot):
    panel = shown(qtbot, OutcomesPanel(seed_document()))
    panel.events.select_row(0)
    grade = panel.event_form.grade
    grade.setFocus()
    grade.lineEdit().selectAll()
    qtbot.keyClicks(grade, "7")
    note = note_of(grade)
    assert note is not None and note.isVisible()
    assert "1 to 5" in note.text() and "7" in note.text()
    assert panel.document.report.adverse_events[0].grade is None
    grade.lineEdit().selectAll()
    qtbot.keyClicks(grade, "3")
    assert panel.document.report.adverse_events[0].grade == 3
    assert note_of(grade) is None


def test_a_dose_that_is_not_a_number_is_explained(qtbot):
    panel = shown(qtbot, TreatmentCoursesPanel(seed_document()))
    panel.courses.select_row(8)  # rituximab 500 mg
    dose = panel.form.dose
    dose.amount.setFocus()
    dose.amount.end(False)
    qtbot.keyClicks(dose.amount, "x")  # "500x"
    note = note_of(dose)
    assert note is not None and note.isVisible() and "not a number" in note.text()
    assert panel.document.report.treatment_courses[8].dose.value == 500
    type_into(qtbot, dose.amount, "375")
    assert panel.document.report.treatment_courses[8].dose.value == 375
    assert note_of(dose) is None


def test_selecting_another_item_clears_the_note(qtbot):
    panel = shown(qtbot, TreatmentCoursesPanel(seed_document()))
    panel.courses.select_row(8)
    type_into(qtbot, panel.form.dose.amount, "5OO")
    assert note_of(panel.form.dose) is not None
    panel.courses.select_row(9)
    QApplication.processEvents()
    assert note_of(panel.form.dose) is None


def test_the_status_bar_says_what_was_not_taken(sample_window, qtbot):
    panel = sample_window.show_section("outcomes")
    panel.events.select_row(1)
    grade = panel.event_form.grade
    grade.setFocus()
    grade.lineEdit().selectAll()
    qtbot.keyClicks(grade, "9")
    message = sample_window.statusBar().currentMessage()
    assert message.startswith("Not taken:") and "CTCAE grade" in message
