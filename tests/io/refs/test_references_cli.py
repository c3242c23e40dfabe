"""``references import`` / ``references export`` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from editor.cli import run
from editor.io.native import load

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "samples" / "rituximab-fsgs.case.json"
DATA = ROOT / "tests" / "data" / "refs"


def test_export_then_import_into_another_report(tmp_path, capsys):
    out = tmp_path / "seed.bib"
    assert run(["references", "export", str(SEED), "--to", "bibtex", "-o", str(out)]) == 0
    assert "wrote 26 references as BibTeX" in capsys.readouterr().err
    target = tmp_path / "draft.case.json"
    target.write_text('{"schema_version": "1.0", "references": [{"id": "ref-1", "title": "Kept"}]}\n', encoding="utf-8")
    assert run(["references", "import", str(out), "--into", str(target)]) == 0
    report = load(target)
    assert len(report.references) == 27
    assert report.references[0].title == "Kept"
    assert len({r.id for r in report.references}) == 27  # imported ones get fresh ids
    assert report.references[3].title == load(SEED).references[2].title


def test_import_prints_json_and_lists_skipped_records(capsys):
    assert run(["references", "import", str(DATA / "jabref-medline-multiple.txt")]) == 1
    captured = capsys.readouterr()
    items = json.loads(captured.out)
    assert items[0]["pmid"] == "20481061"
    assert "skipped record 2 (line 53)" in captured.err


def test_unreadable_input_is_one_line_and_exit_2(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("Shopping list: milk, eggs\n")
    assert run(["references", "import", str(notes)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a reference list" in err and "Traceback" not in err
    assert run(["references", "import", str(tmp_path / "missing.ris")]) == 2
    assert "cannot read the file" in capsys.readouterr().err


def test_web_of_science_export_imports_from_the_command_line(capsys):
    assert run(["references", "import", str(DATA / "jabref-wos.txt")]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [item["container"] for item in items] == ["J Phys-Condes Matter", "Opt Express"]


def test_into_a_broken_report_changes_nothing(tmp_path, capsys):
    broken = tmp_path / "broken.case.json"
    broken.write_text("{not json", encoding="utf-8")
    assert run(["references", "import", str(DATA / "rispy-endnote.ris"), "--into", str(broken)]) == 2
    assert broken.read_text(encoding="utf-8") == "{not json"
