"""Accuracy on real references: the seed sample exactly, and the labelled tuning corpus."""

import json
from pathlib import Path

import pytest

from editor.references.parser import parse_reference

from .corpus import CORPUS_DIR, load_corpus, score

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "rituximab-fsgs.case.json"


def _sample_references():
    if not SAMPLE.exists():
        return []
    return json.loads(SAMPLE.read_text(encoding="utf-8")).get("references", [])


@pytest.mark.skipif(not SAMPLE.exists(), reason="the structured seed sample is not there yet")
@pytest.mark.parametrize("expected", _sample_references(), ids=lambda r: r.get("id", "?"))
def test_seed_reference_parses_exactly(expected):
    got = parse_reference(expected["raw"]).model_dump(mode="json", exclude_defaults=True)
    want = {k: v for k, v in expected.items() if k != "id"}
    assert got == want


def test_seed_sample_has_all_26_references():
    assert len(_sample_references()) in (0, 26)


def test_tuning_corpus_meets_the_accuracy_targets():
    rows = load_corpus(CORPUS_DIR / "tuning.jsonl")
    assert len(rows) >= 150
    result = score(rows)
    # the targets are 97% / 85%; the floors sit just under the level measured (98.7% / 94.5%)
    assert result.field_accuracy >= 0.985, result.field_accuracy
    assert result.whole_accuracy >= 0.94, result.whole_accuracy


def test_second_corpus_keeps_its_measured_level():
    """A floor, not the target: tuning2 measured 96.7% of fields, 89.8% of whole references
    (88.8% and 74.1% before quoted titles, '(1993) 105:423' and ', pages' were read; 96.5% and
    89.5% before glued PMIDs and pages printed twice).

    The held-out halves are only printed (run with -s), never asserted or tuned on.
    """
    rows = load_corpus(CORPUS_DIR / "tuning2.jsonl")
    assert len(rows) >= 300
    result = score(rows)
    assert result.field_accuracy >= 0.96, result.field_accuracy
    assert result.whole_accuracy >= 0.89, result.whole_accuracy
    for name in ("heldout.jsonl", "heldout2.jsonl"):
        held = score(load_corpus(CORPUS_DIR / name))
        print(f"{name}: fields {held.field_accuracy:.1%}, whole references {held.whole_accuracy:.1%}")


def test_third_corpus_keeps_its_measured_level():
    """Typeset JATS mixed-citations (tuning3): a floor under the level measured (96.5% of fields,
    89.5% of whole references; 95.6% and 87.3% before this round), not the target.

    The held-out half is only printed (run with -s), never asserted or tuned on.
    """
    rows = load_corpus(CORPUS_DIR / "tuning3.jsonl")
    assert len(rows) >= 400
    assert len({row["group"] for row in rows}) >= 10
    result = score(rows)
    assert result.field_accuracy >= 0.96, result.field_accuracy
    assert result.whole_accuracy >= 0.89, result.whole_accuracy
    held = score(load_corpus(CORPUS_DIR / "heldout3.jsonl"))
    print(f"heldout3.jsonl: fields {held.field_accuracy:.1%}, whole references {held.whole_accuracy:.1%}")


def test_fourth_corpus_keeps_its_measured_level():
    """SciELO Vancouver lists not used before (tuning4, labels cleaned by build_tuning4.py): a floor
    under the level measured (96.6% of fields, 85.6% of whole references; 94.7% and 80.2% before
    this round's SciELO forms). The first held-out set, SciELO too, is only printed (run with -s).
    """
    rows = load_corpus(CORPUS_DIR / "tuning4.jsonl")
    assert len(rows) >= 500
    heldout = {row["raw"] for row in load_corpus(CORPUS_DIR / "heldout.jsonl")}
    assert not heldout & {row["raw"] for row in rows}
    result = score(rows)
    assert result.field_accuracy >= 0.96, result.field_accuracy
    assert result.whole_accuracy >= 0.85, result.whole_accuracy
    held = score(load_corpus(CORPUS_DIR / "heldout.jsonl"))
    print(f"heldout.jsonl: fields {held.field_accuracy:.1%}, whole references {held.whole_accuracy:.1%}")


def test_corpus_files_are_well_formed():
    for name in ("tuning.jsonl", "heldout.jsonl", "tuning2.jsonl", "heldout2.jsonl", "tuning3.jsonl", "heldout3.jsonl",
                 "tuning4.jsonl"):
        for row in load_corpus(CORPUS_DIR / name):
            assert row["raw"].strip() and isinstance(row["expected"], dict) and row["source"]
