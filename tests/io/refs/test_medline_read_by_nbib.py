"""Our PubMed/MEDLINE export is read by nbib (the MEDLINE library the issue names) as we meant it."""

from __future__ import annotations

from pathlib import Path

import nbib

from editor.domain.references import PersonName, Reference
from editor.io.native import load
from editor.io.refs import dumps

SEED = Path(__file__).resolve().parents[3] / "samples" / "rituximab-fsgs.case.json"


def test_nbib_reads_every_seed_record_with_its_fields():
    refs = load(SEED).references
    records = nbib.read(dumps(refs, "medline"))
    assert len(records) == len(refs) == 26
    for ref, record in zip(refs, records):
        assert record["title"] == ref.title
        assert record["journal_volume"] == ref.volume
        if ref.authors:
            assert record["authors"][0]["last_name"] == ref.authors[0].family


def test_nbib_finds_the_identifiers_and_full_names():
    ref = Reference(authors=[PersonName(family="García-Márquez", given="José Luis", initials="JL")],
                    title="Rituximab in FSGS", container="Kidney Int", year=2021, month=8, volume="100",
                    issue="2", first_page="e12", last_page="e19", doi="10.1016/j.kint.2021.01.001",
                    pmid="33939994", pmcid="PMC1234567")
    [record] = nbib.read(dumps([ref], "medline"))
    assert record["pubmed_id"] == 33939994 and record["pmcid"] == 1234567  # nbib keeps the digits
    assert record["doi"] == "10.1016/j.kint.2021.01.001"
    assert record["authors"][0]["first_name"] == "José Luis" and record["journal_abbreviated"] == "Kidney Int"
