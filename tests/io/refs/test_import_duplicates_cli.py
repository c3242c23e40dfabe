"""``references import --into``: references the report already holds are skipped and listed, unless asked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.cli import run
from editor.domain.references import PersonName, Reference
from editor.io.native import load, save
from editor.references.duplicates import incoming_duplicates

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "samples" / "rituximab-fsgs.case.json"


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    copy = tmp_path / "seed.case.json"
    shutil.copyfile(SEED, copy)
    return copy


@pytest.mark.parametrize("fmt", ["ris", "bibtex", "medline", "csl-json"])
def test_importing_the_seeds_own_export_adds_nothing_and_says_so(fmt, seed_copy, tmp_path, capsys):
    exported = tmp_path / f"seed-refs.{fmt}"
    assert run(["references", "export", str(SEED), "--to", fmt, "-o", str(exported)]) == 0
    capsys.readouterr()
    before = seed_copy.read_bytes()
    assert run(["references", "import", str(exported), "--into", str(seed_copy)]) == 0
    err = capsys.readouterr().err
    assert seed_copy.read_bytes() == before  # not even rewritten
    assert "Nothing added" in err and "skipped 26 likely duplicates" in err and "--keep-duplicates" in err
    first = load(SEED).references[0]
    assert f"1. {first.first_author()} {first.year}" in err and "repeats reference 1 (Kim JS 2016) in the report" in err


def test_keep_duplicates_adds_them_anyway(seed_copy, tmp_path, capsys):
    exported = tmp_path / "seed.ris"
    run(["references", "export", str(SEED), "--to", "ris", "-o", str(exported)])
    assert run(["references", "import", str(exported), "--into", str(seed_copy), "--keep-duplicates"]) == 0
    assert len(load(seed_copy).references) == 52
    assert "skipped" not in capsys.readouterr().err


def test_new_references_are_added_and_only_repeats_skipped(seed_copy, tmp_path, capsys):
    seed = load(SEED)
    fresh = Reference(id="ref-1", authors=[PersonName(family="Gan", initials="WL")], title="A new case", year=2024,
                      container="Kidney Int", doi="10.1016/j.kint.2024.01.001")
    repeated = seed.references[4].model_copy(update={"id": "ref-2", "title": seed.references[4].title + "."})
    twice = fresh.model_copy(update={"id": "ref-3"})  # the same new work twice in the file
    incoming = tmp_path / "mixed.case.json"
    save(seed.model_copy(update={"references": [fresh, repeated, twice]}), incoming)
    csl = tmp_path / "mixed.json"
    run(["references", "export", str(incoming), "--to", "csl-json", "-o", str(csl)])
    capsys.readouterr()

    assert run(["references", "import", str(csl), "--into", str(seed_copy)]) == 0
    err = capsys.readouterr().err
    after = load(seed_copy).references
    assert len(after) == 27 and after[-1].title == "A new case" and after[-1].id not in {r.id for r in seed.references}
    assert "Added 1 reference to" in err and "skipped 2 likely duplicates" in err
    # the seed's fifth stored reference is cited eighth: named as its References panel and preview number it
    assert "2. Cattran DC 2003" in err and "repeats reference 8 (Cattran DC 2003) in the report" in err
    assert "reference 5" not in err
    assert "3. Gan WL 2024. A new case: repeats reference 1 of the file (same DOI)" in err


def test_a_reply_with_its_own_doi_is_not_a_duplicate():
    original = Reference(authors=[PersonName(family="Kim", initials="JS")], title="Secondary FSGS", year=2016,
                         doi="10.1155/2016/1630365")
    reply = original.model_copy(update={"doi": "10.1155/2016/9999999"})
    assert incoming_duplicates([reply], [original], {}) == []
    # the original is new to a report that holds only the reply; the reply itself is a repeat
    assert [(d.index, d.existing_index) for d in incoming_duplicates([original, reply], [reply], {})] == [(1, 0)]


def test_a_repeat_of_an_uncited_reference_is_named_as_the_reference_list_shows_it(seed_copy, tmp_path, capsys):
    """Ochi A 2012 is the seed's fourth stored reference but cited nowhere: it has no number to give."""
    seed = load(SEED)
    ochi = seed.references[3]
    assert ochi.first_author() == "Ochi A"
    incoming = tmp_path / "ochi.case.json"
    save(seed.model_copy(update={"references": [ochi.model_copy(update={"id": "ref-1"})]}), incoming)
    ris = tmp_path / "ochi.ris"
    run(["references", "export", str(incoming), "--to", "ris", "-o", str(ris)])
    capsys.readouterr()
    assert run(["references", "import", str(ris), "--into", str(seed_copy)]) == 0
    err = capsys.readouterr().err
    assert "1. Ochi A 2012" in err and "repeats uncited reference (Ochi A 2012) in the report" in err
    assert "reference 4" not in err
