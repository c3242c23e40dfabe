"""The native file: deterministic bytes, unknown fields kept, errors a person can act on, safe saving."""

from __future__ import annotations

import json
import os
import stat

import pytest

from editor.domain import CaseReport
from editor.io import native
from editor.io.errors import LoadError, SaveError


def rich_report() -> CaseReport:
    return CaseReport.model_validate(
        {
            "metadata": {"title": "Rituximab in FSGS — a case report", "keywords": ["FSGS", "rituximab"]},
            "patient": {"age": {"value": 21, "unit": "year"}, "sex": "male"},
            "treatment_courses": [
                {"id": "c1", "agent": "rituximab", "dose": {"value": 500, "unit": "mg"}, "number_of_doses": 4},
                {"id": "c2", "agent": "prednisolone", "dose": {"value": 1.5, "unit": "mg/kg"}, "route": "oral"},
            ],
            "investigations": [{"id": "i1", "name": "CD19+ B cells", "value": 0.5, "unit": "µL"}],
            "discussion": "Rituximab depletes B cells [@r1].",
            "references": [{"id": "r1", "authors": [{"family": "Ruggenenti", "initials": "P"}], "year": 2012}],
        }
    )


def load_error(text: str | bytes) -> LoadError:
    with pytest.raises(LoadError) as caught:
        native.loads(text, source="case.case.json")
    message = str(caught.value)
    assert "\n" not in message and message.startswith("case.case.json: ")
    return caught.value


# --- bytes on disk -------------------------------------------------------------


def test_empty_report_is_written_with_its_version_first():
    assert native.dumps(CaseReport()) == '{\n  "schema_version": "1.0"\n}\n'


def test_version_comes_first_then_fields_in_model_order_with_two_space_indent():
    text = native.dumps(rich_report())
    keys = list(json.loads(text))
    assert keys == ["schema_version", "metadata", "patient", "investigations", "treatment_courses", "discussion", "references"]
    assert text.startswith('{\n  "schema_version": "1.0",\n  "metadata": {\n    "title"')
    assert text.endswith("}\n") and not text.endswith("\n\n")


def test_non_ascii_is_written_as_is_in_utf8(tmp_path):
    path = tmp_path / "r.case.json"
    native.save(rich_report(), path)
    raw = path.read_bytes()
    assert "— a case report".encode("utf-8") in raw and "µL".encode("utf-8") in raw
    assert b"\\u" not in raw


def test_load_then_save_of_an_unchanged_file_gives_identical_bytes(tmp_path):
    path = tmp_path / "r.case.json"
    native.save(rich_report(), path)
    before = path.read_bytes()
    native.save(native.load(path), path)
    assert path.read_bytes() == before
    assert native.dumps(native.loads(before)) == before.decode("utf-8")


def test_unknown_fields_survive_a_round_trip_at_every_level():
    data = json.loads(native.dumps(rich_report()))
    data["written_by"] = {"app": "a newer editor", "build": 7}
    data["treatment_courses"][0]["infusion_rate"] = "50 mg/h"
    data["references"][0]["retraction_watch"] = False
    again = json.loads(native.dumps(native.loads(json.dumps(data))))
    assert again["written_by"] == {"app": "a newer editor", "build": 7}
    assert again["treatment_courses"][0]["infusion_rate"] == "50 mg/h"
    assert again["references"][0]["retraction_watch"] is False


def test_a_byte_order_mark_from_another_editor_is_accepted():
    report = native.loads("\ufeff" + native.dumps(rich_report()))
    assert report.metadata.title == "Rituximab in FSGS — a case report"


# --- errors a person can act on ------------------------------------------------


def test_syntax_error_gives_line_and_column():
    text = '{\n  "metadata": {\n    "title": "x"\n    "language": "en"\n  }\n}\n'
    error = load_error(text)
    assert (error.line, error.column) == (4, 5)
    assert "line 4, column 5" in str(error) and "comma is missing" in str(error)


def test_trailing_comma_is_pointed_at():
    error = load_error('{"metadata": {"title": "x",}}')
    assert (error.line, error.column) == (1, 28)
    assert "field name in double quotes" in str(error)


