"""The `export` subcommand: every sample in every format, clear errors, Qt only for PDF."""

from __future__ import annotations

import argparse
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from editor.commands.export import EXPORTERS, register
from editor.io import native

from .export_case import seed_case

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.case.json"))
DTD_FILE = ROOT / "tests" / "data" / "jats-publishing-1.3" / "JATS-journalpublishing1-3.dtd"


def run_export(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="case-report-editor")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", *argv])
    return args.handler(args)


@pytest.fixture
def seed_file(tmp_path) -> Path:
    path = tmp_path / "seed.case.json"
    native.save(seed_case(), path)
    return path


def check_output(fmt: str, out: Path, title: str) -> None:
    """Each format opened with a reader of that format, finding the report's title."""
    if fmt == "jats":
        root = etree.parse(str(out), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
        assert etree.DTD(str(DTD_FILE)).validate(root)
        assert root.findtext(".//article-title") == title
    elif fmt == "docx":
        assert Document(str(out)).paragraphs[0].text == title
    elif fmt == "pdf":
        import pypdf

        text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages)
        assert " ".join(title.split()[:4]) in text
    else:
        assert title.split(":")[0].split("<")[0][:30] in out.read_text(encoding="utf-8")


@pytest.mark.skipif(not SAMPLES, reason="no samples yet")
@pytest.mark.parametrize("fmt", list(EXPORTERS))
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_sample_exports_in_every_format(qapp, tmp_path, sample, fmt):
    out = tmp_path / f"out{EXPORTERS[fmt].suffix}"
    assert run_export(str(sample), "--to", fmt, "-o", str(out)) == 0
    check_output(fmt, out, native.load(sample).metadata.title)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no partial file left behind


def test_letter_page_size_option(qapp, tmp_path, seed_file):
    import pypdf

    out = tmp_path / "case.pdf"
    assert run_export(str(seed_file), "--to", "pdf", "-o", str(out), "--page-size", "letter") == 0
    box = pypdf.PdfReader(str(out)).pages[0].mediabox
    assert round(float(box.width)) == 612


def test_ama_style_option_keeps_citation_numbering(tmp_path, seed_file):
    out = tmp_path / "case.md"
    assert run_export(str(seed_file), "--to", "markdown", "-o", str(out), "--style", "ama") == 0
    written = out.read_text(encoding="utf-8")
    lines = written.splitlines()
    refs = lines[lines.index("## References") + 2:]
    assert refs[0].startswith("1. Kim JS, Han BG") and refs[-1].startswith("6. Ahn YH, Kang HG, et al. Development")
    assert "challenge \\[1,2\\]" in written


def test_apa_style_option_cites_author_date_and_lists_alphabetically(tmp_path, seed_file):
    """APA 7 is author-date: "(Kim et al., 2016)" in the text, an alphabetical list without numbers."""
    out = tmp_path / "case.md"
    assert run_export(str(seed_file), "--to", "markdown", "-o", str(out), "--style", "apa") == 0
    written = out.read_text(encoding="utf-8")
    assert "remains a challenge (Kim et al., 2016; Valerio et al., 2008). " in written
    assert ("in some adults (Ochi et al., 2012; Ren et al., 2017).") in written
    assert "[1" not in written
    lines = written.splitlines()
    refs = [line for line in lines[lines.index("## References") + 1:] if line]
    assert [r.split()[0] for r in refs] == ["Ahn,", "Kidney", "Kim,", "Ochi,", "Ren,", "Valerio,"]
    # a group author; APA writes its parentheses as brackets inside the citation's
    group = "Kidney Disease: Improving Global Outcomes \\[KDIGO\\] Glomerulonephritis Work Group, 2012"
    assert f"when remission is not achieved ({group})." in written


def test_unreadable_file_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.case.json"
    bad.write_text("{ not json", encoding="utf-8")
    assert run_export(str(bad), "--to", "html", "-o", str(tmp_path / "x.html")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.case.json" in err and "Traceback" not in err
    assert not (tmp_path / "x.html").exists()


def test_missing_output_folder_and_unknown_format(tmp_path, seed_file, capsys):
    assert run_export(str(seed_file), "--to", "html", "-o", str(tmp_path / "nowhere" / "x.html")) == 2
    assert "does not exist" in capsys.readouterr().err
    assert run_export(str(seed_file), "--to", "rtf", "-o", str(tmp_path / "x.rtf")) == 2
    assert "choose one of jats, docx, pdf, markdown, html" in capsys.readouterr().err


def test_text_exports_do_not_load_qt(tmp_path, seed_file):
    script = textwrap.dedent(f"""
        import argparse, sys
        from editor.commands.export import register
        parser = argparse.ArgumentParser()
        register(parser.add_subparsers())
        for fmt, name in (("jats", "a.xml"), ("docx", "a.docx"), ("markdown", "a.md"), ("html", "a.html")):
            args = parser.parse_args(["export", {str(seed_file)!r}, "--to", fmt, "-o", {str(tmp_path)!r} + "/" + name])
            assert args.handler(args) == 0
        print("PySide6" in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_python_m_editor_export_end_to_end(tmp_path, seed_file):
    out = tmp_path / "case.md"
    result = subprocess.run(
        [sys.executable, "-m", "editor", "export", str(seed_file), "--to", "markdown", "-o", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# Intravenous Rituximab")


@pytest.mark.parametrize("fmt, name, says", [
    ("care", "x.docx", "CARE checklist, Word document"),
    ("care", "x.md", "CARE checklist, Markdown"),
    ("docx", "x.docx", "Word document"),
    ("jats", "x.xml", "JATS 1.3 XML, Journal Publishing"),
    ("markdown", "x.md", "Markdown with GitHub tables"),
    ("html", "x.html", "self-contained HTML page with print styles"),
])
def test_the_export_says_what_it_wrote(tmp_path, seed_file, capsys, fmt, name, says):
    out = tmp_path / name
    assert run_export(str(seed_file), "--to", fmt, "-o", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out} ({says})"
    assert "by OUT's extension" not in says


def test_a_pdf_export_names_the_page_size_it_used(tmp_path, seed_file, capsys):
    out = tmp_path / "x.pdf"
    assert run_export(str(seed_file), "--to", "pdf", "-o", str(out), "--page-size", "letter") == 0
    assert capsys.readouterr().out.strip() == f"wrote {out} (PDF, US Letter pages with page numbers)"
