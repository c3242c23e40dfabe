"""CARE rules: title, keywords, abstract parts, timeline, consent, patient perspective."""

from editor.domain import CareNote, TimelineEvent
from editor.domain.operations import set_value

from .helpers import clean_report, run


def test_clean_title_gives_no_title_finding():
    report = clean_report()
    assert run("care.title-focus", report) == []
    assert run("care.title-case-report", report) == []


def test_title_without_diagnosis_or_agent_is_flagged():
    report = clean_report(metadata={"title": "An unusual patient: a case report", "authors": [{"family": "Gan"}]},
                          diagnoses=[{"id": "dx-1", "label": "Focal segmental glomerulosclerosis (FSGS)"}])
    (finding,) = run("care.title-focus", report)
    assert finding.path == "/metadata/title"
    set_value(report, path="/metadata/title", value="FSGS in a young man: a case report")
    assert run("care.title-focus", report) == []  # the abbreviation in brackets counts


def test_title_without_case_report_offers_a_fix_that_silences_it():
    report = clean_report(metadata={"title": "Rituximab in refractory FSGS", "authors": [{"family": "Gan"}]})
    (finding,) = run("care.title-case-report", report)
    ((path, value),) = finding.fix
    set_value(report, path=path, value=value)
    assert report.metadata.title == "Rituximab in refractory FSGS: a case report"
    assert run("care.title-case-report", report) == []


def test_keyword_count_between_two_and_five():
    for keywords, flagged in (([], True), (["FSGS"], True), (["FSGS", "rituximab"], False),
                              ([f"k{i}" for i in range(5)], False), ([f"k{i}" for i in range(6)], True)):
        report = clean_report(metadata={"title": "Rituximab: a case report", "authors": [], "keywords": keywords})
        findings = run("care.keyword-count", report)
        assert bool(findings) is flagged, keywords
        if flagged:
            assert str(len(keywords)) in findings[0].message


def test_missing_abstract_part_points_at_the_part():
    report = clean_report(abstract={"case_presentation": "A 21-year-old man.", "conclusion": "It helped."})
    assert [f.path for f in run("care.abstract-part", report)] == ["/abstract/background"]
    empty = clean_report(abstract={})
    assert run("care.abstract-part", empty) == []  # left to structure.missing-abstract


def test_no_timeline_only_when_nothing_is_timed():
    report = clean_report()
    assert run("care.no-timeline", report) == []
    untimed = clean_report(investigations=[], outcomes=[], treatment_courses=[{"id": "c", "agent": "rituximab"}])
    (finding,) = run("care.no-timeline", untimed)
    assert finding.path == "/timeline"
    untimed.timeline.append(TimelineEvent(description="Symptoms begin."))
    assert run("care.no-timeline", untimed) == []


def test_consent_statement_required_unless_marked_not_reported():
    report = clean_report(consent={})
    (finding,) = run("care.no-consent", report)
    assert "consent" in finding.message
    set_value(report, path="/consent/obtained", value=True)
    assert "no consent statement" in run("care.no-consent", report)[0].message
    set_value(report, path="/consent/statement", value="Written informed consent was obtained from the patient.")
    assert run("care.no-consent", report) == []
    set_value(report, path="/consent/statement", value=None)
    set_value(report, path="/care_notes/13", value=CareNote(not_reported=True, reason="Ethics board waiver 2021/14."))
    assert run("care.no-consent", report) == []


def test_patient_perspective_is_info_and_silenced_by_a_reason():
    report = clean_report(patient_perspective=None)
    (finding,) = run("care.no-patient-perspective", report)
    assert finding.severity.value == "info"
    set_value(report, path="/care_notes/12", value=CareNote(not_reported=True, reason=""))
    assert run("care.no-patient-perspective", report) != []  # a reason is needed
    set_value(report, path="/care_notes/12", value=CareNote(not_reported=True, reason="The patient declined."))
    assert run("care.no-patient-perspective", report) == []


def test_empty_introduction_findings_and_discussion_each_point_at_their_field():
    report = clean_report(introduction=None, clinical_findings=" ", discussion=None)
    findings = run("care.missing-section", report)
    assert [f.path for f in findings] == ["/introduction", "/clinical_findings", "/discussion"]
    assert "CARE item 11" in findings[2].message and "discussion" in findings[2].hint
    set_value(report, path="/introduction", value="FSGS resistant to steroids is hard to treat.")
    assert [f.path for f in run("care.missing-section", report)] == ["/clinical_findings", "/discussion"]
    set_value(report, path="/care_notes/11", value=CareNote(not_reported=True, reason="Journal format: brief report."))
    assert [f.path for f in run("care.missing-section", report)] == ["/clinical_findings"]


def test_no_investigation_at_all_is_flagged_unless_item_8_is_marked_not_reported():
    report = clean_report(investigations=[])
    [finding] = run("care.no-test-results", report)
    assert finding.path == "/investigations"
    set_value(report, path="/care_notes/8", value=CareNote(not_reported=True, reason="No tests were available."))
    assert run("care.no-test-results", report) == []
    assert run("care.no-test-results", clean_report()) == []
