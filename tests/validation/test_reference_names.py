"""Rule messages name a reference by its citation number, as the References panel and the exports do."""

from __future__ import annotations

import sys
from pathlib import Path

from editor.domain import operations as ops
from editor.domain.derived import reference_name, reference_numbers
from editor.io import native
from editor.validation import Validator, validate
from editor.validation.citations import citation_numbers

from .helpers import clean_report, run

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "rituximab-fsgs.case.json"


def _swapped():
    """The clean report citing its second reference first: ref-2 is number 1, ref-1 number 2."""
    return clean_report(abstract={"background": "KDIGO [@ref-2].", "case_presentation": "A 21-year-old man.",
                                  "conclusion": "Secondary FSGS [@ref-1]."})


def test_numbers_are_the_reference_lists_numbers():
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate_large import large_report

    seed, large = native.load(SEED), large_report()
    for report in (seed, large, _swapped(), clean_report()):
        assert citation_numbers(report) == reference_numbers(report)
    # in the long discussion, read per paragraph: a marker broken over a line, an unknown id, a renamed reference
    cited = reference_numbers(large)
    a, b = [ref.id for ref in large.references if ref.id not in cited][:2]
    large.discussion = f"Seen [@{a};\n@{b}] [@nobody].\n" + large.discussion
    large.references[5].id = "renamed"
    numbers = citation_numbers(large)
    assert numbers == reference_numbers(large)
    assert numbers[b] == numbers[a] + 1


def test_a_message_names_the_reference_by_its_number_not_its_place():
    report = _swapped()
    report.references[0].doi = "https://doi.org/10.1155/2016/1630365"
    [link] = run("references.doi-syntax", report)
    assert link.path == "/references/0/doi"  # the address still counts the stored list
    assert link.message == "Reference 2 (Kim JS 2016): the DOI is written as a link ('https://doi.org/10.1155/2016/1630365')."
    report.references[1].doi = "10.1155/2016/1630365"
    [same] = run("references.duplicate-doi", report)
    assert same.message.startswith("Reference 1 (Radhakrishnan J 2012) has the same DOI (10.1155/2016/1630365) "
                                   "as reference 2 (Kim JS 2016).")


def test_an_uncited_reference_is_described_not_numbered():
    report = _swapped()
    report.abstract.conclusion = "No citation here."
    [uncited] = run("ids.uncited-reference", report)
    assert uncited.message.startswith("Uncited reference (Kim JS 2016) is never cited")
    report.references[0].authors = []
    report.references[0].year = None
    assert reference_name(report.references[0], None) == "Uncited reference (Secondary FSGS)"


def test_a_repeated_reference_id_names_the_first_holder_by_its_number():
    report = _swapped()
    report.references[0].id = "ref-2"  # both now answer to ref-2, cited first
    [found] = run("structure.duplicate-id", report)
    assert found.path == "/references/1/id"
    assert found.message == "The id 'ref-2' is already used by reference 1 (Kim JS 2016)."


def test_a_new_first_citation_renames_every_finding_and_typing_without_one_reruns_nothing():
    report = native.load(SEED)
    validator = Validator()
    first = validator.validate(report)
    maschio = next(f for f in first if f.path == "/references/9/et_al")
    assert maschio.message.startswith("Reference 7 (Maschio G 1996)")
    ops.set_value(report, path="/discussion", value="Remission followed.")  # no citation: numbers unchanged
    validator.revalidate(report, ["/discussion"])
    assert not any(r.startswith("references.") for r in validator.last_rerun)
    change = ops.set_value(report, path="/abstract/background",
                           value="[@ref-10] " + (report.abstract.background or ""))
    found = validator.revalidate(report, change.paths())
    assert found == validate(report)
    assert "references.et-al-few-authors" in validator.last_rerun
    assert next(f for f in found if f.path == "/references/9/et_al").message.startswith("Reference 1 (Maschio G 1996)")
    change = ops.set_value(report, path="/references/9/authors/0/family", value="Mascio")
    found = validator.revalidate(report, change.paths())
    assert found == validate(report)
    assert next(f for f in found if f.path == "/references/9/et_al").message.startswith("Reference 1 (Mascio G 1996)")