def test_wrong_type_gives_the_pointer_and_what_was_expected():
    data = json.loads(native.dumps(rich_report()))
    data["treatment_courses"][1]["number_of_doses"] = "four"
    error = load_error(json.dumps(data))
    assert error.pointer == "/treatment_courses/1/number_of_doses"
    assert "/treatment_courses/1/number_of_doses: expected a whole number, got \"four\"" in str(error)


def test_a_choice_outside_the_list_names_the_allowed_values():
    error = load_error('{"treatment_courses": [{"route": "by mouth"}]}')
    assert error.pointer == "/treatment_courses/0/route"
    assert "'oral'" in str(error) and "'intravenous'" in str(error) and '"by mouth"' in str(error)


def test_a_bad_date_says_how_dates_are_written():
    error = load_error('{"outcomes": [{"time": {"date": "12/03/2021"}}]}')
    assert error.pointer == "/outcomes/0/time/date"
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in str(error)


def test_a_value_that_may_be_number_or_text_says_both():
    error = load_error('{"investigations": [{"name": "creatinine", "value": [88, 92]}]}')
    assert error.pointer == "/investigations/0/value"
    assert "expected a number or text, got [88, 92]" in str(error)


def test_pointer_escapes_slash_and_tilde_in_keys():
    error = load_error('{"care_notes": {"5a/b~c": {"not_reported": "maybe"}}}')
    assert error.pointer == "/care_notes/5a~1b~0c/not_reported"


def test_several_wrong_values_list_the_first_few_and_count_the_rest():
    courses = [{"number_of_doses": f"n{i}"} for i in range(5)]
    error = load_error(json.dumps({"treatment_courses": courses}))
    message = str(error)
    assert all(f"/treatment_courses/{i}/number_of_doses" in message for i in range(3))
    assert "/treatment_courses/3/" not in message
    assert "(and 2 more wrong values)" in message


def test_long_text_in_a_wrong_place_is_cut_short():
    narrative = "The patient presented with " + "oedema " * 50
    error = load_error(json.dumps({"patient": {"age": narrative}}))
    assert narrative not in str(error) and len(str(error)) < 200


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"  \n\t", "the file is empty"),
        (b"[1, 2]", "is not a case report: it holds a list"),
        (b'"a report"', "is not a case report: it holds a single text"),
        (b"42", "is not a case report: it holds a single value"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "it looks like a PNG picture"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "it looks like a JPEG picture"),
        (b"PK\x03\x04\x14\x00", "Word .docx"),
        (b"\xc3\x28\xa0\xa1binary", "is not UTF-8 text"),
        (b'{"name": "my-package", "version": "1.2"}', "none of its fields (name, version) belongs to one"),
    ],
)
def test_a_file_that_is_not_a_case_report_says_so(content, expected):
    assert expected in str(load_error(content))


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        native.load(tmp_path / "gone.case.json")


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(LoadError, match="is a folder"):
        native.load(tmp_path)


def test_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "locked.case.json"
    path.write_text("{}")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", refuse)  # the tests may run as root, who can read anything
    with pytest.raises(LoadError, match="permission denied"):
        native.load(path)


# --- versions --------------------------------------------------------------------


def test_a_newer_version_is_refused_with_both_versions_named():
    error = load_error('{"schema_version": "2.0", "metadata": {"title": "x"}, "new_part": {}}')
    assert "written by a newer version (2.0) of Case Report Editor; this one reads up to 1.0" in str(error)
    assert error.pointer == "/schema_version"


def test_a_newer_version_is_refused_even_when_its_fields_would_not_load():
    error = load_error('{"schema_version": "1.1", "metadata": "now a string"}')
    assert "newer version (1.1)" in str(error)


def test_an_older_version_is_migrated_before_validation(monkeypatch):
    def upgrade_0_9(data: dict) -> dict:  # 0.9 kept the title at the top
        data["metadata"] = {"title": data.pop("title")}
        return data

    monkeypatch.setitem(native.MIGRATIONS, "0.9", ("1.0", upgrade_0_9))
    report = native.loads('{"schema_version": "0.9", "title": "Old report"}')
    assert report.metadata.title == "Old report"
    assert report.schema_version == "1.0"
    assert json.loads(native.dumps(report)) == {"schema_version": "1.0", "metadata": {"title": "Old report"}}


