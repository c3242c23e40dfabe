"""The CARE checklist export: Markdown, Word and PDF, and the export command's 'care' format."""

import subprocess
import sys

import pytest
from docx import Document

from editor.domain import CareNote
from editor.domain.operations import set_value
from editor.io.care_export import export_care, render_markdown, rows
from editor.io.native import load

SEED = "samples/rituximab-fsgs.case.json"


@pytest.fixture()
def seed():
    return load(SEED)


def test_rows_hold_every_item_and_sub_item_with_where_or_why(seed):
    table = rows(seed)
    numbers = [r[0] for r in table]
    assert numbers[:6] == ["1", "2", "3", "3a", "3b", "3c"] and numbers[-1] == "13"
    by_number = {r[0]: r for r in table}
    assert by_number["2"][3] == "Keywords"
    assert by_number["3"][3] == "Abstract"
    assert by_number["13"][3].startswith("Not covered:")
    set_value(seed, path="/care_notes/12", value=CareNote(not_reported=True, reason="The patient declined."))
    assert {r[0]: r for r in rows(seed)}["12"][3] == "Not reported: The patient declined."


def test_markdown_is_a_table_with_the_report_title(seed, tmp_path):
    out = export_care(seed, tmp_path / "checklist.md")
    text = out.read_text(encoding="utf-8")
    assert "Case report: Intravenous Rituximab" in text
    assert "| 12 | Patient perspective |" in text
    assert text.count("\n| ") == len(rows(seed)) + 1  # header and one line per row
    assert render_markdown(seed) == text


def test_docx_table_reads_back(seed, tmp_path):
    out = export_care(seed, tmp_path / "checklist.docx")
    table = Document(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells][0] == "Item"
    assert len(table.rows) == len(rows(seed)) + 1
    assert table.rows[1].cells[1].text == "Title"


def test_pdf_is_written(seed, tmp_path):
    from pypdf import PdfReader

    out = export_care(seed, tmp_path / "checklist.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    assert "CARE checklist" in text and "Patient perspective" in text


def test_unknown_extension_is_refused(seed, tmp_path):
    with pytest.raises(ValueError, match=r"\.md, \.docx or \.pdf"):
        export_care(seed, tmp_path / "checklist.txt")


def test_cli_writes_by_extension_and_refuses_others(tmp_path):
    ok = subprocess.run([sys.executable, "-m", "editor", "export", SEED, "--to", "care", "-o",
                         str(tmp_path / "c.docx")], capture_output=True, text=True)
    assert ok.returncode == 0 and (tmp_path / "c.docx").exists()
    bad = subprocess.run([sys.executable, "-m", "editor", "export", SEED, "--to", "care", "-o",
                          str(tmp_path / "c.txt")], capture_output=True, text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and ".md, .docx or .pdf" in bad.stderr
    assert list(tmp_path.iterdir()) == [tmp_path / "c.docx"]  # no partial file left behind


def test_docx_checklist_gives_the_description_column_the_most_room(seed, tmp_path):
    out = export_care(seed, tmp_path / "care.docx")
    table = Document(str(out)).tables[0]
    widths = [column.width for column in table.columns]
    assert widths[2] == max(widths) and widths[0] == min(widths)
    assert all(cell.width == widths[i] for row in table.rows[:3] for i, cell in enumerate(row.cells))
