"""``case-report-editor import``: writes the draft, prints the summary, one-line errors with exit 2."""

from __future__ import annotations

from pathlib import Path

from editor.cli import run
from editor.io import native

ROOT = Path(__file__).resolve().parents[2]


def test_import_jats_writes_a_draft_and_prints_the_summary(tmp_path, capsys):
    out = tmp_path / "draft.case.json"
    assert run(["import", str(ROOT / "tests/data/jats/ehp-116-1694.xml"), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Recognised:" in printed and "58 references" in printed and "Left as unsorted text" in printed
    report = native.load(out)
    assert report.metadata.title.startswith("Effects of Polybrominated") or report.metadata.title
    assert len(report.references) == 58 and report.model_extra["unsorted"]


def test_import_text(tmp_path, capsys):
    source = tmp_path / "m.txt"
    source.write_text("A case of gout\n\nAna Lima, Ben Okafor\n\nDiscussion\nGout is common.\n", encoding="utf-8")
    out = tmp_path / "m.case.json"
    assert run(["import", str(source), "-o", str(out)]) == 0
    report = native.load(out)
    assert (report.metadata.title, report.discussion) == ("A case of gout", "Gout is common.")
    assert "Nothing was left unsorted." in capsys.readouterr().out


def test_errors_are_one_line_with_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.xml"
    bad.write_text("<article>\n<p></article>")
    cases = [
        [str(bad), "-o", str(tmp_path / "a.case.json")],
        [str(tmp_path / "missing.txt"), "-o", str(tmp_path / "b.case.json")],
        [str(bad), "-o", str(tmp_path / "no-folder" / "c.case.json")],
        [str(tmp_path / "x.pdf"), "-o", str(tmp_path / "d.case.json")],
    ]
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    for args in cases:
        assert run(["import", *args]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("case-report-editor import: "), err
        assert "Traceback" not in err
    assert not list(tmp_path.glob("*.case.json"))
