"""The treatment courses panel, edited through its widgets as a clinician would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.domain.quantity import TimeUnit
from editor.domain.treatment import CourseKind
from editor.io.native import load, save
from editor.qt.panels.courses import TreatmentCoursesPanel
from editor.qt.widgets.drug_completer import agent_names, is_procedure

from .panel_support import collect_qt_garbage, choose, seed_document, type_into  # noqa: F401 (autouse fixture)

RITUXIMAB_1 = 8  # index of the first rituximab course in the seed


def make_panel(qtbot, document=None):
    panel = TreatmentCoursesPanel(document or seed_document())
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    return panel


def test_new_course_typed_through_the_form_shows_in_the_table_and_undoes(qtbot):
    panel = make_panel(qtbot)
    doc, form = panel.document, panel.form
    panel.courses.select_row(9)
    panel.courses.add_button.click()
    assert panel.courses.current_row() == 10 and len(doc.report.treatment_courses) == 11
    qtbot.keyClicks(form.agent, "tacrolimus")
    type_into(qtbot, form.dose.amount, "0.05")
    choose(form.dose.unit, "mg/kg")
    choose(form.dose_basis, "per kg body weight")
    choose(form.route, "oral")
    course = doc.report.treatment_courses[10]
    assert (course.agent, course.dose.value, course.dose.unit, course.route.value) == ("tacrolimus", 0.05, "mg/kg", "oral")
    assert course.id and course.id not in {c.id for c in doc.report.treatment_courses[:10]}
    assert panel.model.index(10, 1).data() == "tacrolimus"
    assert panel.model.index(10, 3).data() == "0.05 mg/kg"
    doc.undo_stack.undo()  # the route
    assert doc.report.treatment_courses[10].route is None and form.route.currentText() == "not stated"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert len(doc.report.treatment_courses) == 10


def test_derived_cumulative_dose_is_live_and_a_disagreement_is_flagged(qtbot):
    panel = make_panel(qtbot)
    form = panel.form
    panel.courses.select_row(RITUXIMAB_1)
    assert form.derived.text() == "2 g" and form.mismatch.isHidden()
    form.number_of_doses.selectAll()
    qtbot.keyClicks(form.number_of_doses, "6")
    assert panel.document.report.treatment_courses[RITUXIMAB_1].number_of_doses == 6
    assert form.derived.text() == "3 g"
    qtbot.keyClicks(form.cumulative_dose.amount, "2")
    choose(form.cumulative_dose.unit, "g")
    assert not form.mismatch.isHidden() and "2 g" in form.mismatch.text()
    assert panel.model.index(RITUXIMAB_1, panel.model.CUMULATIVE).data().startswith("⚠")
    type_into(qtbot, form.cumulative_dose.amount, "3000")
    choose(form.cumulative_dose.unit, "mg")
    assert form.mismatch.isHidden()  # 3000 mg is 3 g
    assert not panel.model.index(RITUXIMAB_1, panel.model.CUMULATIVE).data().startswith("⚠")


def test_a_unit_outside_the_table_is_kept_but_flagged(qtbot):
    panel = make_panel(qtbot)
    form = panel.form
    panel.courses.select_row(0)
    qtbot.keyClicks(form.dose.amount, "60")
    assert form.dose.warning.isHidden()
    qtbot.keyClicks(form.dose.unit.lineEdit(), "tablets")
    assert panel.document.report.treatment_courses[0].dose.unit == "tablets"
    assert not form.dose.warning.isHidden() and "not in the unit table" in form.dose.warning.text()
    type_into(qtbot, form.dose.unit.lineEdit(), "mcg")  # an alias of a known unit is stored as its code
    assert panel.document.report.treatment_courses[0].dose.unit == "µg" and form.dose.warning.isHidden()


def test_frequency_number_of_doses_and_a_time_after_another_course(qtbot):
    panel = make_panel(qtbot)
    form = panel.form
    panel.courses.select_row(0)
    choose(form.frequency.schedule, "once daily")
    assert panel.document.report.treatment_courses[0].frequency.schedule == "once daily"
    choose(form.frequency.schedule, "every N …")
    assert form.frequency.interval.isVisible()
    form.frequency.interval.selectAll()
    qtbot.keyClicks(form.frequency.interval, "2")
    choose(form.frequency.unit, "weeks")
    freq = panel.document.report.treatment_courses[0].frequency
    assert (freq.schedule, freq.interval, freq.unit) == (None, 2, TimeUnit.WEEK)
    assert panel.model.index(0, 4).data() == "every 2 weeks"
    panel.courses.select_row(4)  # haemodialysis: "at presentation"; give it an end 3 weeks after the MMF course
    choose(form.end.mode, "time after…")
    form.end.offset.selectAll()
    qtbot.keyClicks(form.end.offset, "3")
    choose(form.end.unit, "weeks")
    choose(form.end.anchor, "Course: mycophenolate mofetil, line 3")
    end = panel.document.report.treatment_courses[4].end
    assert (end.offset, end.unit, end.anchor) == (3, TimeUnit.WEEK, "course-mmf-1")
    assert panel.model.index(4, 7).data() == "3 weeks after mycophenolate mofetil, line 3"
    choose(form.end.mode, "calendar date")
    choose(form.end.precision, "month")
    assert len(panel.document.report.treatment_courses[4].end.date) == 7  # YYYY-MM


def test_agent_completion_and_procedures(qtbot):
    names = agent_names()
    assert len(names) > 300 and "rituximab" in names and "tacrolimus" in names
    assert is_procedure("Plasma exchange") and not is_procedure("rituximab")
    panel = make_panel(qtbot)
    completer = panel.form.agent.completer()
    completer.setCompletionPrefix("TUXI")
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert "rituximab" in found and "obinutuzumab" not in found
    panel.courses.add_button.click()
    qtbot.keyClicks(panel.form.agent, "plasmapheresis")
    qtbot.keyClick(panel.form.agent, Qt.Key.Key_Return)
    assert panel.document.report.treatment_courses[1].kind == CourseKind.PROCEDURE
    assert panel.form.kind.currentText() == "procedure"


def test_add_next_course_starts_after_the_selected_one(qtbot):
    panel = make_panel(qtbot)
    panel.courses.select_row(RITUXIMAB_1)
    panel.add_next_course()
    first, nxt = panel.document.report.treatment_courses[RITUXIMAB_1:RITUXIMAB_1 + 2]
    assert nxt.agent == "rituximab" and nxt.dose.value == 500 and nxt.line == first.line + 1
    assert (nxt.start.offset, nxt.start.unit, nxt.start.anchor) == (4, TimeUnit.WEEK, first.id)
    assert nxt.cumulative_dose is None and nxt.end is None and nxt.id != first.id
    assert panel.courses.current_row() == RITUXIMAB_1 + 1
    assert panel.model.index(RITUXIMAB_1 + 1, 6).data() == "4 weeks after rituximab 500 mg, line 5"
    panel.document.undo_stack.undo()
    assert len(panel.document.report.treatment_courses) == 10


def test_lines_are_grouped_and_moving_regroups(qtbot):
    panel = make_panel(qtbot)
    model = panel.model
    assert model.group_of(2) == model.group_of(3)  # MMF and cyclosporine A: line 3 together
    assert model.group_of(5) == model.group_of(6) == model.group_of(7)  # the line-4 re-challenge
    assert model.group_of(3) != model.group_of(5)
    assert model.index(2, 0).data() == "Line 3 · MMF + cyclosporine A"
    shades = {model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None for r in range(10)}
    assert shades == {True, False}  # neighbouring groups are told apart by shading
    panel.courses.select_row(3)
    panel.courses.down_button.click()  # cyclosporine A leaves the MMF group
    assert panel.document.report.treatment_courses[4].agent == "cyclosporine A"
    assert model.group_of(2) != model.group_of(4)
    panel.document.undo_stack.undo()
    assert model.group_of(2) == model.group_of(3)


def test_delete_and_duplicate(qtbot):
    panel = make_panel(qtbot)
    panel.courses.select_row(1)
    panel.courses.duplicate_button.click()
    courses = panel.document.report.treatment_courses
    assert len(courses) == 11 and courses[2].agent == courses[1].agent and courses[2].id != courses[1].id
    panel.courses.delete_button.click()
    assert len(courses) == 10 and panel.courses.current_row() == 2
    assert panel.form.agent.text() == courses[2].agent


def test_a_finding_selects_the_row_and_focuses_the_field(qtbot):
    panel = make_panel(qtbot)
    panel.activateWindow()
    assert panel.focus_path(f"/treatment_courses/{RITUXIMAB_1}/dose/unit")
    assert panel.courses.current_row() == RITUXIMAB_1
    qtbot.waitUntil(lambda: panel.form.dose.unit.hasFocus() or panel.form.dose.unit.lineEdit().hasFocus())
    assert panel.focus_path("/treatment_courses/9/number_of_doses")
    assert panel.courses.current_row() == 9 and panel.form.number_of_doses.value() == 6
    qtbot.waitUntil(panel.form.number_of_doses.hasFocus)
    assert not panel.focus_path("/treatment_courses/99/agent")


def test_edits_survive_save_and_reload(qtbot, tmp_path):
    panel = make_panel(qtbot)
    panel.courses.select_row(5)
    type_into(qtbot, panel.form.dose.amount, "1")
    choose(panel.form.dose.unit, "mg/kg")
    choose(panel.form.stop_reason, "toxicity")
    path = tmp_path / "edited.case.json"
    save(panel.document.report, path)
    course = load(path).treatment_courses[5]
    assert (course.dose.value, course.dose.unit, course.stop_reason.value) == (1, "mg/kg", "toxicity")
