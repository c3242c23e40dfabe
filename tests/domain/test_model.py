"""The document model: drafts load, unknown fields survive, ids are filled in and unique."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from editor.domain import CaseReport, Route, TreatmentCourse


def test_half_written_draft_loads_with_empty_parts():
    draft = CaseReport.model_validate({
        "metadata": {"title": "Draft"},
        "treatment_courses": [{"agent": "rituximab"}],
        "references": [{"title": "A paper whose details come later"}],
    })
    assert draft.metadata.title == "Draft"
    assert draft.metadata.authors == [] and draft.abstract.background is None
    assert draft.patient.age is None and draft.consent.obtained is None
    course = draft.treatment_courses[0]
    assert (course.agent, course.dose, course.number_of_doses, course.start) == ("rituximab", None, None, None)


def test_empty_object_is_a_valid_blank_report():
    report = CaseReport.model_validate({})
    assert report.schema_version == "1.0" and report.metadata.article_type == "case-report"


def test_unknown_fields_survive_model_validate_and_dump():
    data = {
        "written_by": "a newer editor",
        "metadata": {"title": "T", "review_status": {"round": 2}},
        "treatment_courses": [{"id": "course-1", "agent": "rituximab", "infusion_rate": "50 mg/h",
                               "dose": {"value": 500, "unit": "mg", "lot": "AB12"}}],
        "references": [{"id": "ref-1", "title": "X", "language": "fr"}],
    }
    dumped = CaseReport.model_validate(data).model_dump(mode="json", exclude_defaults=True)
    assert dumped["written_by"] == "a newer editor"
    assert dumped["metadata"]["review_status"] == {"round": 2}
    assert dumped["treatment_courses"][0]["infusion_rate"] == "50 mg/h"
    assert dumped["treatment_courses"][0]["dose"]["lot"] == "AB12"
    assert dumped["references"][0]["language"] == "fr"


def test_missing_ids_are_filled_in_unique_and_existing_ids_kept():
    report = CaseReport.model_validate({
        "treatment_courses": [{"agent": "a"}, {"id": "course-2", "agent": "b"}, {"agent": "c"}, {"agent": "d"}],
        "outcomes": [{"kind": "relapse"}],
        "references": [{}, {}],
    })
    ids = [c.id for c in report.treatment_courses]
    assert ids[1] == "course-2"
    assert all(i and i.startswith("course-") for i in ids)
    assert len(set(ids)) == len(ids)
    assert report.outcomes[0].id.startswith("outcome-")
    assert len({r.id for r in report.references}) == 2


def test_ids_survive_a_second_load_unchanged():
    first = CaseReport.model_validate({"treatment_courses": [{"agent": "a"}, {"agent": "b"}]})
    again = CaseReport.model_validate(first.model_dump(mode="json"))
    assert [c.id for c in again.treatment_courses] == [c.id for c in first.treatment_courses]


def test_find_and_lookups_by_id():
    report = CaseReport.model_validate({
        "treatment_courses": [{"id": "course-rtx", "agent": "rituximab"}],
        "references": [{"id": "ref-1", "title": "X"}],
    })
    assert report.course("course-rtx").agent == "rituximab"
    assert report.reference("ref-1").title == "X"
    assert report.find("course-rtx")[:2] == ("treatment_courses", 0)
    assert report.course("course-missing") is None and report.find("nothing") is None


def test_choices_are_read_from_their_words_and_wrong_words_refused():
    course = TreatmentCourse.model_validate({"route": "intravenous", "stop_reason": "no_response"})
    assert course.route is Route.INTRAVENOUS
    with pytest.raises(ValidationError) as caught:
        TreatmentCourse.model_validate({"route": "by mouth"})
    assert "route" in str(caught.value)


def test_wrong_type_is_refused_with_the_field_named():
    with pytest.raises(ValidationError) as caught:
        CaseReport.model_validate({"treatment_courses": [{"number_of_doses": "four"}]})
    error = caught.value.errors()[0]
    assert error["loc"] == ("treatment_courses", 0, "number_of_doses")


def test_course_label_reads_like_a_clinician_says_it():
    course = TreatmentCourse.model_validate({"agent": "rituximab", "dose": {"value": 500, "unit": "mg"}, "line": 5})
    assert course.label() == "rituximab 500 mg, line 5"
    assert TreatmentCourse().label() == "(no agent)"
