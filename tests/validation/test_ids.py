"""Cross-reference rules: links, citation markers and time anchors."""

from editor.domain import TimePoint
from editor.validation import Severity

from .helpers import clean_report, run


def test_outcome_and_adverse_event_pointing_at_missing_course():
    report = clean_report(adverse_events=[{"id": "ae-1", "description": "cushingoid", "course_ids": ["course-9"]}])
    report.outcomes[0].course_ids = ["course-2", "course-7"]
    paths = [f.path for f in run("ids.missing-course", report)]
    assert paths == ["/outcomes/0/course_ids/1", "/adverse_events/0/course_ids/0"]
    assert run("ids.missing-course", clean_report()) == []


def test_missing_evidence():
    report = clean_report()
    report.outcomes[0].evidence_ids = ["inv-40"]
    [f] = run("ids.missing-evidence", report)
    assert f.path == "/outcomes/0/evidence_ids/0" and "inv-40" in f.message


def test_citation_of_missing_reference_marks_the_marker():
    text = "FSGS is hard to treat [@ref-1; @kim2016] in adults."
    report = clean_report(abstract={"background": text, "conclusion": "Rituximab helped [@ref-2]."})
    [f] = run("ids.missing-reference", report)
    assert f.path == "/abstract/background" and f.severity is Severity.ERROR
    assert text[f.start:f.end] == "[@ref-1; @kim2016]"
    assert "kim2016" in f.message and "ref-1" not in f.message


def test_citation_rescanned_after_the_text_changes():
    report = clean_report()
    assert run("ids.missing-reference", report) == []
    report.abstract.conclusion = "Rituximab helped [@ref-3]."
    assert [f.path for f in run("ids.missing-reference", report)] == ["/abstract/conclusion"]


def test_uncited_reference_is_a_note():
    report = clean_report(abstract={"background": "FSGS is hard to treat [@ref-1]."})
    [f] = run("ids.uncited-reference", report)
    assert f.path == "/references/1" and f.severity is Severity.INFO


def test_offset_with_missing_anchor():
    report = clean_report()
    report.outcomes[1].time = TimePoint(offset=1, unit="year", anchor="course-12")
    [f] = run("ids.missing-anchor", report)
    assert f.path == "/outcomes/1/time/anchor"
    report.outcomes[1].time = TimePoint(offset=1, unit="year", anchor="course-2")
    assert run("ids.missing-anchor", report) == []
