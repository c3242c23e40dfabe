"""The document's undo stack: edits, merging of typing, clean state, item models."""

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from editor.domain import CaseReport, Reference, TreatmentCourse
from editor.qt.document import Document
from editor.qt.models.list_table import Column, ListTableModel
from editor.qt.panels.binding import Binder


class CourseModel(ListTableModel):
    list_pointer = "/treatment_courses"
    columns = [Column("Agent", lambda c: c.agent, "/agent"),
               Column("Doses", lambda c: c.number_of_doses, "/number_of_doses", parse=lambda t: int(t) if t else None)]


def test_set_value_undo_redo_and_clean_state(qtbot):
    doc = Document(CaseReport())
    assert not doc.is_modified
    doc.set_value("/metadata/title", "Rituximab in FSGS")
    assert doc.report.metadata.title == "Rituximab in FSGS" and doc.is_modified
    assert doc.undo_stack.undoText() == "Edit title"
    doc.undo_stack.undo()
    assert doc.report.metadata.title is None and not doc.is_modified
    doc.undo_stack.redo()
    assert doc.report.metadata.title == "Rituximab in FSGS"


def test_typing_in_a_field_is_one_undo_step(qtbot):
    doc = Document(CaseReport())
    binder = Binder(doc)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    binder.bind_line(edit, "/metadata/title")
    qtbot.keyClicks(edit, "FSGS")
    assert doc.report.metadata.title == "FSGS"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.report.metadata.title is None and edit.text() == ""


def test_plain_text_binding_follows_undo(qtbot):
    doc = Document(CaseReport())
    binder = Binder(doc)
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    binder.bind_text(edit, "/discussion")
    qtbot.keyClicks(edit, "Rituximab")
    assert doc.report.discussion == "Rituximab"
    doc.undo_stack.undo()
    assert edit.toPlainText() == "" and doc.report.discussion is None


def test_creating_a_nested_object_undoes_to_nothing(qtbot):
    doc = Document(CaseReport(treatment_courses=[TreatmentCourse(agent="rituximab")]))
    doc.set_value("/treatment_courses/0/dose/unit", "mg")
    assert doc.report.treatment_courses[0].dose.unit == "mg"
    doc.undo_stack.undo()
    assert doc.report.treatment_courses[0].dose is None


def test_list_model_follows_inserts_moves_and_undo(qtbot, qtmodeltester):
    doc = Document(CaseReport(treatment_courses=[TreatmentCourse(agent="prednisolone")]))
    model = CourseModel(doc)
    qtmodeltester.check(model)
    doc.insert_item("/treatment_courses", TreatmentCourse(agent="rituximab"))
    assert model.rowCount() == 2 and model.index(1, 0).data() == "rituximab"
    doc.move_item("/treatment_courses", 1, 0)
    assert model.index(0, 0).data() == "rituximab"
    assert model.setData(model.index(0, 1), "4")
    assert doc.report.treatment_courses[0].number_of_doses == 4
    assert not model.setData(model.index(0, 1), "four")
    assert "Doses" in model.last_error
    for _ in range(3):
        doc.undo_stack.undo()
    assert [c.agent for c in doc.report.treatment_courses] == ["prednisolone"]
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_push_applied_merges_into_one_step(qtbot):
    from editor.domain import operations as ops

    doc = Document(CaseReport(references=[Reference(id="a"), Reference(id="b")]))
    change = ops.Batch([ops.set_value(doc.report, path="/references/0/title", value="T"),
                        ops.remove_item(doc.report, list_path="/references", index=1)], "Merge")
    doc.push_applied(change, "Merge references")
    assert [r.id for r in doc.report.references] == ["a"] and doc.report.references[0].title == "T"
    doc.undo_stack.undo()
    assert [r.id for r in doc.report.references] == ["a", "b"] and doc.report.references[0].title is None
