"""Finding likely duplicate references, and merging them in one undoable step."""

import random

import pytest

from editor.domain import CaseReport, PersonName, Reference
from editor.domain.derived import reference_numbers
from editor.domain.merge import merge_references, retarget_citations
from editor.domain.operations import OperationError
from editor.references.duplicates import (
    SAME_DOI,
    SAME_PMID,
    SIMILAR_TITLE,
    find_duplicates,
    normal_doi,
)
from editor.references.vancouver import format_reference

from .seed_refs import SEED_REFERENCES


def ref(ref_id, family="Cattran", title="Mycophenolate mofetil in the treatment of FSGS", year=2004, **extra):
    return Reference(id=ref_id, authors=[PersonName(family=family, initials="DC")], title=title, year=year, **extra)


def pairs(found):
    return [(p.a_id, p.b_id, p.reason) for p in found]


# --- finding ------------------------------------------------------------------


def test_the_seed_list_has_no_duplicates():
    assert find_duplicates(SEED_REFERENCES) == []


def test_same_doi_in_any_spelling_is_a_duplicate():
    refs = [ref("a", doi="10.1038/KI.2012.280", title="One"), ref("b", family="Other", title="Two", doi="https://doi.org/10.1038/ki.2012.280"),
            ref("c", title="Three", doi="doi: 10.1038/ki.2012.281")]
    found = find_duplicates(refs)
    assert pairs(found) == [("a", "b", SAME_DOI)]
    assert found[0].score == 1.0 and found[0].describe() == "same DOI"
    assert normal_doi("http://dx.doi.org/10.1/ABC.") == "10.1/abc"


def test_same_pmid_is_a_duplicate():
    refs = [ref("a", pmid="22895519", title="One"), ref("b", pmid="PMID: 22895519", title="Two", family="X")]
    assert pairs(find_duplicates(refs)) == [("a", "b", SAME_PMID)]


def test_nearly_same_author_title_and_year_ignoring_case_accents_and_punctuation():
    refs = [
        ref("a", family="Noël", title="Long-term renal tolerance of cyclosporin A treatment in adult idiopathic nephrotic syndrome."),
        ref("b", family="Noel", title="Long term renal tolerance of cyclosporine A treatment in adult idiopathic nephrotic syndrome"),
        ref("c", family="Noel", title="Long-term renal tolerance of cyclosporin A treatment in adult idiopathic nephrotic syndrome", year=2005),
        ref("d", family="Noel", title="Short-term hepatic effects of tacrolimus in children"),
    ]
    found = find_duplicates(refs)
    assert pairs(found) == [("a", "b", SIMILAR_TITLE)]
    assert 0.9 <= found[0].score < 1.0


def test_different_dois_are_different_works_however_alike_the_titles():
    refs = [ref("a", doi="10.1/one"), ref("b", doi="10.1/two")]
    assert find_duplicates(refs) == []


def test_strongest_reason_is_reported_once_per_pair():
    refs = [ref("a", doi="10.1/x", pmid="1"), ref("b", doi="10.1/X", pmid="1")]
    assert pairs(find_duplicates(refs)) == [("a", "b", SAME_DOI)]


def test_a_near_copy_is_found_among_two_thousand_references():
    # Speed is measured in benchmarks/bench_render.py, not asserted here.
    rng = random.Random(7)
    words = "renal kidney rituximab glomerular focal segmental sclerosis nephrotic steroid therapy trial adult child".split()
    refs = [
        Reference(id=f"r{i}", authors=[PersonName(family=rng.choice(["Kim", "Lee", "Smith", "Cattran", "Ponticelli"]), initials="A")],
                  title=" ".join(rng.choice(words) for _ in range(10)) + f" {i}", year=rng.randint(1995, 2020))
        for i in range(2000)
    ]
    refs.append(refs[1234].model_copy(update={"id": "copy", "title": refs[1234].title.upper() + "."}))
    found = find_duplicates(refs)
    assert ("r1234", "copy", SIMILAR_TITLE) in pairs(found)


# --- merging --------------------------------------------------------------------


