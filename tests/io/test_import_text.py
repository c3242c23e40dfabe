"""Plain-text import: the seed manuscript gives the sample's front matter and references."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from editor.io import native
from editor.io.import_result import ImportFailed
from editor.io.text_import import import_text, import_text_file

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed-case-report.txt"
SAMPLE = ROOT / "samples" / "rituximab-fsgs.case.json"
PARSER_FIELDS = ("kind", "authors", "group_author", "et_al", "title", "container", "year", "month", "volume",
                 "issue", "supplement", "first_page", "last_page", "article_number", "doi", "pmid", "raw")


def _without_citations(text: str | None) -> str:
    return re.sub(r"\s*\[@[^\]]*\]", "", text or "")


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    if not SEED.exists():
        pytest.skip("the seed manuscript is outside the repository (../shared)")
    copy = tmp_path_factory.mktemp("seed") / "seed-case-report.txt"
    shutil.copy(SEED, copy)
    return import_text_file(copy), native.load(SAMPLE)


def test_seed_front_matter(seed):
    result, sample = seed
    meta = result.report.metadata
    assert meta.title == sample.metadata.title
    assert [(a.given, a.family, a.initials) for a in meta.authors] == [
        (a.given, a.family, a.initials) for a in sample.metadata.authors]
    assert len(meta.authors) == 7 and meta.authors[4].family == "Abdul Cader"
    assert meta.keywords == sample.metadata.keywords


def test_seed_abstract_is_split_into_the_care_parts(seed):
    result, sample = seed
    for part in ("background", "case_presentation", "conclusion"):
        assert getattr(result.report.abstract, part) == _without_citations(getattr(sample.abstract, part)), part


def test_seed_references_match_the_sample(seed):
    result, sample = seed
    imported = result.report.references
    assert len(imported) == 26
    for got, want in zip(imported, sample.references):
        assert {f: getattr(got, f) for f in PARSER_FIELDS} == {f: getattr(want, f) for f in PARSER_FIELDS}, want.id


def test_seed_page_junk_is_listed_not_dropped(seed):
    result, _ = seed
    texts = [u.text for u in result.unsorted]
    assert "Full Text: PDF" in texts
    assert any("There are currently no refbacks." in t for t in texts)
    assert all(u.heading == "after the references" for u in result.unsorted)
    assert "Full Text: PDF" in "\n".join(result.summary_lines())


MANUSCRIPT = """\
Pembrolizumab-induced nephritis: a case report

Jane Q Doe, John Smith, Maria de la Cruz

Abstract: Background: Immune checkpoint inhibitors can injure the kidney [1]. Case presentation: A 64-year-old man \
developed acute kidney injury. Conclusion: Check the creatinine.

Keywords: nephritis; immunotherapy; case report

Introduction
Checkpoint inhibitors are widely used [1,2].

Case presentation
A 64-year-old man on pembrolizumab had a creatinine of 300 µmol/L [2].

Patient information
He had melanoma.

Discussion
Steroids helped [1-2].

Acknowledgements
We thank the nurses.

Authors' contributions
JQD wrote the draft.

References
1. Perazella MA, Shirali AC. Immune checkpoint inhibitor nephrotoxicity. Kidney Int. 2020;97(1):62-74.
2. Cortazar FB, Marrone KA, Troxell ML, et al. Clinicopathological features of acute kidney injury associated with \
immune checkpoint inhibitors. Kidney Int. 2016;90(3):638-47.
"""


def test_manuscript_with_headings():
    result = import_text(MANUSCRIPT)
    report = result.report
    assert report.metadata.title == "Pembrolizumab-induced nephritis: a case report"
    assert [a.family for a in report.metadata.authors] == ["Doe", "Smith", "de la Cruz"]
    assert report.metadata.keywords == ["nephritis", "immunotherapy", "case report"]
    assert report.abstract.case_presentation == "A 64-year-old man developed acute kidney injury."
    assert report.introduction == "Checkpoint inhibitors are widely used [@ref-1; @ref-2]."
    assert report.clinical_findings.endswith("300 µmol/L [@ref-2].")
    assert report.patient.medical_history == "He had melanoma."
    assert report.discussion == "Steroids helped [@ref-1; @ref-2]."
    assert report.metadata.acknowledgements == "We thank the nurses."
    assert [r.first_author() for r in report.references] == ["Perazella MA", "Cortazar FB"]
    assert report.references[1].last_page == "647"
    assert [u.heading for u in result.unsorted] == ["Authors' contributions"]


def test_empty_text_is_refused():
    with pytest.raises(ImportFailed, match="no text"):
        import_text("   \n\n ")


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\x00\x00binary")
    with pytest.raises(ImportFailed, match="not a text file"):
        import_text_file(path)
