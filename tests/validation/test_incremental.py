"""Re-validation after an edit gives exactly what a full pass gives, in every area, and reruns little."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.domain import operations as ops
from editor.domain.clinical import TimelineEvent
from editor.domain.quantity import TimePoint
from editor.io import native
from editor.validation import Validator, validate

from .helpers import clean_report

SEED = Path(__file__).resolve().parents[2] / "samples" / "rituximab-fsgs.case.json"


def _set(path, value):
    return lambda r: ops.set_value(r, path=path, value=value)


# One or more edits in each area the rules read; each applied on top of the ones before.
EDITS = [
    ("title loses 'case report'", _set("/metadata/title", "Rituximab in FSGS")),
    ("title emptied", _set("/metadata/title", "")),
    ("keywords cut to one", _set("/metadata/keywords", ["FSGS"])),
    ("a name and a record number typed into the history",
     _set("/patient/medical_history", "Seen by Dr Smith on 12/03/2021, MRN 12345678")),
    ("a date of care in the discussion", lambda r: ops.set_value(
        r, path="/discussion", value=(r.discussion or "") + " On 14 March 2021 he relapsed [@ref-999].")),
    ("a drug named in the case presentation", _set("/abstract/case_presentation", "He then received tacrolimus.")),
    ("abstract background removed", _set("/abstract/background", None)),
    ("age over 89", _set("/patient/age/value", 93)),
    ("age in a weight unit", _set("/patient/age/unit", "mg")),
    ("a dose in an alias unit", _set("/treatment_courses/0/dose/unit", "mcg")),
    ("a dose a thousand times too high", _set("/treatment_courses/1/dose/value", 500000)),
    ("an agent renamed (course label, story, title focus)", _set("/treatment_courses/2/agent", "methotrexate")),
    ("a course ending before it starts", _set("/treatment_courses/3/end", TimePoint(date="1990-01"))),
    ("an outcome dated before its course", _set("/outcomes/0/time", TimePoint(date="1991-01"))),
    ("an outcome anchored on a missing item", _set("/outcomes/1/time", TimePoint(offset=2, unit="week", anchor="nope"))),
    ("an outcome attributed to a missing course", _set("/outcomes/2/course_ids", ["course-999"])),
    ("an outcome turned into a death", _set("/outcomes/3/kind", "death")),
    ("a reference's DOI written as a link", _set("/references/0/doi", "https://doi.org/10.1038/ki.2012.205")),
    ("a duplicate DOI", _set("/references/1/doi", "10.1038/ki.2012.205")),
    ("a short last page", _set("/references/2/last_page", "5")),
    ("a reference id changed (citations break)", _set("/references/3/id", "renamed")),
    # references are named by citation number: a new first citation renames them all, a first author one
    ("a citation placed first renumbers the references", lambda r: ops.set_value(
        r, path="/abstract/conclusion", value="[@ref-2] " + (r.abstract.conclusion or ""))),
    ("a first author renamed", _set("/references/1/authors/0/family", "Valerius")),
    ("a reference id repeated", _set("/references/2/id", "ref-2")),
    ("a journal written in full", _set("/references/4/container", "Kidney International")),
    ("a course id changed (links break)", _set("/treatment_courses/4/id", "course-x")),
    ("a presentation event dated to the day (dates become relative)", lambda r: ops.insert_item(
        r, list_path="/timeline", index=0,
        item=TimelineEvent(id="event-p", time=TimePoint(date="2021-03-01"), description="Presentation"))),
    ("a course removed", lambda r: ops.remove_item(r, list_path="/treatment_courses", index=5)),
    ("outcomes reordered", lambda r: ops.move_item(r, list_path="/outcomes", source=0, target=4)),
    ("a reference removed", lambda r: ops.remove_item(r, list_path="/references", index=6)),
    ("consent statement removed", _set("/consent/statement", None)),
    ("CARE item 12 marked not reported", _set("/care_notes", {"12": {"not_reported": True, "reason": "declined"}})),
    ("the patient's phone in the perspective", _set("/patient_perspective", "Call me on +44 20 7946 0958.")),
]


@pytest.mark.parametrize("start", ["seed", "clean"])
def test_each_edit_revalidates_to_the_full_result(start):
    report = native.load(SEED) if start == "seed" else clean_report()
    validator = Validator()
    validator.validate(report)
    for label, edit in EDITS:
        try:
            change = edit(report)
        except (ops.OperationError, IndexError):
            continue  # the clean report lacks that item
        incremental = validator.revalidate(report, change.paths())
        assert incremental == validate(report), f"after: {label}"


def test_undo_of_every_edit_returns_the_first_findings():
    report = native.load(SEED)
    validator = Validator()
    first = validator.validate(report)
    changes = [edit(report) for _, edit in EDITS]
    validator.revalidate(report, [p for c in changes for p in c.paths()])
    for change in reversed(changes):
        inverse = change.inverse()
        inverse.apply(report)
        validator.revalidate(report, inverse.paths())
    assert validator.findings() == first == validate(report)


def test_typing_in_one_text_rechecks_that_text_only(monkeypatch):
    report = native.load(SEED)
    validator = Validator()
    validator.validate(report)
    from editor.validation.rules import deid

    scanned: list[str] = []
    real = deid.hits_in
    monkeypatch.setattr(deid, "hits_in", lambda text: scanned.append(text) or real(text))
    ops.set_value(report, path="/patient/medical_history", value="Seen by Dr Smith on 12/03/2021")
    found = validator.revalidate(report, ["/patient/medical_history"])
    assert set(scanned) == {"Seen by Dr Smith on 12/03/2021"}
    assert {f.rule for f in found if f.path == "/patient/medical_history"} == {"deid.identifier", "deid.care-date"}
    assert not any(r.startswith(("time.", "dose.", "references.")) for r in validator.last_rerun)


def test_outcome_time_edit_leaves_course_checks_alone():
    report = native.load(SEED)
    validator = Validator()
    validator.validate(report)
    change = ops.set_value(report, path="/outcomes/0/time", value=TimePoint(offset=3, unit="month"))
    assert validator.revalidate(report, change.paths()) == validate(report)
    assert "time.outcome-before-course" in validator.last_rerun
    assert not any(r.startswith(("dose.", "references.", "units.")) for r in validator.last_rerun)


def test_dose_edit_reaches_per_course_rules():
    """Rules listed ``each="treatment_courses"`` without a scope are rerun when a course changes."""
    report = clean_report()
    validator = Validator()
    validator.validate(report)
    change = ops.set_value(report, path="/treatment_courses/0/number_of_doses", value=5)
    found = validator.revalidate(report, change.paths())
    assert "dose.cumulative-mismatch" in validator.last_rerun
    assert any(f.rule == "dose.cumulative-mismatch" for f in found)
    assert found == validate(report)
