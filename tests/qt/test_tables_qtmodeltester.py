"""Each table model of the courses, outcomes and references panels passes Qt's model tester, before and after edits."""

from __future__ import annotations

import pytest

from editor.domain.treatment import TreatmentCourse
from editor.qt.models.courses import TreatmentCourseTableModel
from editor.qt.models.outcomes import AdverseEventTableModel, OutcomeTableModel
from editor.qt.models.references import ReferenceFilterModel, ReferenceTableModel

from .panel_support import collect_qt_garbage, seed_document  # noqa: F401 (autouse fixture)

MODELS = [TreatmentCourseTableModel, OutcomeTableModel, AdverseEventTableModel, ReferenceTableModel]


@pytest.mark.parametrize("model_class", MODELS, ids=lambda m: m.__name__)
def test_model_passes_qtmodeltester_while_the_list_changes(qtmodeltester, model_class):
    doc = seed_document()
    model = model_class(doc, doc)
    qtmodeltester.check(model, force_py=True)
    items = doc.get(model.list_pointer)
    ids_before = [item.id for item in items]
    assert model.rowCount() == len(items) > 0
    doc.insert_item(model.list_pointer, items[0].model_copy(deep=True, update={"id": "copy-1"}), 1)
    doc.move_item(model.list_pointer, 0, model.rowCount() - 1)
    doc.remove_item(model.list_pointer, 2)  # the tester, still connected, checks each change as it happens
    assert model.rowCount() == len(items)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert [item.id for item in doc.get(model.list_pointer)] == ids_before and model.rowCount() == len(ids_before)


def test_reference_filter_model_passes_qtmodeltester(qtmodeltester):
    doc = seed_document()
    proxy = ReferenceFilterModel(ReferenceTableModel(doc, doc), doc)
    proxy.setFilterFixedString("nephrol")
    qtmodeltester.check(proxy, force_py=True)
    assert 0 < proxy.rowCount() < 26


def test_course_table_shows_what_each_column_names(qtmodeltester):
    doc = seed_document()
    model = TreatmentCourseTableModel(doc, doc)
    titles = [model.headerData(c, model_orientation()) for c in range(model.columnCount())]
    assert titles[:3] == ["Line · regimen", "Agent", "Route"] and "Cumulative (derived)" in titles
    doc.insert_item("/treatment_courses", TreatmentCourse(id="c-x", agent="tacrolimus"))
    assert model.index(model.rowCount() - 1, 1).data() == "tacrolimus"
    assert model.setData(model.index(0, 5), "4") and doc.report.treatment_courses[0].number_of_doses == 4
    assert not model.setData(model.index(0, 5), "four") and "whole number" in model.last_error
    assert not model.setData(model.index(0, 2), "rectal") and "oral" in model.last_error


def model_orientation():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal
