"""Export then import gives back the seed's references in every format; outputs other tools accept."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pypandoc
import pytest

from editor.io.native import load
from editor.io.refs import FORMATS, detect_format, dumps, export_references, import_references

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "samples" / "rituximab-fsgs.case.json"
DATA = ROOT / "tests" / "data"


def seed_references():
    return load(SEED).references


def comparable(ref) -> dict:
    return ref.model_dump(mode="json", exclude={"raw", "id"})


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_seed_references_survive_export_and_import_field_by_field(tmp_path, fmt):
    refs = seed_references()
    out = tmp_path / f"seed{FORMATS[fmt].extensions[0]}"
    export_references(refs, fmt, out)
    result = import_references(out)
    assert result.problems == []
    assert result.format == FORMATS[fmt].name
    assert len(result.references) == len(refs)
    for original, back in zip(refs, result.references):
        assert comparable(back) == comparable(original), original.id


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_rich_reference_survives_every_format(tmp_path, fmt):
    """Fields the seed lacks: given names, editors, DOI, PMID, PMCID, URL, dates, article number beside pages."""
    from editor.domain.references import PersonName, Reference

    ref = Reference(kind="journal", authors=[PersonName(family="García-Márquez", given="José Luis", initials="JL"),
                                             PersonName(family="van der Berg", initials="J-P")],
                    group_author="KDIGO Work Group", et_al=True, title="Dose & response -- a 50% rise",
                    container="Kidney Int", year=2021, month=8, day=15, volume="100", issue="2",
                    first_page="e12", last_page="e19", doi="10.1016/j.kint.2021.01.001", pmid="33939994",
                    pmcid="PMC1234567", url="https://example.org/a", accessed="2022-03-04")
    out = tmp_path / f"rich{FORMATS[fmt].extensions[0]}"
    export_references([ref], fmt, out)
    back = import_references(out).references[0]
    assert comparable(back) == comparable(ref)


def test_csl_json_output_follows_the_csl_schema():
    schema = json.loads((DATA / "csl-data.json").read_text(encoding="utf-8"))
    items = json.loads(dumps(seed_references(), "csl-json"))
    jsonschema.validate(items, schema)
    assert items[1]["note"].splitlines()[-1] == "Author list ends with et al."


def test_bibtex_output_is_read_by_pandoc_without_warnings(tmp_path):
    bib = tmp_path / "seed.bib"
    export_references(seed_references(), "bibtex", bib)
    run = subprocess.run([pypandoc.get_pandoc_path(), "--from", "bibtex", "--to", "csljson", str(bib)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    assert run.stderr.strip() == ""
    items = json.loads(run.stdout)
    assert len(items) == 26
    kdigo = next(item for item in items if item["id"] == "ref-3")
    assert "(guide)lines--application" in kdigo["title"]  # two hyphens, not an en dash


def test_ris_output_has_no_record_numbers_before_records():
    text = dumps(seed_references()[:2], "ris")
    assert text.startswith("TY  - JOUR\n")
    assert "\n1.\n" not in text and "\n2.\n" not in text


def test_detect_format_by_content_not_extension(tmp_path):
    refs = seed_references()[:1]
    for fmt in FORMATS:
        misleading = tmp_path / f"{fmt}.txt"
        misleading.write_text(dumps(refs, fmt), encoding="utf-8")
        assert detect_format(misleading) == fmt
        assert detect_format(dumps(refs, fmt)) == fmt
