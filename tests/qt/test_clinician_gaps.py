"""Gaps a clinician noticed: preview tables in a narrow dock, panel headings, dose basis, unit display, names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget

from editor.domain.treatment import DoseBasis
from editor.qt.docks.preview import PreviewDock
from editor.qt.panels.courses import TreatmentCoursesPanel
from editor.qt.panels.field_names import is_input
from editor.qt.panels.outcomes import OutcomesPanel
from editor.qt.panels.references_panel import ReferencesPanel

from .panel_support import choose, collect_qt_garbage, seed_document, type_into  # noqa: F401 (autouse fixture)


def test_preview_tables_fit_the_dock_at_its_default_width(qtbot):
    dock = PreviewDock()
    qtbot.addWidget(dock)
    dock.set_document(seed_document())
    dock.resize(330, 600)
    dock.show()
    dock.refresh()
    browser = dock.browser
    qtbot.waitUntil(lambda: browser.viewport().width() > 0)
    assert browser.horizontalScrollBar().maximum() == 0, "a table is wider than the dock"
    assert browser.document().idealWidth() <= browser.viewport().width()
    text = browser.toPlainText()
    assert "4 doses" in text and "every week" in text  # the right-hand columns are still there, folded in


# --- headings ------------------------------------------------------------------------------------------
def _shown(qtbot, panel, width=770, height=560):
    qtbot.addWidget(panel)
    panel.resize(width, height)  # the room the middle column has in a 1280x800 window
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.mark.parametrize("panel_class, title, hint", [
    (TreatmentCoursesPanel, "Treatment courses", "CARE 9: what was given, how much, how often, when"),
    (OutcomesPanel, "Outcomes and adverse events", "CARE 10:"),
    (ReferencesPanel, "References", "order of first citation"),
])
def test_list_panels_open_with_a_heading_and_a_hint_above_their_table(qtbot, panel_class, title, hint):
    panel = _shown(qtbot, panel_class(seed_document()))
    labels = [label for label in panel.findChildren(QLabel) if label.isVisible()]
    heading = next((label for label in labels if "<h2" in label.text() and title in label.text()), None)
    assert heading is not None, "no heading"
    intro = next((label for label in labels if hint in label.text()), None)
    assert intro is not None, "no hint under the heading"
    view = panel.outcomes.view if isinstance(panel, OutcomesPanel) else panel.view
    table_top = view.mapTo(panel, QPoint(0, 0)).y()
    assert heading.mapTo(panel, QPoint(0, 0)).y() < intro.mapTo(panel, QPoint(0, 0)).y() < table_top


def test_the_heading_leaves_the_seed_courses_all_visible(qtbot):
    panel = _shown(qtbot, TreatmentCoursesPanel(seed_document()))
    view = panel.view
    last = view.visualRect(panel.model.index(panel.model.rowCount() - 1, 0))
    assert panel.model.rowCount() == 10 and last.bottom() <= view.viewport().height()


# --- dose basis and units ---------------------------------------------------------------------------------
def _course_form(qtbot, row=0):
    panel = _shown(qtbot, TreatmentCoursesPanel(seed_document()), 1100, 800)
    panel.courses.select_row(row)
    return panel, panel.document.report.treatment_courses[row]


def test_a_per_m2_unit_typed_sets_a_not_stated_dose_basis_in_the_same_undo_step(qtbot):
    panel, course = _course_form(qtbot)
    assert course.dose is None and course.dose_basis is None
    form, stack = panel.form, panel.document.undo_stack
    type_into(qtbot, form.dose.amount, "375")
    type_into(qtbot, form.dose.unit.lineEdit(), "mg/m2")
    assert course.dose.value == 375 and course.dose.unit == "mg/m²"
    assert course.dose_basis == DoseBasis.PER_M2
    assert form.dose.unit.currentText() == "mg/m²", "the field shows the table's code at once"
    assert form.dose_basis.currentText() == "per m² body surface"
    stack.undo()
    assert course.dose_basis is None and course.dose.unit != "mg/m²"
    assert form.dose_basis.currentText() == "not stated"
    stack.redo()
    assert course.dose_basis == DoseBasis.PER_M2 and course.dose.unit == "mg/m²"


def test_a_per_kg_unit_picked_from_the_list_sets_the_basis_too(qtbot):
    panel, course = _course_form(qtbot)
    type_into(qtbot, panel.form.dose.amount, "1")
    choose(panel.form.dose.unit, "mg/kg")
    assert course.dose.unit == "mg/kg" and course.dose_basis == DoseBasis.PER_KG


def test_a_chosen_basis_is_never_overridden_and_never_changes_the_unit(qtbot):
    panel, course = _course_form(qtbot, 8)  # rituximab 500 mg
    form = panel.form
    choose(form.dose_basis, "fixed dose")
    choose(form.dose.unit, "mg/m²")
    assert course.dose.unit == "mg/m²" and course.dose_basis == DoseBasis.FIXED
    choose(form.dose_basis, "per kg body weight")
    assert course.dose.unit == "mg/m²", "the basis does not rewrite the unit"


def test_an_alias_that_may_grow_is_shown_as_its_code_when_the_field_is_left(qtbot):
    panel, course = _course_form(qtbot)
    type_into(qtbot, panel.form.dose.amount, "100")
    unit = panel.form.dose.unit
    type_into(qtbot, unit.lineEdit(), "mcg")  # may still become "mcg/kg": left as typed while typing
    assert unit.currentText() == "mcg" and course.dose.unit == "µg"
    qtbot.keyClick(unit.lineEdit(), Qt.Key.Key_Return)  # done with the field
    assert unit.currentText() == "µg" and course.dose.unit == "µg"


# --- accessible names ----------------------------------------------------------------------------------
@pytest.mark.parametrize("panel_class", [TreatmentCoursesPanel, OutcomesPanel, ReferencesPanel])
def test_every_field_of_the_panel_has_an_accessible_name(qtbot, panel_class):
    panel = _shown(qtbot, panel_class(seed_document()), 1100, 800)
    unnamed = [f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
               for w in panel.findChildren(QWidget) if is_input(w) and not w.accessibleName()]
    assert not unnamed


def test_the_course_response_box_is_named_after_its_label(qtbot):
    panel, _ = _course_form(qtbot)
    assert panel.form.response.accessibleName() == "Response"
    assert panel.form.dose.unit.accessibleName() == "Dose: unit"


def test_a_reference_container_is_named_for_its_kind(qtbot):
    panel = _shown(qtbot, ReferencesPanel(seed_document()), 1100, 800)
    assert panel.form.container.accessibleName() == "Journal"
    choose(panel.form.kind, "book chapter")
    assert panel.form.container.accessibleName() == "Book title"


# --- paste references: group authors ----------------------------------------------------------------------
GROUP_PASTE = ("1. Kim JS, Han BG; KDIGO Work Group. Secondary focal segmental glomerulosclerosis. "
               "Kidney Int. 2012;82(8):840-56.\n"
               "2. Maschio G, Alberti D, Janin G, et al; ACE Inhibition in Progressive Renal Insufficiency Study "
               "Group. Effect of benazepril. New Engl J Med. 1996;334(15):939-45.\n")


def _paste_dialog(qtbot):
    from editor.qt.panels.reference_paste import PasteReferencesDialog

    panel = _shown(qtbot, ReferencesPanel(seed_document()), 1100, 800)
    dialog = PasteReferencesDialog(panel.document, panel)
    qtbot.addWidget(dialog)
    dialog.pasted.setPlainText(GROUP_PASTE)
    dialog.read()
    return panel, dialog


def test_pasted_references_show_named_authors_and_their_group(qtbot):
    _, dialog = _paste_dialog(qtbot)
    assert dialog.table.item(0, 1).text() == "Kim JS, Han BG; KDIGO Work Group"
    assert dialog.table.item(1, 1).text() == ("Maschio G, Alberti D, Janin G, et al.; "
                                              "ACE Inhibition in Progressive Renal Insufficiency Study Group")


def test_a_corrected_author_cell_keeps_names_and_group_apart(qtbot):
    panel, dialog = _paste_dialog(qtbot)
    dialog.table.item(0, 1).setText("Kim JS, Han BG, Choi SO; KDIGO Glomerulonephritis Work Group")
    dialog.table.item(1, 1).setText("Maschio G, Alberti D, Janin G, et al.")  # the group taken out
    dialog.add_button.click()
    first, second = panel.document.report.references[-2:]
    assert [a.vancouver() for a in first.authors] == ["Kim JS", "Han BG", "Choi SO"]
    assert first.group_author == "KDIGO Glomerulonephritis Work Group"
    assert second.et_al and len(second.authors) == 3 and second.group_author is None
