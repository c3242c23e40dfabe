"""Web of Science tagged text: real exports from JabRef's test suite, a modern record, slices and progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.io.refs import ImportCancelled, detect_format, import_references
from editor.io.refs import SLICE
from editor.io.refs.wos import read

DATA = Path(__file__).resolve().parents[2] / "data" / "refs"

# A record as today's Web of Science writes it (fields as Clarivate documents them; values invented).
MODERN = """\ufeffFN Clarivate Analytics Web of Science
VR 1.0
PT J
AU Kim, JS
   Han, BG
AF Kim, Jong Soo
   Han, Byoung Geun
CA FSGS Study Group
TI Secondary focal segmental glomerulosclerosis: from podocyte injury to
   glomerulosclerosis
SO BIOMED RESEARCH INTERNATIONAL
J9 BIOMED RES INT
JI Biomed Res. Int.
PD AUG 15
PY 2016
VL 2016
IS 4
SU 2
AR 1630365
DI 10.1155/2016/1630365
PM 27088012
UT WOS:000375123400001
ER

EF
"""


def test_web_of_science_export_is_recognised_and_read_field_by_field():
    path = DATA / "jabref-wos.txt"
    assert detect_format(path) == "wos"
    result = import_references(path)
    assert result.problems == [] and result.format == "Web of Science"
    first, second = result.references
    assert [(a.family, a.initials) for a in first.authors][:2] == [("Gamernyk", "RV"), ("Gnatenko", "YP")]
    assert len(first.authors) == 5 and len(second.authors) == 6
    assert first.title == "Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals"
    assert first.container == "J Phys-Condes Matter"  # JI "J. Phys.-Condes. Matter" without periods
    assert second.container == "Opt Express"
    assert (first.year, first.month, first.day) == (2006, 6, 14)  # "PD JUN 14"
    assert (first.volume, first.issue, first.first_page, first.last_page) == ("18", "23", "5323", "5331")


def test_web_of_science_records_from_its_medline_database():
    result = import_references(DATA / "jabref-wos-medline.txt")
    modafinil, estrogen = result.references
    assert (modafinil.pmid, modafinil.first_page, modafinil.last_page) == ("16842170", "2457", "2471")
    assert [a.family for a in estrogen.authors][:3] == ["Joffe", "Hall", "Gruber"]  # "AU a; b; c" on one line
    assert len(estrogen.authors) == 7 and estrogen.month == 5  # "PD 2006 May-Jun"
    assert modafinil.container == "Curr Pharm Des"  # no abbreviation: the source title itself


def test_modern_record_maps_every_field(tmp_path):
    path = tmp_path / "savedrecs.txt"
    path.write_text(MODERN, encoding="utf-8")
    assert detect_format(path) == "wos"  # .txt, like PubMed: the content decides
    [ref] = import_references(path).references
    assert [(a.family, a.given, a.initials) for a in ref.authors] == [
        ("Kim", "Jong Soo", "JS"), ("Han", "Byoung Geun", "BG")]
    assert ref.group_author == "FSGS Study Group"
    assert ref.title == "Secondary focal segmental glomerulosclerosis: from podocyte injury to glomerulosclerosis"
    assert ref.container == "Biomed Res Int"
    assert (ref.issue, ref.supplement, ref.article_number) == ("4", "2", "1630365")
    assert (ref.doi, ref.pmid, ref.month, ref.day) == ("10.1155/2016/1630365", "27088012", 8, 15)


def test_full_title_kept_only_when_no_abbreviation_is_given():
    text = MODERN.replace("J9 BIOMED RES INT\n", "").replace("JI Biomed Res. Int.\n", "")
    assert read(text).references[0].container == "BIOMED RESEARCH INTERNATIONAL"
    assert read(text.replace("JI", "XX")).references[0].container == "BIOMED RESEARCH INTERNATIONAL"
    only_j9 = MODERN.replace("JI Biomed Res. Int.\n", "")
    assert read(only_j9).references[0].container == "BIOMED RES INT"


def test_broken_records_are_reported_with_their_line_and_the_rest_imports():
    broken = MODERN.replace("PD AUG 15\n", "PD AUG 15\nthis line has no tag\n")
    cut_short = MODERN.split("ER\n")[0]
    text = broken + MODERN.split("VR 1.0\n")[1] + cut_short
    result = read(text)
    assert len(result.references) == 1
    first, last = result.problems
    assert first.record == 1 and "two-letter tag" in first.reason
    assert text.split("\n")[first.line - 1] == "this line has no tag"
    assert last.record == 3 and "no end line 'ER'" in last.reason


def _many(count: int, bad: int) -> str:
    records = []
    for n in range(1, count + 1):
        lines = ["PT J", f"AU Author{n}, A", f"TI Title {n}", "SO JOURNAL", "PY 2020"]
        if n == bad:
            lines.append("no tag on this line")
        records.append("\n".join(lines + ["ER", ""]))
    return "FN Clarivate Analytics Web of Science\nVR 1.0\n" + "\n".join(records) + "\nEF\n"


def test_long_files_are_read_in_slices_with_the_same_record_and_line_numbers(tmp_path):
    count, bad = SLICE * 2 + 57, SLICE * 2 + 3
    text = _many(count, bad)
    path = tmp_path / "many.txt"
    path.write_text(text)
    calls = []
    result = import_references(path, progress=lambda done, total: calls.append((done, total)) or True)
    whole = read(text)  # in one piece, for comparison
    assert len(result.references) == count - 1 == len(whole.references)
    assert result.problems == whole.problems and result.problems[0].record == bad
    assert text.split("\n")[result.problems[0].line - 1] == "no tag on this line"
    assert calls[0] == (0, count) and calls[-1] == (count, count) and len(calls) == 4


def test_cancelling_stops_the_import(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text(_many(SLICE * 3, 0))
    with pytest.raises(ImportCancelled):
        import_references(path, progress=lambda done, total: done < SLICE)
