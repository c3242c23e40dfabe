"""Table panels: authors and affiliations, diagnoses, investigations, timeline events."""

import pytest
from PySide6.QtCore import Qt

from editor.domain import Affiliation, Author, CaseReport
from editor.qt.document import Document
from editor.qt.models.report_tables import (AffiliationTableModel, AuthorTableModel, DiagnosisTableModel,
                                            InvestigationTableModel, KeywordTableModel, TimelineEventTableModel)
from editor.qt.widgets.orcid import orcid_problem

from .window_support import *  # noqa: F401,F403 - fixtures


@pytest.mark.parametrize("model_class", [AuthorTableModel, AffiliationTableModel, DiagnosisTableModel,
                                         InvestigationTableModel, TimelineEventTableModel, KeywordTableModel])
def test_every_table_model_passes_the_model_tester(qtmodeltester, model_class):
    from editor.io import native

    document = Document(native.load(SAMPLE))
    model = model_class(document)
    qtmodeltester.check(model)


def test_add_author_type_name_and_orcid_then_undo_and_save(sample_window, sample_copy, qtbot):
    panel = sample_window.show_section("authors")
    count = len(sample_window.document.report.metadata.authors)
    panel.authors.select_row(count - 1)
    qtbot.mouseClick(panel.authors.add_button, Qt.MouseButton.LeftButton)
    authors = sample_window.document.report.metadata.authors
    assert len(authors) == count + 1 and panel.authors.current_row() == count
    qtbot.keyClicks(panel.family, "Lim")
    qtbot.keyClicks(panel.orcid.edit, "0000-0002-1825-0098")
    assert authors[count].family == "Lim"
    assert "check digit" in panel.orcid.problem.text()  # shown beside the field as typed
    qtbot.keyClick(panel.orcid.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(panel.orcid.edit, "7")
    assert panel.orcid.problem.text() == "" and authors[count].orcid == "0000-0002-1825-0097"
    panel.corresponding.click()
    assert authors[count].corresponding
    sample_window.undo()  # the tick
    assert not authors[count].corresponding
    sample_window.save_document()
    on_disk = saved(sample_copy).metadata.authors[count]
    assert (on_disk.family, on_disk.orcid, on_disk.corresponding) == ("Lim", "0000-0002-1825-0097", False)
    assert authors[0].family == saved(sample_copy).metadata.authors[0].family  # the others untouched


def test_move_and_remove_authors_are_undoable(sample_window):
    panel = sample_window.show_section("authors")
    names = [a.family for a in sample_window.document.report.metadata.authors]
    panel.authors.select_row(1)
    panel.authors.down_button.click()
    assert [a.family for a in sample_window.document.report.metadata.authors][1:3] == [names[2], names[1]]
    assert panel.authors.current_row() == 2
    panel.authors.remove_button.click()
    assert len(sample_window.document.report.metadata.authors) == len(names) - 1
    sample_window.undo()
    sample_window.undo()
    assert [a.family for a in sample_window.document.report.metadata.authors] == names


def test_affiliations_are_linked_by_ticking(window, qtbot, scripted, tmp_path):
    document = window.document
    document.insert_item("/metadata/authors", Author(family="Gan"))
    panel = window.show_section("authors")
    panel.affiliations.add_button.click()
    panel.affiliations.add_button.click()
    affiliations = document.report.metadata.affiliations
    assert [a.id for a in affiliations] == ["aff-1", "aff-2"]
    assert panel.affiliations.model.setData(panel.affiliations.model.index(1, 2), "Hospital Canselor Tuanku Muhriz")
    panel.authors.select_row(0)
    assert panel.linked.count() == 2 and "Hospital Canselor" in panel.linked.item(1).text()
    panel.linked.item(1).setCheckState(Qt.CheckState.Checked)
    assert document.report.metadata.authors[0].affiliation_ids == ["aff-2"]
    window.undo()
    assert document.report.metadata.authors[0].affiliation_ids == []
    assert panel.linked.item(1).checkState() == Qt.CheckState.Unchecked
    window.redo()
    scripted.save_paths.append(tmp_path / "a.case.json")
    window.save_document()
    assert saved(tmp_path / "a.case.json").metadata.authors[0].affiliation_ids == ["aff-2"]


def test_orcid_rules():
    assert orcid_problem("0000-0002-1694-233X") is None
    assert orcid_problem("https://orcid.org/0000-0002-1825-0097") is None
    assert "four groups" in orcid_problem("0000-0002-1825")
    assert orcid_problem("") is None


def test_diagnosis_form_edits_label_code_time_and_primary(sample_window, sample_copy, qtbot):
    panel = sample_window.show_section("diagnoses")
    rows = panel.model.rowCount()
    panel.editor.select_row(rows - 1)
    panel.editor.add()
    row = panel.editor.current_row()
    qtbot.keyClicks(panel.label, "steroid toxicity")
    qtbot.keyClicks(panel.code_system, "ICD-10")
    qtbot.keyClicks(panel.code_value, "T38.0")
    qtbot.keyClicks(panel.time, "6 months")
    panel.primary.click()
    diagnosis = sample_window.document.report.diagnoses[row]
    assert (diagnosis.label, diagnosis.code.system, diagnosis.code.value) == ("steroid toxicity", "ICD-10", "T38.0")
    assert (diagnosis.time.offset, diagnosis.time.unit.value, diagnosis.primary) == (6, "month", True)
    assert panel.model.index(row, 3).data() == "6 months after presentation"
    sample_window.undo()
    assert not sample_window.document.report.diagnoses[row].primary
    sample_window.save_document()
    on_disk = saved(sample_copy).diagnoses[row]
    assert on_disk.code.value == "T38.0" and on_disk.time.offset == 6 and not on_disk.primary


def test_investigation_value_unit_and_time(window, qtbot, scripted, tmp_path):
    panel = window.show_section("investigations")
    panel.editor.add_button.click()
    qtbot.keyClicks(panel.name, "serum creatinine")
    qtbot.keyClicks(panel.value, "320")
    qtbot.keyClicks(panel.unit, "µmol/L")
    qtbot.keyClicks(panel.reference_range, "62-106")
    qtbot.keyClicks(panel.time, "2016-03")
    item = window.document.report.investigations[0]
    assert (item.name, item.value, item.unit, item.time.date) == ("serum creatinine", 320, "µmol/L", "2016-03")
    model = panel.model
    assert [model.index(0, c).data() for c in range(5)] == ["serum creatinine", "320", "µmol/L", "62-106", "2016-03"]
    assert model.setData(model.index(0, 1), "negative")  # a value may be words
    assert window.document.report.investigations[0].value == "negative"
    window.undo()
    assert window.document.report.investigations[0].value == 320 and panel.value.text() == "320"
    scripted.save_paths.append(tmp_path / "i.case.json")
    window.save_document()
    assert saved(tmp_path / "i.case.json").investigations[0].value == 320


def test_timeline_event_added_typed_and_removed(window, qtbot, scripted, tmp_path):
    panel = window.show_section("timeline_events")
    assert not panel.form_box.isEnabled()
    panel.editor.add_button.click()
    assert panel.form_box.isEnabled()
    qtbot.keyClicks(panel.time, "2 weeks")
    qtbot.keyClicks(panel.description, "Renal biopsy")
    event = window.document.report.timeline[0]
    assert event.description == "Renal biopsy" and event.time.unit.value == "week" and event.id == "event-1"
    scripted.save_paths.append(tmp_path / "t.case.json")
    window.save_document()
    assert saved(tmp_path / "t.case.json").timeline[0].description == "Renal biopsy"
    panel.editor.remove_button.click()
    assert window.document.report.timeline == []
    window.undo()
    assert window.document.report.timeline[0].description == "Renal biopsy"


def test_new_ids_do_not_clash(qtbot):
    document = Document(CaseReport.model_validate({"metadata": {"affiliations": [{"id": "aff-2"}]}}))
    from editor.qt.panels.authors import AuthorsPanel

    panel = AuthorsPanel(document)
    qtbot.addWidget(panel)
    panel.affiliations.add()
    assert [a.id for a in document.report.metadata.affiliations] == ["aff-2", "aff-3"] or \
        len({a.id for a in document.report.metadata.affiliations}) == 2
    assert isinstance(document.report.metadata.affiliations[1], Affiliation)
