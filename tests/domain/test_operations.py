"""Operations and their inverses: undo gives back exactly the previous document."""

from __future__ import annotations

import pytest

from editor.domain import CaseReport, Reference, Route, TreatmentCourse
from editor.domain.operations import (
    Batch,
    OperationError,
    get_at,
    insert_item,
    move_item,
    plan_set_value,
    remove_item,
    set_value,
)


@pytest.fixture
def report() -> CaseReport:
    return CaseReport.model_validate({
        "metadata": {"title": "Rituximab in FSGS"},
        "treatment_courses": [
            {"id": "course-1", "agent": "prednisolone"},
            {"id": "course-2", "agent": "cyclophosphamide", "dose": {"value": 500, "unit": "mg"}},
            {"id": "course-3", "agent": "rituximab"},
        ],
        "references": [{"id": "ref-1", "title": "A"}],
    })


def snapshot(report: CaseReport) -> str:
    return report.model_dump_json()


def test_set_value_and_its_inverse(report):
    before = snapshot(report)
    change = set_value(report, path="/metadata/title", value="Rituximab in refractory FSGS: a case report")
    assert report.metadata.title == "Rituximab in refractory FSGS: a case report"
    change.inverse().apply(report)
    assert snapshot(report) == before
    change.apply(report)  # redo
    assert report.metadata.title.endswith("a case report")


def test_setting_inside_a_missing_object_creates_it_and_undo_gives_back_none(report):
    before = snapshot(report)
    change = set_value(report, path="/treatment_courses/0/dose/unit", value="mg")
    assert report.treatment_courses[0].dose.unit == "mg"
    assert change.path == "/treatment_courses/0/dose" and change.old is None
    change.inverse().apply(report)
    assert report.treatment_courses[0].dose is None
    assert snapshot(report) == before


def test_set_value_reads_choices_and_refuses_wrong_types(report):
    set_value(report, path="/treatment_courses/2/route", value="intravenous")
    assert report.treatment_courses[2].route is Route.INTRAVENOUS
    before = snapshot(report)
    with pytest.raises(OperationError, match="number_of_doses"):
        set_value(report, path="/treatment_courses/2/number_of_doses", value="four")
    assert snapshot(report) == before


def test_planning_a_change_leaves_the_report_untouched(report):
    before = snapshot(report)
    change = plan_set_value(report, path="/treatment_courses/1/dose/value", value=1000)
    assert snapshot(report) == before
    change.apply(report)
    assert report.treatment_courses[1].dose.value == 1000


@pytest.mark.parametrize("path", ["/metadata/nonsense/title", "/treatment_courses/9/agent", "metadata/title", ""])
def test_bad_paths_are_refused(report, path):
    with pytest.raises(OperationError):
        set_value(report, path=path, value="x")


def test_insert_and_its_inverse(report):
    before = snapshot(report)
    change = insert_item(report, list_path="/treatment_courses", index=1, item=TreatmentCourse(id="course-4", agent="MMF"))
    assert [c.id for c in report.treatment_courses] == ["course-1", "course-4", "course-2", "course-3"]
    change.inverse().apply(report)
    assert snapshot(report) == before


def test_insert_without_index_appends(report):
    insert_item(report, list_path="/references", item=Reference(id="ref-2", title="B"))
    assert [r.id for r in report.references] == ["ref-1", "ref-2"]


def test_remove_and_its_inverse_put_the_item_back_in_place(report):
    before = snapshot(report)
    change = remove_item(report, list_path="/treatment_courses", index=1)
    assert [c.id for c in report.treatment_courses] == ["course-1", "course-3"]
    change.inverse().apply(report)
    assert snapshot(report) == before
    assert report.treatment_courses[1].dose.value == 500


@pytest.mark.parametrize("source, target", [(0, 2), (2, 0), (1, 1)])
def test_move_and_its_inverse(report, source, target):
    before = snapshot(report)
    ids = [c.id for c in report.treatment_courses]
    change = move_item(report, list_path="/treatment_courses", source=source, target=target)
    moved = [c.id for c in report.treatment_courses]
    assert moved[target] == ids[source] and sorted(moved) == sorted(ids)
    change.inverse().apply(report)
    assert snapshot(report) == before


def test_move_out_of_range_is_refused(report):
    with pytest.raises(OperationError):
        move_item(report, list_path="/treatment_courses", source=0, target=3)


def test_batch_undoes_as_one_step_in_reverse_order(report):
    before = snapshot(report)
    steps = [
        insert_item(report, list_path="/treatment_courses", item=TreatmentCourse(id="course-4")),
        set_value(report, path="/treatment_courses/3/agent", value="rituximab"),
        set_value(report, path="/treatment_courses/3/dose/value", value=500),
        move_item(report, list_path="/treatment_courses", source=3, target=0),
        remove_item(report, list_path="/treatment_courses", index=2),
    ]
    after = snapshot(report)
    batch = Batch(steps, "add a rituximab course")
    batch.inverse().apply(report)
    assert snapshot(report) == before
    batch.apply(report)
    assert snapshot(report) == after
    assert set(batch.paths()) >= {"/treatment_courses", "/treatment_courses/3/agent"}


def test_get_at_follows_pointers_and_stops_at_missing_parts(report):
    assert get_at(report, "/treatment_courses/1/dose/unit") == "mg"
    assert get_at(report, "/treatment_courses/0/dose/unit") is None
    assert get_at(report, "") is report


def test_extra_field_set_and_undone_leaves_no_null_behind():
    from editor.domain import CaseReport

    report = CaseReport()
    pieces = [{"heading": "Methods", "text": "Left over.", "reason": "no matching part"}]
    change = set_value(report, path="/unsorted", value=pieces)
    assert report.model_extra["unsorted"] == pieces
    change.inverse().apply(report)
    assert "unsorted" not in report.model_extra  # not "unsorted": null in the saved file
    change.apply(report)
    assert get_at(report, "/unsorted") == pieces