def report_with_duplicates() -> CaseReport:
    kept = Reference(id="ref-3", authors=[PersonName(family="Radhakrishnan", initials="J")], et_al=True,
                     title="The KDIGO practice guideline on glomerulonephritis", container="Kidney Int", year=2012,
                     volume="82", issue="8", first_page="840", last_page="856", raw="Radhakrishnan J, et al. ...")
    dropped = Reference(id="ref-9", authors=[PersonName(family="Radhakrishnan", initials="J"), PersonName(family="Cattran", initials="DC")],
                        title="The KDIGO practice guideline on glomerulonephritis.", container="Kidney International",
                        year=2012, month=10, doi="10.1038/ki.2012.280", pmid="22895519", raw="other raw")
    other = Reference(id="ref-5", authors=[PersonName(family="Cattran", initials="DC")], title="Cyclosporine", year=2003)
    return CaseReport(
        introduction="Guidelines [@ref-3; @ref-9] and [@ref-9, p. 841].",
        discussion="Cyclosporine [@ref-5; @ref-9]. Again [@ref-9]. Not [@ref-90].",
        references=[kept, other, dropped],
    )


def test_merge_fills_empty_fields_takes_longer_author_list_and_keeps_our_values():
    report = report_with_duplicates()
    merge_references(report, keep_id="ref-3", drop_id="ref-9")
    merged = report.reference("ref-3")
    assert [r.id for r in report.references] == ["ref-3", "ref-5"]
    assert [a.family for a in merged.authors] == ["Radhakrishnan", "Cattran"] and merged.et_al is False
    assert merged.container == "Kidney Int"  # kept reference's own value wins
    assert (merged.doi, merged.pmid, merged.month) == ("10.1038/ki.2012.280", "22895519", 10)
    assert merged.raw == "Radhakrishnan J, et al. ..."
    assert format_reference(merged).endswith("2012 Oct;82(8):840-56. doi:10.1038/ki.2012.280. PMID: 22895519.")


def test_merge_points_every_citation_at_the_kept_reference_without_repeating_it():
    report = report_with_duplicates()
    merge_references(report, keep_id="ref-3", drop_id="ref-9")
    assert report.introduction == "Guidelines [@ref-3] and [@ref-3, p. 841]."
    assert report.discussion == "Cyclosporine [@ref-5; @ref-3]. Again [@ref-3]. Not [@ref-90]."
    assert reference_numbers(report) == {"ref-3": 1, "ref-5": 2}


def test_merge_is_one_step_that_undoes_exactly_and_redoes():
    report = report_with_duplicates()
    before = report.model_dump(mode="json")
    batch = merge_references(report, keep_id="ref-3", drop_id="ref-9")
    after = report.model_dump(mode="json")
    assert after != before
    batch.inverse().apply(report)
    assert report.model_dump(mode="json") == before
    batch.apply(report)
    assert report.model_dump(mode="json") == after


def test_merge_keeping_the_later_reference_also_undoes_exactly():
    report = report_with_duplicates()
    before = report.model_dump(mode="json")
    batch = merge_references(report, keep_id="ref-9", drop_id="ref-3")
    assert [r.id for r in report.references] == ["ref-5", "ref-9"]
    assert report.introduction == "Guidelines [@ref-9] and [@ref-9, p. 841]."
    assert report.reference("ref-9").volume == "82"
    batch.inverse().apply(report)
    assert report.model_dump(mode="json") == before


@pytest.mark.parametrize(("keep", "drop", "message"), [("ref-3", "ref-3", "itself"), ("ref-3", "nope", "no reference with id 'nope'")])
def test_merge_refuses_impossible_requests_and_changes_nothing(keep, drop, message):
    report = report_with_duplicates()
    before = report.model_dump(mode="json")
    with pytest.raises(OperationError, match=message):
        merge_references(report, keep_id=keep, drop_id=drop)
    assert report.model_dump(mode="json") == before


def test_retarget_leaves_other_markers_and_prefix_ids_alone():
    assert retarget_citations("[@a1; @a10] [@a10]", "a1", "b") == "[@b; @a10] [@a10]"
    assert retarget_citations("[@b;@a1]", "a1", "b") == "[@b]"