def test_migrations_chain_through_intermediate_versions(monkeypatch):
    monkeypatch.setitem(native.MIGRATIONS, "0.8", ("0.9", lambda d: {**d, "discussion": d.pop("notes")}))
    monkeypatch.setitem(native.MIGRATIONS, "0.9", ("1.0", lambda d: {**d, "introduction": "added in 0.9"}))
    report = native.loads('{"schema_version": "0.8", "notes": "kept"}')
    assert (report.discussion, report.introduction) == ("kept", "added in 0.9")


def test_an_older_version_without_a_migration_is_refused():
    assert "format version 0.5, which this editor cannot convert" in str(load_error('{"schema_version": "0.5"}'))


def test_a_version_that_is_not_a_number_is_refused():
    error = load_error('{"schema_version": "one", "metadata": {}}')
    assert error.pointer == "/schema_version" and '"one" is not a version' in str(error)


# --- saving ------------------------------------------------------------------------


def other_files(folder, *keep):
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_save_keeps_the_previous_version_as_a_backup(tmp_path):
    path = tmp_path / "r.case.json"
    report = rich_report()
    native.save(report, path)
    first = path.read_bytes()
    assert not native.backup_path(path).exists()
    report.metadata.title = "Second draft"
    native.save(report, path)
    assert native.backup_path(path) == tmp_path / "r.case.json.bak"
    assert native.backup_path(path).read_bytes() == first
    assert native.load(path).metadata.title == "Second draft"
    assert other_files(tmp_path) == ["r.case.json", "r.case.json.bak"]


def test_saving_unchanged_content_keeps_the_older_backup(tmp_path):
    path = tmp_path / "r.case.json"
    report = rich_report()
    native.save(report, path)
    first = path.read_bytes()
    report.metadata.title = "Second draft"
    native.save(report, path)
    native.save(report, path)
    assert native.backup_path(path).read_bytes() == first


def test_a_failing_serialisation_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "r.case.json"
    native.save(rich_report(), path)
    before = path.read_bytes()

    def broken(report):
        raise RuntimeError("serialiser crashed")

    monkeypatch.setattr(native, "dumps", broken)
    with pytest.raises(RuntimeError):
        native.save(CaseReport(), path)
    assert path.read_bytes() == before
    assert other_files(tmp_path) == ["r.case.json"]


def test_a_failing_write_leaves_the_old_file_intact_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "r.case.json"
    native.save(rich_report(), path)
    before = path.read_bytes()
    real_replace = os.replace

    def disk_full_on_the_report(src, dst):
        if os.fspath(dst).endswith("r.case.json"):
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(native.os, "replace", disk_full_on_the_report)
    report = rich_report()
    report.metadata.title = "Changed"
    with pytest.raises(SaveError) as caught:
        native.save(report, path)
    assert "No space left on device" in str(caught.value) and "previous file is unchanged" in str(caught.value)
    assert path.read_bytes() == before
    assert other_files(tmp_path) == ["r.case.json", "r.case.json.bak"]  # no temporary file left behind


def test_save_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "r.case.json"
    native.save(rich_report(), path)
    os.chmod(path, 0o640)
    report = rich_report()
    report.metadata.title = "Changed"
    native.save(report, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_save_through_a_symlink_writes_the_linked_file(tmp_path):
    real = tmp_path / "real.case.json"
    native.save(CaseReport(), real)
    link = tmp_path / "link.case.json"
    link.symlink_to(real)
    native.save(rich_report(), link)
    assert link.is_symlink()
    assert native.load(real).metadata.title == "Rituximab in FSGS — a case report"


def test_save_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(SaveError, match="does not exist"):
        native.save(CaseReport(), tmp_path / "no-such-folder" / "r.case.json")


# --- the garbage collector is left as it was found --------------------------------


@pytest.mark.parametrize("text", [native.dumps(rich_report()), '{"metadata": 5}', "[]"])
def test_loading_leaves_the_collector_running(text):
    import gc

    assert gc.isenabled()
    try:
        native.loads(text)
    except LoadError:
        pass  # the bad inputs are checked elsewhere; here only the collector's state matters
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_loading_does_not_restart_a_collector_the_program_stopped():
    import gc

    gc.disable()
    try:
        native.loads(native.dumps(rich_report()))
        assert not gc.isenabled()
    finally:
        gc.enable()
