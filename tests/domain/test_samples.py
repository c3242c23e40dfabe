"""The shipped samples: they open, round-trip byte for byte, and say what they are meant to say.

The seed sample is the ground truth other tests (the reference parser) compare
against, so each of its 26 references is checked against its own ``raw`` line.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from editor.domain import CaseReport, OutcomeKind
from editor.domain.derived import citations, cumulative_dose, reference_numbers, same_amount
from editor.io.native import LoadError, dumps, load, save
from editor.validation import Severity, validate

from ..conftest import SAMPLES

SEED = SAMPLES / "rituximab-fsgs.case.json"
COMPLETE = SAMPLES / "complete-example.case.json"
INVALID = SAMPLES / "invalid"
SEED_TEXT = SAMPLES.parent.parent / "shared" / "seed-case-report.txt"  # beside the checkout, when present

# samples/invalid: files that cannot be opened, and the words their one-line error must contain.
LOAD_ERRORS = {
    "malformed-json.case.json": ["not valid JSON at line 5, column 5", "comma is missing"],
    "wrong-type.case.json": ["/treatment_courses/0/number_of_doses", "expected a whole number", "four"],
    "newer-version.case.json": ["newer version (2.0)", "reads up to 1.0"],
    "json-list.case.json": ["is not a case report", "list"],
}
# samples/invalid: files that open, with the one finding each must give: (rule, severity, path).
FINDINGS = {
    "dangling-course.case.json": ("ids.missing-course", "error", "/outcomes/0/course_ids/0"),
    "dangling-citation.case.json": ("ids.missing-reference", "error", "/abstract/conclusion"),
    "dose-mismatch.case.json": ("dose.cumulative-mismatch", "warning", "/treatment_courses/0/cumulative_dose/value"),
    "course-ends-before-start.case.json": ("time.course-ends-before-start", "error", "/treatment_courses/0/end"),
    "unknown-unit.case.json": ("units.unknown-unit", "warning", "/treatment_courses/0/dose/unit"),
}


def loadable_samples() -> list[Path]:
    every = sorted(SAMPLES.glob("*.case.json")) + sorted(INVALID.glob("*.case.json"))
    return [p for p in every if p.name not in LOAD_ERRORS]


@pytest.fixture(scope="module")
def seed() -> CaseReport:
    return load(SEED)


@pytest.fixture(scope="module")
def complete() -> CaseReport:
    return load(COMPLETE)


# --- every sample -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", loadable_samples(), ids=lambda p: p.name)
def test_sample_saves_back_to_identical_bytes(path):
    assert dumps(load(path)).encode("utf-8") == path.read_bytes()


@pytest.mark.parametrize("path", [SEED, COMPLETE], ids=lambda p: p.name)
def test_saving_an_opened_sample_writes_the_same_bytes(path, tmp_path):
    copy = tmp_path / path.name
    save(load(path), copy)
    assert copy.read_bytes() == path.read_bytes()


@pytest.fixture(scope="module")
def schema_validator():
    schema = json.loads((SAMPLES.parent / "resources" / "case-report.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("path", loadable_samples(), ids=lambda p: p.name)
def test_sample_follows_the_published_json_schema(path, schema_validator):
    errors = [e.message for e in schema_validator.iter_errors(json.loads(path.read_bytes()))]
    assert errors == []


@pytest.mark.parametrize("name", ["wrong-type.case.json", "json-list.case.json"])
def test_json_schema_refuses_what_the_loader_refuses(name, schema_validator):
    assert not schema_validator.is_valid(json.loads((INVALID / name).read_bytes()))


def test_every_invalid_sample_is_checked_and_documented():
    files = {p.name for p in INVALID.glob("*.case.json")}
    assert files == set(LOAD_ERRORS) | set(FINDINGS)
    readme = (INVALID / "README.md").read_text(encoding="utf-8")
    for name in files:
        assert f"`{name}`" in readme, f"{name} is not described in samples/invalid/README.md"
    for rule, _, path in FINDINGS.values():
        assert f"`{rule}`" in readme and f"`{path}`" in readme


# --- invalid samples ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(LOAD_ERRORS))
def test_unreadable_sample_gives_one_line_error(name):
    with pytest.raises(LoadError) as caught:
        load(INVALID / name)
    message = str(caught.value)
    assert "\n" not in message and name in message
    for words in LOAD_ERRORS[name]:
        assert words in message


@pytest.mark.parametrize("name", sorted(FINDINGS))
def test_invalid_sample_gives_its_finding_and_no_other_problem(name):
    rule, severity, path = FINDINGS[name]
    findings = validate(load(INVALID / name))
    assert (rule, severity, path) in {(f.rule, f.severity.value, f.path) for f in findings}
    # Each file breaks one thing: nothing else is worse than info.
    others = [f for f in findings if f.rule != rule and f.severity != Severity.INFO]
    assert others == []


# --- the seed sample ----------------------------------------------------------------------------


def test_seed_metadata_and_patient(seed):
    assert seed.metadata.title == "Intravenous Rituximab in Severe Refractory Primary Focal Segmental Glomerulosclerosis"
    assert [a.family for a in seed.metadata.authors] == [
        "Gan", "Mustafar", "Kamaruzaman", "Mohd", "Abdul Cader", "Kong", "Pau"]
    assert all(a.given and a.initials for a in seed.metadata.authors)
    assert seed.metadata.keywords == ["refractory focal segmental glomerulosclerosis", "intravenous Rituximab"]
    assert (seed.patient.age.value, seed.patient.age.unit, seed.patient.sex.value) == (21, "year", "male")
    assert all((seed.abstract.background, seed.abstract.case_presentation, seed.abstract.conclusion))


def test_seed_invents_no_dates_or_laboratory_values(seed):
    """The seed gives no dates and no laboratory values; the sample must not add any."""
    assert seed.investigations == [] and seed.timeline == []
    times = [c.start for c in seed.treatment_courses] + [c.end for c in seed.treatment_courses]
    times += [o.time for o in seed.outcomes] + [d.time for d in seed.diagnoses] + [e.time for e in seed.adverse_events]
    assert all(t is None or t.date is None for t in times)


def test_seed_rituximab_courses_add_up_to_2_g_and_3_g(seed):
    rituximab = [c for c in seed.treatment_courses if c.agent == "rituximab"]
    totals = [cumulative_dose(c) for c in rituximab]
    assert [(q.value, q.unit) for q in totals] == [(2, "g"), (3, "g")]
    assert [c.number_of_doses for c in rituximab] == [4, 6]


def test_seed_iv_cyclophosphamide_keeps_only_the_reported_total(seed):
    course = seed.course("course-cyclophosphamide-iv")
    assert course.route.value == "intravenous" and course.dose is None
    assert same_amount(course.cumulative_dose, _qty(2400, "mg"))


def test_seed_outcomes_and_adverse_events_point_at_existing_courses(seed):
    course_ids = {c.id for c in seed.treatment_courses}
    for item in seed.outcomes + seed.adverse_events:
        assert item.course_ids and set(item.course_ids) <= course_ids
    kinds = [o.kind for o in seed.outcomes]
    assert kinds.count(OutcomeKind.NO_RESPONSE) == 4 and OutcomeKind.RELAPSE in kinds
    remission = next(o for o in seed.outcomes if o.id == "outcome-remission-1")
    assert (remission.duration.value, remission.duration.unit) == (1, "year")
    toxic = {cid for ae in seed.adverse_events for cid in ae.course_ids}
    assert toxic == {"course-prednisolone-1", "course-cyclosporine"}


def test_seed_citations_resolve_and_number_from_one(seed):
    ids = {r.id for r in seed.references}
    cited = [i for c in citations(seed) for i in c.ref_ids]
    assert cited and set(cited) <= ids
    numbers = reference_numbers(seed)
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))


def test_seed_has_26_references_in_order(seed):
    assert [r.id for r in seed.references] == [f"ref-{n}" for n in range(1, 27)]
    assert all(r.kind.value == "journal" and r.raw for r in seed.references)


@pytest.mark.skipif(not SEED_TEXT.exists(), reason="the shared seed text is not beside this checkout")
def test_seed_raw_lines_are_the_seed_text_verbatim(seed):
    text = SEED_TEXT.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.split("\n")]
    positions = [lines.index(r.raw) for r in seed.references]
    assert positions == sorted(positions)


@pytest.mark.parametrize("number", range(1, 27))
def test_seed_reference_fields_rebuild_its_printed_line(seed, number):
    ref = seed.references[number - 1]
    assert ref.raw in _printed_forms(ref), f"ref-{number}: fields do not match {ref.raw!r}"
    assert ref.et_al == ("et al." in ref.raw)


def test_seed_tricky_references(seed):
    ref = {r.id: r for r in seed.references}
    assert (ref["ref-1"].volume, ref["ref-1"].article_number, ref["ref-1"].first_page) == ("2016", "1630365", None)
    assert (ref["ref-2"].volume, ref["ref-2"].supplement, ref["ref-2"].first_page, ref["ref-2"].last_page) == (
        "25", "44", "S88", "S98")
    assert (ref["ref-3"].first_page, ref["ref-3"].last_page) == ("840", "856")
    assert (ref["ref-17"].first_page, ref["ref-17"].last_page) == ("1961", "1963")
    assert (ref["ref-19"].volume, ref["ref-19"].issue, ref["ref-19"].first_page) == ("2014", None, None)
    assert (ref["ref-20"].first_page, ref["ref-20"].last_page) == ("425", None)
    assert ref["ref-11"].authors == [] and ref["ref-11"].group_author == "Arbeitsgemeinschaft fur Padiatrische Nephrologie"
    for n in (10, 12, 14):
        assert ref[f"ref-{n}"].authors and ref[f"ref-{n}"].group_author
        assert ref[f"ref-{n}"].group_author not in ref[f"ref-{n}"].title
    assert len(ref["ref-22"].authors) == 4 and ref["ref-22"].et_al


# --- the complete example -----------------------------------------------------------------------


def test_complete_example_has_no_error_finding(complete):
    errors = [f"{f.rule} {f.path}: {f.message}" for f in validate(complete) if f.severity == Severity.ERROR]
    assert errors == []


def test_complete_example_is_marked_fictional_and_fills_every_care_part(complete):
    meta = complete.metadata
    assert "Fictional example" in meta.title and "case report" in meta.title.lower()
    assert 3 <= len(meta.keywords) <= 5
    for text in (complete.abstract.background, complete.abstract.case_presentation, complete.abstract.conclusion,
                 complete.introduction, complete.clinical_findings, complete.discussion,
                 complete.patient_perspective, complete.consent.statement, complete.patient.medical_history,
                 complete.patient.family_history, complete.patient.psychosocial_history):
        assert text and text.strip()
    assert complete.consent.obtained is True
    assert all(d.basis for d in complete.diagnoses) and complete.adverse_events and complete.timeline
    assert {str(n) for n in range(1, 14)} <= set(complete.care_notes)
    assert all(r.container.startswith("Fict") for r in complete.references)


def test_complete_example_has_a_laboratory_series(complete):
    for name in ("serum albumin", "24-hour urine protein"):
        series = [i for i in complete.investigations if i.name == name]
        assert len(series) >= 8
        assert all(i.unit and i.reference_range and i.time.date for i in series)
        dates = [i.time.date for i in series]
        assert dates == sorted(dates) and len(set(dates)) == len(dates)


def test_complete_example_doses_agree_and_courses_are_dated(complete):
    for course in complete.treatment_courses:
        assert course.start and course.start.date and course.dose and course.frequency
        if course.cumulative_dose is not None:
            assert same_amount(cumulative_dose(course), course.cumulative_dose) is True


def test_complete_example_links_and_cites_everything(complete):
    ids = {item.id for _, _, item in complete.identified_items()}
    for outcome in complete.outcomes:
        assert outcome.course_ids and outcome.evidence_ids
        assert set(outcome.course_ids + outcome.evidence_ids) <= ids
    assert set(reference_numbers(complete)) == {r.id for r in complete.references}
    assert 6 <= len(complete.references) <= 10


# --- helpers ------------------------------------------------------------------------------------


def _qty(value, unit):
    from editor.domain import Quantity

    return Quantity(value=value, unit=unit)


def _printed_forms(ref) -> list[str]:
    """The Vancouver lines the structured fields can have been printed as (pages in full or shortened)."""
    names = ", ".join(f"{a.family} {a.initials}" for a in ref.authors)
    if ref.et_al:
        names += ", et al"
    head = f"{names}. " if names else ""
    title = f"{ref.title}. "
    if ref.group_author:
        title += f"{ref.group_author}. " if ref.authors else f"Report of {ref.group_author}. "
    source = f"{ref.container}. {ref.year};{ref.volume}"
    source += f"({ref.issue})" if ref.issue else ""
    source += f" Suppl {ref.supplement}" if ref.supplement else ""
    if ref.article_number:
        return [f"{head}{title}{source}:{ref.article_number}."]
    if not ref.first_page:
        return [f"{head}{title}{source}."]
    return [f"{head}{title}{source}:{pages}." for pages in _page_forms(ref.first_page, ref.last_page)]


def _page_forms(first: str, last: str | None) -> list[str]:
    if last is None:
        return [first]
    forms = [f"{first}-{last}"]
    if len(first) == len(last):  # "1961-3": the shared leading digits are left out
        forms += [f"{first}-{last[k:]}" for k in range(1, len(last)) if first[:k] == last[:k]]
    return forms
