"""AMA 11th and APA 7th through citeproc-py and the shipped CSL files, against hand-written text.

Expected strings follow the AMA Manual of Style (11th ed., ch. 3) and the APA
Publication Manual (7th ed., ch. 9-10), applied to the seed's references as stored
(the seed writes some journals in full, e.g. "Kidney International"; styles keep
the journal name they are given).
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.domain import CaseReport, PersonName, Reference
from editor.references.csl_item import spaced_initials, to_csl_item
from editor.references.styles import (
    STYLES,
    UnknownStyleError,
    render_bibliography,
    render_bibliography_html,
)
from editor.references.vancouver import format_reference_list

from .seed_refs import SEED_REFERENCES

ROOT = Path(__file__).resolve().parents[2]


def seed(*numbers):
    return [SEED_REFERENCES[n - 1] for n in numbers]


def report_citing(refs, cited=None):
    cited = cited if cited is not None else [r.id for r in refs]
    text = " ".join(f"Claim [@{i}]." for i in cited)
    return CaseReport(introduction=text, references=[r.model_copy(deep=True) for r in refs])


def texts(report, style):
    return [t for _, t in render_bibliography(report, style)]


AMA = {
    1: "Kim JS, Han BG, Choi SO, Cha SK. Secondary focal segmental glomerulosclerosis: From podocyte injury to glomerulosclerosis. Bio Med Res Int. 2016;2016:1630365.",
    2: "Valerio F, Sottini L, Turina S, et al. Choosing the right treatment approach in focal and segmental glomerular sclerosis with chronic renal failure. Giornale Italiano di nefrologia: organo ufficiale della Societa italiana di nefrologia. 2008;25(suppl 44):S88-S98.",
    3: "Radhakrishnan J, Cattran DC. The KDIGO practice guideline on glomerulonephritis: reading between the (guide)lines--application to the individual patient. Kidney International. 2012;82(8):840-856.",
    14: "Meyrier A, Noel LH, Auriche P, Callard P; Collaborative Group of the Societe de Nephrologie. Long-term renal tolerance of cyclosporin A treatment in adult idiopathic nephrotic syndrome. Kidney International. 1994;45(5):1446-1456.",
    19: "Marasa M, Cravedi P, Ruggiero B, Ruggenenti P. Refractory focal segmental glomerulosclerosis in the adult: complete and sustained remissions of two episodes of nephrotic syndrome after a single dose of rituximab. BMJ Case Rep. 2014;2014.",
    26: "Ahn YH, Kang HG, Lee JM, Choi HJ, Ha IS, Cheong HI. Development of antirituximab antibodies in children with nephrotic syndrome. Pediatric Nephrol. 2014;29(8):1461-1464.",
}

APA = {
    1: "Kim, J. S., Han, B. G., Choi, S. O., & Cha, S. K. (2016). Secondary focal segmental glomerulosclerosis: From podocyte injury to glomerulosclerosis. Bio Med Res Int, 2016, Article 1630365.",
    2: "Valerio, F., Sottini, L., Turina, S., et al. (2008). Choosing the right treatment approach in focal and segmental glomerular sclerosis with chronic renal failure. Giornale Italiano di nefrologia: organo ufficiale della Societa italiana di nefrologia, 25(Suppl. 44), S88–S98.",
    3: "Radhakrishnan, J., & Cattran, D. C. (2012). The KDIGO practice guideline on glomerulonephritis: Reading between the (guide)lines--application to the individual patient. Kidney International, 82(8), 840–856.",
    11: "Arbeitsgemeinschaft fur Padiatrische Nephrologie. (1987). Cyclophosphamide treatment of steroid dependent nephrotic syndrome: Comparison of eight week with 12 week course. Arch Dis Childhood, 62(11), 1102–1106.",
    25: "Nakayama, M., Kamei, K., Nozu, K., et al. (2008). Rituximab for refractory focal segmental glomerulosclerosis. Pediatric Nephrology, 23(3), 481–485.",
}


@pytest.mark.parametrize("number", sorted(AMA))
def test_ama_matches_the_manual_for_seed_references(number):
    assert texts(report_citing(seed(number)), "ama") == [AMA[number]]


@pytest.mark.parametrize("number", sorted(APA))
def test_apa_matches_the_manual_for_seed_references(number):
    assert texts(report_citing(seed(number)), "apa") == [APA[number]]


def test_ama_keeps_citation_order_and_numbers():
    report = report_citing(seed(1, 3, 14), cited=["ref-3", "ref-1"])
    assert render_bibliography(report, "ama") == [(1, AMA[3]), (2, AMA[1]), (None, AMA[14])]


def test_apa_lists_alphabetically_and_keeps_the_citation_numbers_beside_entries():
    report = report_citing(seed(3, 1, 11), cited=["ref-3", "ref-1", "ref-11"])
    assert render_bibliography(report, "apa") == [(3, APA[11]), (2, APA[1]), (1, APA[3])]


def test_ama_more_than_six_authors_lists_three_then_et_al():
    names = [PersonName(family=f"Author{c}", initials="A") for c in "ABCDEFG"]
    ref = Reference(id="x", authors=names, title="Trial", container="JAMA", year=2020, volume="323", issue="1", first_page="10", last_page="19")
    assert texts(report_citing([ref]), "ama") == ["AuthorA A, AuthorB A, AuthorC A, et al. Trial. JAMA. 2020;323(1):10-19."]


def test_books_and_chapters_in_ama_and_apa():
    book = Reference(id="b", kind="book", authors=[PersonName(family="Murray", initials="PR")], title="Medical microbiology",
                     edition="4", place="St. Louis", publisher="Mosby", year=2002)
    chapter = Reference(id="c", kind="chapter", authors=[PersonName(family="Meltzer", initials="PS")],
                        title="Chromosome alterations in human solid tumors",
                        editors=[PersonName(family="Vogelstein", initials="B"), PersonName(family="Kinzler", initials="KW")],
                        container="The genetic basis of human cancer", place="New York", publisher="McGraw-Hill",
                        year=2002, first_page="93", last_page="113")
    report = report_citing([book, chapter])
    # AMA 11 drops the publisher's city and title-cases book titles.
    assert texts(report, "ama") == [
        "Murray PR. Medical Microbiology. 4th ed. Mosby; 2002.",
        "Meltzer PS. Chromosome alterations in human solid tumors. In: Vogelstein B, Kinzler KW, eds. The Genetic Basis of Human Cancer. McGraw-Hill; 2002:93-113.",
    ]
    assert texts(report, "apa") == [
        "Meltzer, P. S. (2002). Chromosome alterations in human solid tumors. In B. Vogelstein & K. W. Kinzler (Eds.), The genetic basis of human cancer (pp. 93–113). McGraw-Hill.",
        "Murray, P. R. (2002). Medical microbiology (4th ed.). Mosby.",
    ]


def test_reference_without_author_starts_with_its_title_once():
    ref = Reference(id="n", title="Rituximab for nephrotic syndrome", container="Lancet", year=2020, volume="395", issue="10223", first_page="100")
    assert texts(report_citing([ref]), "ama") == ["Rituximab for nephrotic syndrome. Lancet. 2020;395(10223):100."]
    assert texts(report_citing([ref]), "apa") == ["Rituximab for nephrotic syndrome. (2020). Lancet, 395(10223), 100."]


def test_doi_forms():
    ref = seed(3)[0].model_copy(update={"doi": "https://doi.org/10.1038/ki.2012.280"})
    assert texts(report_citing([ref]), "ama")[0].endswith("2012;82(8):840-856. doi:10.1038/ki.2012.280")
    assert texts(report_citing([ref]), "apa")[0].endswith("82(8), 840–856. https://doi.org/10.1038/ki.2012.280")


def test_html_variant_italicises_journal_and_escapes_our_text():
    ref = Reference(id="h", authors=[PersonName(family="O'Brien & Co", initials="A")], title="IgA <script>alert(1)</script> nephropathy",
                    container="Kidney Int", year=2020, volume="97", issue="1", first_page="1", last_page="9")
    for style in ("ama", "apa", "vancouver"):
        (_, entry), = render_bibliography_html(report_citing([ref]), style)
        assert "<script>" not in entry
        assert "&lt;script&gt;" in entry and "O'Brien &amp; Co" in entry
    (_, ama), = render_bibliography_html(report_citing([ref]), "ama")
    assert "<i>Kidney Int</i>" in ama


def test_vancouver_style_is_our_formatter():
    report = report_citing(seed(1, 2, 3), cited=["ref-2"])
    assert render_bibliography(report, "vancouver") == format_reference_list(report)


def test_unknown_style_is_a_clear_error():
    with pytest.raises(UnknownStyleError, match="vancouver, ama, apa"):
        render_bibliography(CaseReport(), "harvard")


def test_every_style_renders_an_empty_report():
    assert all(render_bibliography(CaseReport(), key) == [] for key in STYLES)


def test_citeproc_is_not_imported_until_a_csl_style_is_used():
    code = (
        "import sys\n"
        "from editor.domain import CaseReport, Reference\n"
        "from editor.references.styles import render_bibliography\n"
        "r = CaseReport(references=[Reference(title='T', year=2000)])\n"
        "render_bibliography(r, 'vancouver')\n"
        "assert 'citeproc' not in sys.modules, 'loaded too early'\n"
        "render_bibliography(r, 'ama')\n"
        "assert 'citeproc' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --- the CSL-JSON item ----------------------------------------------------------


def test_csl_item_carries_every_field():
    ref = Reference(id="r1", kind="chapter", authors=[PersonName(family="Kim", initials="JS")], group_author="Study Group",
                    title="T", container="Book", editors=[PersonName(family="Ed", given="Anna")], edition="2",
                    place="Oxford", publisher="OUP", year=2012, month=3, day=15, volume="82", issue="8", supplement="2",
                    first_page="840", last_page="856", article_number="e1", doi="doi:10.1/X", pmid="1", pmcid="PMC2",
                    url="https://x.org", accessed="2024-01-03")
    item = to_csl_item(ref)
    assert item == {
        "id": "r1", "type": "chapter",
        "author": [{"family": "Kim", "given": "J. S."}, {"literal": "Study Group"}],
        "editor": [{"family": "Ed", "given": "Anna"}],
        "title": "T", "container-title": "Book", "volume": "82", "issue": "8 Suppl 2", "page": "840-856",
        "number": "e1", "edition": "2", "publisher": "OUP", "publisher-place": "Oxford", "DOI": "10.1/X",
        "PMID": "1", "PMCID": "PMC2", "URL": "https://x.org", "issued": {"date-parts": [[2012, 3, 15]]},
        "accessed": {"date-parts": [[2024, 1, 3]]}, "note": "Supplement: 2",
    }


def test_initials_are_spaced_for_csl():
    assert spaced_initials("DC") == "D. C."
    assert spaced_initials("J.-P.") == "J.-P."
    assert spaced_initials("") == ""


def test_csl_items_of_the_seed_validate_against_the_csl_json_schema():
    jsonschema = pytest.importorskip("jsonschema")
    candidates = [ROOT / "tests" / "data" / "csl-data.json", ROOT.parent / "shared" / "csl" / "csl-data.json"]
    schema_path = next((p for p in candidates if p.exists()), None)
    if schema_path is None:
        pytest.skip("CSL-JSON schema not available")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.validate([to_csl_item(r) for r in SEED_REFERENCES], schema)


def test_rendering_again_after_an_edit_shows_the_edit():
    """The render cache must never serve a stale entry."""
    report = report_citing(seed(3))
    first = texts(report, "apa")
    assert texts(report, "apa") == first
    report.references[0].title = "A corrected title"
    assert texts(report, "apa")[0].startswith("Radhakrishnan, J., & Cattran, D. C. (2012). A corrected title.")


def test_web_page_in_ama_and_apa():
    page = Reference(id="w", kind="web", group_author="KDIGO", title="KDIGO guidelines", year=2021, month=5, day=2,
                     accessed="2024-01-03", url="https://kdigo.org/guidelines/")
    report = report_citing([page])
    assert texts(report, "ama") == ["KDIGO. KDIGO guidelines. Published May 2, 2021. Accessed January 3, 2024. https://kdigo.org/guidelines/"]
    assert texts(report, "apa") == ["KDIGO. (2021, May 2). KDIGO guidelines. https://kdigo.org/guidelines/"]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_sample_renders_one_entry_per_reference(style, samples_dir):
    for path in sorted(samples_dir.glob("*.case.json")):
        try:
            report = CaseReport.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except ValueError:
            continue  # a deliberately unreadable sample is the loader's business
        entries = render_bibliography(report, style)
        assert len(entries) == len(report.references), path.name
        assert all(text.strip() and "None" not in text and "(Publication)" not in text for _, text in entries), path.name
