"""Accuracy on real references: the seed sample exactly, the labelled corpora, and the unseen lists."""

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


# Floors just under the level measured on 2026-11-26 (fields, whole references), not the targets.
# Every one of these sets has been read while tuning; heldout, heldout2 and heldout3 were held out
# until that day's round, whose failures were read too (README "Accuracy history").
SEEN_FLOORS = {
    "tuning.jsonl": (0.99, 0.96, 150),      # measured 99.3% / 96.5%
    "heldout.jsonl": (0.96, 0.80, 140),     # 96.5% / 81.6% (SciELO; label noise left, README)
    "tuning2.jsonl": (0.98, 0.94, 300),     # 98.5% / 95.5%
    "heldout2.jsonl": (0.98, 0.94, 300),    # 98.7% / 95.7%
    "tuning3.jsonl": (0.98, 0.94, 900),     # 98.6% / 95.4%
    "heldout3.jsonl": (0.98, 0.94, 900),    # 98.5% / 95.1%
    "tuning4.jsonl": (0.975, 0.92, 500),    # 98.3% / 93.4%
}


@pytest.mark.parametrize("name", sorted(SEEN_FLOORS))
def test_corpus_keeps_its_measured_level(name):
    fields, whole, size = SEEN_FLOORS[name]
    rows = load_corpus(CORPUS_DIR / name)
    assert len(rows) >= size
    result = score(rows)
    assert result.field_accuracy >= fields, result.field_accuracy
    assert result.whole_accuracy >= whole, result.whole_accuracy


def test_unseen_lists_meet_the_issue_targets():
    """heldout5: 615 references from 47 articles of PLOS, Wiley, Taylor & Francis, Dove, Tech Science
    and OUP, sources no other set draws on, labelled from their JATS markup and scored once after the
    tuning round (97.6% of fields, 91.9% of whole references). Asserted at the issue's targets, so a
    change that loses them on unseen lists fails here; its failures are not to be tuned on."""
    rows = load_corpus(CORPUS_DIR / "heldout5.jsonl")
    assert len(rows) >= 600 and len({row["group"] for row in rows}) >= 40
    seen = {row["raw"] for name in SEEN_FLOORS for row in load_corpus(CORPUS_DIR / name)}
    assert not seen & {row["raw"] for row in rows}
    result = score(rows)
    assert result.field_accuracy >= 0.97, result.field_accuracy
    assert result.whole_accuracy >= 0.85, result.whole_accuracy


def test_fourth_corpus_shares_nothing_with_the_first_held_out_half():
    heldout = {row["raw"] for row in load_corpus(CORPUS_DIR / "heldout.jsonl")}
    assert not heldout & {row["raw"] for row in load_corpus(CORPUS_DIR / "tuning4.jsonl")}


def test_corpus_files_are_well_formed():
    for name in [*SEEN_FLOORS, "heldout5.jsonl"]:
        for row in load_corpus(CORPUS_DIR / name):
            assert row["raw"].strip() and isinstance(row["expected"], dict) and row["source"]
