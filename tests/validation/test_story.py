"""Story against structure: drugs in the text and courses in the structure agree."""

from editor.domain.operations import set_value
from editor.io.native import load
from editor.validation import validate
from editor.validation.rules.story import canonical, drugs_named

from .helpers import clean_report, run


def test_drug_in_case_presentation_without_course():
    report = clean_report(abstract={"case_presentation": "She then received tacrolimus and rituximab."})
    (finding,) = run("story.drug-without-course", report)
    text = report.abstract.case_presentation
    assert text[finding.start:finding.end] == "tacrolimus"
    assert "tacrolimus" in finding.hint


def test_abbreviations_spellings_and_negation():
    assert canonical("Cyclosporine A") == canonical("ciclosporin") == canonical("CsA") == "cyclosporine"
    named = [d for d, _, _ in drugs_named("MMF and CsA were given; no methotrexate; serum albumin was low.")]
    assert named == ["mycophenolate mofetil", "cyclosporine"]


def test_course_never_mentioned_and_its_family_word():
    report = clean_report(treatment_courses=[{"id": "c1", "agent": "methotrexate"},
                                             {"id": "c2", "agent": "prednisolone"}],
                          outcomes=[], abstract={"case_presentation": "High dose steroid failed."})
    assert [f.path for f in run("story.course-not-mentioned", report)] == ["/treatment_courses/0/agent"]
    set_value(report, path="/discussion", value="Methotrexate was added later.")
    assert run("story.course-not-mentioned", report) == []


def test_outcome_without_course_unless_spontaneous():
    report = clean_report()
    set_value(report, path="/outcomes/0/course_ids", value=[])
    (finding,) = run("story.outcome-without-course", report)
    assert finding.path == "/outcomes/0/course_ids"
    set_value(report, path="/outcomes/0/description", value="Spontaneous remission.")
    assert run("story.outcome-without-course", report) == []


def test_course_without_response_outcome_or_stop_reason():
    report = clean_report()
    assert run("story.course-without-result", report) == []
    set_value(report, path="/treatment_courses/0/stop_reason", value=None)
    assert [f.path for f in run("story.course-without-result", report)] == ["/treatment_courses/0/response"]
    set_value(report, path="/treatment_courses/0/stop_reason", value="no_response")
    assert run("story.course-without-result", report) == []


def test_complete_example_names_every_drug_it_gave():
    findings = [f for f in validate(load("samples/complete-example.case.json")) if f.rule == "story.drug-without-course"]
    assert findings == []
