"""The JSON Schema of the native file: generated from the models, kept in sync, and true of real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from editor.domain import CaseReport
from editor.io import native, schema

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
VALID_SAMPLES = sorted(SAMPLES.glob("*.case.json"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    document = json.loads(schema.SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(document)
    return Draft202012Validator(document)


def test_schema_file_matches_the_models():
    assert schema.SCHEMA_PATH.is_file(), "resources/case-report.schema.json is missing; run 'python -m editor.io.schema'"
    assert schema.SCHEMA_PATH.read_text(encoding="utf-8") == schema.render(), (
        "resources/case-report.schema.json is stale; run 'python -m editor.io.schema'"
    )


def test_staleness_is_detected_when_a_model_changes(tmp_path, monkeypatch):
    path = tmp_path / "case-report.schema.json"
    path.write_text(schema.render(), encoding="utf-8")
    assert schema.is_current(path)
    original = CaseReport.model_json_schema

    def with_new_field(*args, **kwargs):
        generated = original(*args, **kwargs)
        generated["properties"]["ward"] = {"type": "string"}
        return generated

    monkeypatch.setattr(CaseReport, "model_json_schema", with_new_field)
    assert not schema.is_current(path)


def test_schema_names_its_dialect_and_covers_every_top_level_field():
    generated = schema.generate()
    assert generated["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(generated["properties"]) == set(CaseReport.model_fields)
    assert generated["additionalProperties"] is True  # unknown fields are kept, so they are allowed


def test_report_written_by_the_editor_is_valid(validator):
    report = CaseReport.model_validate(
        {
            "metadata": {"title": "A report", "authors": [{"family": "Lee", "corresponding": True}]},
            "patient": {"age": {"value": 21, "unit": "year"}, "sex": "male"},
            "treatment_courses": [
                {"agent": "rituximab", "route": "intravenous", "dose": {"value": 500, "unit": "mg"},
                 "frequency": {"interval": 1, "unit": "week"}, "number_of_doses": 4,
                 "start": {"offset": 2, "unit": "year", "anchor": "presentation"}},
            ],
            "outcomes": [{"kind": "complete_remission", "course_ids": ["course-1"], "duration": {"value": 1, "unit": "year"}}],
            "investigations": [{"name": "creatinine", "value": 88, "unit": "µmol/L"}, {"name": "biopsy", "value": "FSGS"}],
            "care_notes": {"12": {"not_reported": True, "reason": "Patient declined"}},
            "extra_from_a_newer_editor": [1, 2],
        }
    )
    errors = list(validator.iter_errors(json.loads(native.dumps(report))))
    assert errors == []


@pytest.mark.parametrize(
    ("pointer", "bad_value"),
    [
        (("treatment_courses", 0, "number_of_doses"), "four"),
        (("treatment_courses", 0, "route"), "by mouth"),
        (("metadata", "keywords"), "FSGS"),
    ],
)
def test_schema_rejects_what_loading_rejects(validator, pointer, bad_value):
    data = {"metadata": {"keywords": []}, "treatment_courses": [{"agent": "x"}]}
    node = data
    for part in pointer[:-1]:
        node = node[part]
    node[pointer[-1]] = bad_value
    assert list(validator.iter_errors(data)), f"the schema accepted {bad_value!r} at {pointer}"
    with pytest.raises(native.LoadError):
        native.loads(json.dumps(data))


@pytest.mark.skipif(not VALID_SAMPLES, reason="no samples/*.case.json yet")
@pytest.mark.parametrize("sample", VALID_SAMPLES, ids=lambda p: p.name)
def test_every_sample_is_valid_against_the_schema(validator, sample):
    data = json.loads(sample.read_text(encoding="utf-8"))
    problems = [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
    assert problems == []
