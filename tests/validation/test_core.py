"""The validation core: findings, the registry, disabling rules, document order, incremental runs."""

import json

import pytest

from editor.domain import CaseReport
from editor.validation import (
    Finding,
    Severity,
    UnknownRuleError,
    Validator,
    all_rules,
    get_rule,
    validate,
)


def test_finding_to_dict_is_json_ready():
    f = Finding("dose.cumulative-mismatch", Severity.WARNING, "/treatment_courses/3/cumulative_dose",
                "Reported 2 g, but 4 x 500 mg is 2 g.", "Correct it.", fix=(("/x", 1),))
    data = json.loads(json.dumps(f.to_dict()))
    assert data == {"rule": "dose.cumulative-mismatch", "severity": "warning",
                    "path": "/treatment_courses/3/cumulative_dose",
                    "message": "Reported 2 g, but 4 x 500 mg is 2 g.", "hint": "Correct it."}


def test_every_rule_has_id_area_title_and_bad_good_examples():
    rules = all_rules()
    assert [r.id for r in rules] == sorted(r.id for r in rules)
    for r in rules:
        area, _, name = r.id.partition(".")
        assert r.area == area and name
        assert r.title and "Bad:" in r.doc and "Good:" in r.doc
        assert isinstance(r.severity, Severity)


def test_get_rule_and_unknown_id():
    assert get_rule("structure.missing-title").severity is Severity.ERROR
    with pytest.raises(UnknownRuleError) as err:
        get_rule("structure.no-such-rule")
    assert "--list-rules" in str(err.value)


def test_empty_report_reports_missing_parts_with_exact_paths():
    paths = {(f.rule, f.path) for f in validate(CaseReport())}
    assert ("structure.missing-title", "/metadata/title") in paths
    assert ("structure.no-authors", "/metadata/authors") in paths
    assert ("structure.missing-abstract", "/abstract") in paths
    assert ("structure.no-treatment-course", "/treatment_courses") in paths


def test_disabled_rule_is_not_run():
    rules = {f.rule for f in validate(CaseReport(), disabled={"structure.missing-title"})}
    assert "structure.missing-title" not in rules
    assert "structure.no-authors" in rules


def test_unknown_disabled_id_raises():
    with pytest.raises(UnknownRuleError):
        validate(CaseReport(), disabled={"structure.missing-titel"})


def test_findings_come_in_document_order():
    paths = [f.path for f in validate(CaseReport())]
    # metadata comes before the abstract, which comes before the treatment courses
    assert paths.index("/metadata/title") < paths.index("/abstract") < paths.index("/treatment_courses")


def test_revalidate_reruns_only_rules_that_read_the_edit():
    report = CaseReport()
    validator = Validator()
    before = validator.validate(report)
    assert any(f.rule == "structure.missing-title" for f in before)
    report.metadata.title = "Rituximab in refractory FSGS: a case report"
    after = validator.revalidate(report, ["/metadata/title"])
    assert "structure.missing-title" in validator.last_rerun
    assert "structure.no-treatment-course" not in validator.last_rerun
    assert not any(f.rule == "structure.missing-title" for f in after)
    assert after == validate(report)
