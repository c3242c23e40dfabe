"""The command line: `validate`'s output and exit codes, and the entry point's choice of window or command."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from editor.__main__ import main
from editor.domain import CaseReport
from editor.io import native
from editor.domain.derived import reference_numbers
from editor.validation import Severity, all_rules, validate

ROOT = Path(__file__).resolve().parent.parent
COMPLETE_SAMPLE = ROOT / "samples" / "complete-example.case.json"
FINDING_LINE = re.compile(r"^(?P<file>.+?): (?P<severity>error|warning|info) (?P<rule>[a-z0-9-]+\.[a-z0-9-]+) (?P<path>/\S*): .+")


@pytest.fixture
def draft(tmp_path) -> Path:
    """A half-written draft: a title only, so required parts are missing."""
    path = tmp_path / "draft.case.json"
    native.save(CaseReport.model_validate({"metadata": {"title": "Rituximab in FSGS: a case report"}}), path)
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def expected_findings(path: Path, disabled=frozenset()):
    return validate(native.load(path), disabled=disabled)


def test_draft_with_missing_parts_exits_1_and_prints_one_line_per_finding(capsys, draft):
    findings = expected_findings(draft)
    assert any(f.severity is Severity.ERROR for f in findings)
    code, out, err = run(capsys, "validate", str(draft))
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert len(lines) == len(findings) + 1
    for line, finding in zip(lines, findings):
        match = FINDING_LINE.match(line)
        assert match, line
        assert (match["file"], match["severity"], match["rule"]) == (str(draft), finding.severity.value, finding.rule)
        assert finding.message in line
        if finding.hint:
            assert line.endswith(f"(hint: {finding.hint})")
    errors = sum(f.severity is Severity.ERROR for f in findings)
    assert lines[-1].startswith("1 file checked: ") and f"{errors} error" in lines[-1]


def test_disabling_every_rule_that_fires_gives_exit_0(capsys, draft):
    fired = sorted({f.rule for f in expected_findings(draft)})
    args = [arg for rule in fired for arg in ("--disable", rule)]
    code, out, _ = run(capsys, "validate", str(draft), *args)
    assert code == 0
    assert out.splitlines() == ["1 file checked: 0 errors, 0 warnings, 0 info"]


def test_disable_removes_only_that_rules_findings(capsys, draft):
    findings = expected_findings(draft)
    rule = findings[0].rule
    code, out, _ = run(capsys, "validate", "--format", "json", "--disable", rule, str(draft))
    rules = [f["rule"] for f in json.loads(out)["findings"]]
    assert rule not in rules
    assert len(rules) == len([f for f in findings if f.rule != rule])


@pytest.mark.skipif(not COMPLETE_SAMPLE.exists(), reason="samples/complete-example.case.json not written yet")
def test_complete_sample_has_no_error_and_exits_0(capsys):
    code, out, _ = run(capsys, "validate", str(COMPLETE_SAMPLE))
    assert code == 0
    assert " 0 errors" in out.splitlines()[-1]


def test_json_output_for_one_file_is_one_object(capsys, draft):
    code, out, _ = run(capsys, "validate", "--format", "json", str(draft))
    assert code == 1
    result = json.loads(out)
    assert result["file"] == str(draft)
    assert result["findings"] == [f.to_dict() for f in expected_findings(draft)]
    assert all(set(f) == {"rule", "severity", "path", "message", "hint"} for f in result["findings"])


def test_json_output_for_several_files_is_an_array_and_a_bad_file_carries_its_reason(capsys, draft, tmp_path):
    broken = tmp_path / "broken.case.json"
    broken.write_text('{"metadata": {"title": "x",}}')
    code, out, err = run(capsys, "validate", "--format", "json", str(draft), str(broken))
    assert code == 2
    results = json.loads(out)
    assert [r["file"] for r in results] == [str(draft), str(broken)]
    assert len(results[0]["findings"]) == len(expected_findings(draft))
    assert "line 1, column 28" in results[1]["error"] and results[1]["findings"] == []
    assert err.count("\n") == 1 and str(broken) in err


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file"),
        ("", "the file is empty"),
        ("[]", "is not a case report"),
        ('{"treatment_courses": [{"number_of_doses": "four"}]}', "/treatment_courses/0/number_of_doses"),
        ('{"schema_version": "3.0"}', "newer version (3.0)"),
    ],
)
def test_a_file_that_cannot_be_read_exits_2_with_one_line(capsys, tmp_path, content, reason):
    path = tmp_path / "bad.case.json"
    if content is not None:
        path.write_text(content)
    code, out, err = run(capsys, "validate", str(path))
    assert code == 2
    assert err.startswith(f"{path}: ") and reason in err and err.count("\n") == 1
    assert "could not be read" in out


def test_other_files_are_still_checked_when_one_cannot_be_read(capsys, draft, tmp_path):
    code, out, _ = run(capsys, "validate", str(tmp_path / "missing.case.json"), str(draft))
    assert code == 2
    assert any(line.startswith(f"{draft}: error ") for line in out.splitlines())
    assert out.splitlines()[-1].startswith("1 file checked, 1 could not be read")


def test_list_rules_prints_every_rule(capsys):
    code, out, _ = run(capsys, "validate", "--list-rules")
    assert code == 0
    lines = out.splitlines()
    rules = all_rules()
    assert len(lines) == len(rules) > 0
    for line, rule in zip(lines, rules):
        assert line.split()[:2] == [rule.id, rule.severity.value] and line.endswith(rule.title)


def test_unknown_rule_to_disable_is_refused_with_a_suggestion(capsys, draft):
    known = all_rules()[0].id
    code, out, err = run(capsys, "validate", "--disable", known + "x", str(draft))
    assert code == 2 and out == ""
    assert f"unknown rule '{known}x'" in err and f"did you mean '{known}'" in err


def test_validate_without_files_is_a_usage_error(capsys):
    code, _, err = run(capsys, "validate")
    assert code == 2 and "give at least one FILE" in err


def test_bad_option_is_a_usage_error_not_a_traceback(capsys, draft):
    code, _, err = run(capsys, "validate", "--format", "xml", str(draft))
    assert code == 2 and "invalid choice: 'xml'" in err


# --- the entry point: window or command -------------------------------------------


@pytest.fixture
def fake_window(monkeypatch):
    """Stands in for editor.qt.app so the dispatch can be checked without a display."""
    opened: list = []
    module = types.ModuleType("editor.qt.app")
    module.run = lambda path: opened.append(path) or 0
    monkeypatch.setitem(sys.modules, "editor.qt.app", module)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return opened


def test_no_arguments_opens_the_window_on_an_empty_report(fake_window):
    assert main([]) == 0
    assert fake_window == [None]


def test_a_file_argument_opens_the_window_on_it(fake_window, draft):
    assert main([str(draft)]) == 0
    assert fake_window == [str(draft)]


def test_a_mistyped_command_is_not_opened_as_a_file(capsys, fake_window):
    code, _, err = run(capsys, "valdate", "x.case.json")
    assert code == 2 and fake_window == []
    assert "unknown command 'valdate'; did you mean 'validate'?" in err


def test_without_the_window_module_the_message_is_one_line(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "editor.qt.app", None)  # import fails as if the module were absent
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code, _, err = run(capsys, "some.case.json")
    assert code == 2 and err.count("\n") == 1 and "the editor window cannot start" in err


def test_without_a_display_the_window_is_not_attempted(capsys, fake_window, monkeypatch):
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check applies to Linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys)
    assert code == 2 and fake_window == [] and "no display" in err


# --- a real process: no traceback, no Qt ---------------------------------------------


def python(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_python_m_editor_validate_reports_a_bad_file_without_a_traceback(tmp_path):
    path = tmp_path / "picture.case.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    done = python("-m", "editor", "validate", str(path))
    assert done.returncode == 2
    assert done.stderr == f"{path}: is not a case report: it looks like a PNG picture\n"
    assert "Traceback" not in done.stdout + done.stderr


def test_validate_never_loads_qt(draft):
    probe = (
        "import sys; from editor.__main__ import main; "
        f"code = main(['validate', '--format', 'json', {str(draft)!r}]); "
        "print('QT-LOADED' if any(m.split('.')[0] == 'PySide6' for m in sys.modules) else 'NO-QT', code)"
    )
    done = python("-c", probe)
    assert done.stdout.splitlines()[-1] == "NO-QT 1", done.stderr


def test_list_rules_as_json(capsys):
    code, out, _ = run(capsys, "validate", "--list-rules", "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"id": r.id, "severity": r.severity.value, "title": r.title} for r in all_rules()]


def test_output_to_a_console_that_cannot_show_greek_letters_does_not_crash(tmp_path):
    path = tmp_path / "units.case.json"
    course = {"agent": "α-interferon", "dose": {"value": 3, "unit": "tablets"}}
    native.save(CaseReport.model_validate({"treatment_courses": [course]}), path)
    assert any("α-interferon" in f.message for f in expected_findings(path)), "needs a finding that names the agent"
    done = subprocess.run(
        [sys.executable, "-m", "editor", "validate", str(path)],
        cwd=ROOT, capture_output=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert done.returncode in (0, 1), done.stderr
    assert b"?-interferon" in done.stdout and b"Traceback" not in done.stderr


SEED = ROOT / "samples" / "rituximab-fsgs.case.json"
NAMED = re.compile(r"Reference (\d+) \(")


def test_validate_names_references_by_their_citation_numbers(capsys):
    """Maschio G 1996 is stored tenth and cited seventh: the text says 7, as the reference list does."""
    code, out, _ = run(capsys, "validate", str(SEED))
    assert code == 0
    lines = out.splitlines()
    [maschio] = [line for line in lines if " /references/9/et_al: " in line]
    assert "/references/9/et_al: Reference 7 (Maschio G 1996) lists 3 author(s) and then 'et al.'." in maschio
    [ochi] = [line for line in lines if " /references/3: " in line]
    assert "/references/3: Uncited reference (Ochi A 2012) is never cited" in ochi
    assert not any("Reference 10 " in line or "Reference 4 " in line for line in lines)
    # every number a message gives is that reference's number in the reference list
    report = native.load(SEED)
    numbers = reference_numbers(report)
    named = 0
    for line in lines:
        match = FINDING_LINE.match(line)
        number = NAMED.search(line)
        if match and number and match["path"].startswith("/references/"):
            ref = report.references[int(match["path"].split("/")[2])]
            assert numbers[ref.id] == int(number.group(1)), line
            named += 1
    assert named == 5  # Valerio, Maschio, Cattran 1999, Ponticelli 1993, Choi: the cited ones with a finding
