"""The outcomes and adverse events panel, edited through its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.domain.clinical import Investigation
from editor.domain.treatment import OutcomeKind
from editor.io.native import load, save
from editor.qt.panels.outcomes import OutcomesPanel

from .panel_support import collect_qt_garbage, choose, seed_document, type_into  # noqa: F401 (autouse fixture)


def make_panel(qtbot, document=None):
    panel = OutcomesPanel(document or seed_document())
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    return panel


def tick(picker, label_start: str, checked: bool = True) -> None:
    """Tick (or untick) the entry whose text starts with ``label_start``, as a click on its box does."""
    for i in range(picker.count()):
        if picker.item(i).text().startswith(label_start):
            picker.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"no entry {label_start!r}")


def test_courses_are_attributed_by_ticking_named_courses(qtbot):
    panel = make_panel(qtbot)
    doc, form = panel.document, panel.outcome_form
    panel.outcomes.select_row(4)  # remission after the first rituximab course
    labels = [form.courses.item(i).text() for i in range(form.courses.count())]
    assert "rituximab 500 mg, line 5" in labels and "cyclosporine A, line 3" in labels
    assert form.courses.ticked() == ["course-rituximab-1"]
    tick(form.courses, "prednisolone, line 4")
    assert doc.report.outcomes[4].course_ids == ["course-prednisolone-2", "course-rituximab-1"]
    assert "prednisolone, line 4" in panel.outcome_model.index(4, 4).data()
    doc.undo_stack.undo()
    assert doc.report.outcomes[4].course_ids == ["course-rituximab-1"]
    assert form.courses.ticked() == ["course-rituximab-1"]


def test_a_new_outcome_with_kind_time_description_and_duration(qtbot):
    panel = make_panel(qtbot)
    doc, form = panel.document, panel.outcome_form
    panel.outcomes.select_row(6)
    panel.outcomes.add_button.click()
    choose(form.kind, "complete remission")
    qtbot.keyClicks(form.description, "Proteinuria resolved.")
    qtbot.keyClicks(form.duration.amount, "18")
    choose(form.duration.unit, "month")
    choose(form.time.mode, "calendar date")
    choose(form.time.precision, "year")
    outcome = doc.report.outcomes[7]
    assert outcome.kind == OutcomeKind.COMPLETE_REMISSION and outcome.description == "Proteinuria resolved."
    assert (outcome.duration.value, outcome.duration.unit) == (18, "month") and len(outcome.time.date) == 4
    assert panel.outcome_model.index(7, 0).data() == "complete remission"
    assert panel.outcome_model.index(7, 3).data() == "18 month"


def test_evidence_is_ticked_from_the_investigations(qtbot):
    doc = seed_document()
    doc.report.investigations.append(Investigation(id="inv-upcr", name="urine protein:creatinine ratio",
                                                   value=0.2, unit="g/g"))
    panel = make_panel(qtbot, doc)
    panel.outcomes.select_row(6)
    entry = panel.outcome_form.evidence.item(0).text()
    assert "urine protein:creatinine ratio" in entry and "0.2 g/g" in entry
    tick(panel.outcome_form.evidence, "urine protein")
    assert doc.report.outcomes[6].evidence_ids == ["inv-upcr"]
    assert panel.outcome_model.index(6, 5).data() == "urine protein:creatinine ratio"


def test_adverse_event_grade_action_resolved_and_courses(qtbot):
    panel = make_panel(qtbot)
    doc, form = panel.document, panel.event_form
    panel.events.select_row(1)
    form.grade.selectAll()
    qtbot.keyClicks(form.grade, "3")
    qtbot.keyClicks(form.action_taken, "cyclosporine stopped")
    choose(form.resolved, "yes")
    tick(form.courses, "mycophenolate mofetil, line 3")
    event = doc.report.adverse_events[1]
    assert (event.grade, event.action_taken, event.resolved) == (3, "cyclosporine stopped", True)
    assert event.course_ids == ["course-mmf-1", "course-cyclosporine"]
    assert panel.event_model.index(1, 1).data() == "3" and panel.event_model.index(1, 5).data() == "yes"
    form.grade.selectAll()
    qtbot.keyClicks(form.grade, "9")  # beyond CTCAE: the spin box keeps 1–5
    assert doc.report.adverse_events[1].grade in (1, 2, 3, 4, 5)


def test_course_names_follow_edits_of_the_courses(qtbot):
    panel = make_panel(qtbot)
    panel.outcomes.select_row(4)
    panel.document.set_value("/treatment_courses/8/dose/value", 375)
    labels = [panel.outcome_form.courses.item(i).text() for i in range(panel.outcome_form.courses.count())]
    assert "rituximab 375 mg, line 5" in labels
    assert panel.outcome_model.index(4, 4).data() == "rituximab 375 mg, line 5"


def test_findings_select_the_outcome_or_adverse_event(qtbot):
    panel = make_panel(qtbot)
    panel.activateWindow()
    assert panel.focus_path("/adverse_events/1/grade")
    assert panel.events.current_row() == 1
    qtbot.waitUntil(panel.event_form.grade.hasFocus)
    assert panel.focus_path("/outcomes/5/time/anchor")
    assert panel.outcomes.current_row() == 5
    qtbot.waitUntil(panel.outcome_form.time.anchor.hasFocus)
    assert not panel.focus_path("/treatment_courses/0")


def test_removed_course_stays_visible_as_missing_and_edits_reload(qtbot, tmp_path):
    panel = make_panel(qtbot)
    doc = panel.document
    doc.remove_item("/treatment_courses", 0)  # prednisolone line 1, attributed by outcome 0
    panel.outcomes.select_row(0)
    assert panel.outcome_form.courses.ticked() == ["course-prednisolone-1"]
    assert "missing" in panel.outcome_model.index(0, 4).data()
    tick(panel.outcome_form.courses, "course-prednisolone-1", checked=False)
    assert doc.report.outcomes[0].course_ids == []
    type_into(qtbot, panel.event_form.action_taken, "tapered")
    path = tmp_path / "outcomes.case.json"
    save(doc.report, path)
    again = load(path)
    assert again.outcomes[0].course_ids == [] and again.adverse_events[0].action_taken == "tapered"
