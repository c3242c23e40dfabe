"""The seed case in APA 7 in every export: author-date citations and an alphabetical, unnumbered list.

Expected text is written by hand from the seed's references and the APA Publication
Manual (7th ed.): 8.12 (several works in one parenthesis, in reference-list order),
8.17 (one, two, three or more authors; group author), 9.44-9.47 (list order: by
surname, one-author works before multi-author works of the same first author),
9.25 and 6.17 (sentence case, subtitle capitalised), 9.43 (en dash in page ranges).
The seed stores some journal names abbreviated; APA entries keep the name given.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from lxml import etree

from editor.io import native
from editor.io.docx_export import export_docx
from editor.io.html import render_html
from editor.io.jats_export import render_jats
from editor.io.markdown import render_markdown

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "rituximab-fsgs.case.json"

CITATIONS = [
    "nephrologists (Kim et al., 2016; Valerio et al., 2008).",
    "mainstay of treatment (Crenshaw et al., 2000; Korbet, 2003; Maschio et al., 1996; "
    "Radhakrishnan & Cattran, 2012; Stiles et al., 2001).",
    "not achieved (Arbeitsgemeinschaft fur Padiatrische Nephrologie, 1987; Cattran, 2003; Cattran et al., 1999; "
    "Cattran et al., 2004; Choi et al., 2002; Meyrier et al., 1994; Ponticelli et al., 1993).",
]

ENTRIES = [  # the first three entries of the list, then two more from further down
    "Ahn, Y. H., Kang, H. G., Lee, J. M., Choi, H. J., Ha, I. S., & Cheong, H. I. (2014). Development of "
    "antirituximab antibodies in children with nephrotic syndrome. Pediatric Nephrol, 29(8), 1461–1464.",
    "Arbeitsgemeinschaft fur Padiatrische Nephrologie. (1987). Cyclophosphamide treatment of steroid dependent "
    "nephrotic syndrome: Comparison of eight week with 12 week course. Arch Dis Childhood, 62(11), 1102–1106.",
    "Cattran, D. C. (2003). Cyclosporine in the treatment of idiopathic focal segmental glomerulosclerosis. "
    "Seminars in Nephrology, 23(2), 234–241.",
    "Ponticelli, C. (2010). Recurrence of focal segmental glomerular sclerosis (FSGS) after renal transplantation. "
    "Nephrol Dial Transplant, 25(1), 25–31.",
    "Radhakrishnan, J., & Cattran, D. C. (2012). The KDIGO practice guideline on glomerulonephritis: Reading "
    "between the (guide)lines--application to the individual patient. Kidney International, 82(8), 840–856.",
]
# first words of all 26 entries, alphabetically (Ponticelli alone before Ponticelli et al.)
FIRST_WORDS = ("Ahn Arbeitsgemeinschaft Cattran Cattran Cattran Choi Crenshaw El-Firjani Fernandez-Fresnedo Kim "
               "Korbet Marasa Maschio Meyrier Nakayama Ochi Pescovitz Ponticelli Ponticelli Radhakrishnan Ren "
               "Segarra Stiles Valerio Wei Yoo").split()


@pytest.fixture(scope="module")
def seed():
    return native.load(SAMPLE)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_markdown(seed):
    md = render_markdown(seed, style="apa")
    for citation in CITATIONS:
        assert citation in md
    refs = [line for line in md.split("## References\n", 1)[1].splitlines() if line]
    assert [r.split()[0].rstrip(",") for r in refs] == FIRST_WORDS
    for entry in ENTRIES:
        assert entry in refs
    assert refs[:3] == ENTRIES[:3]
    assert not re.search(r"\[\d", md) and not re.search(r"^\d+\. ", md.split("## References")[1], re.M)


def test_html_links_every_work_to_its_entry(seed):
    page = render_html(seed, style="apa")
    assert ('(<a class="cite" href="#ref-1">Kim et al., 2016</a>; '
            '<a class="cite" href="#ref-2">Valerio et al., 2008</a>)') in page
    assert '<a class="cite" href="#ref-3">Radhakrishnan &amp; Cattran, 2012</a>' in page
    assert '<p class="reference" id="ref-26">Ahn, Y. H., Kang, H. G.,' in page
    assert "<ol" not in page  # no numbered list
    text = _words(re.sub(r"<[^>]+>", "", page)).replace("&amp;", "&")
    for line in CITATIONS + ENTRIES:
        assert line in text


def test_docx_has_author_date_text_and_a_hanging_indent_list(seed, tmp_path):
    paras = Document(str(export_docx(seed, tmp_path / "apa.docx", style="apa"))).paragraphs
    text = "\n".join(p.text for p in paras)
    for citation in CITATIONS:
        assert citation in text
    start = [p.text for p in paras].index("References") + 1
    refs = paras[start:start + 26]
    assert [p.text for p in refs[:3]] == ENTRIES[:3]
    assert refs[0].paragraph_format.first_line_indent < 0 < refs[0].paragraph_format.left_indent


def test_jats_keeps_xrefs_with_author_date_text_and_lists_alphabetically(seed):
    root = etree.fromstring(render_jats(seed, style="apa"))
    background = root.find(".//abstract//p")
    text = _words("".join(background.itertext()))
    for citation in CITATIONS:
        assert citation in text
    xrefs = [(x.get("rid"), x.text) for x in background.iter("xref")]
    assert xrefs[:2] == [("ref-1", "Kim et al., 2016"), ("ref-2", "Valerio et al., 2008")]
    refs = root.findall(".//ref-list/ref")
    assert [r.findtext(".//surname") or r.findtext(".//collab") for r in refs][:3] == [
        "Ahn", "Arbeitsgemeinschaft fur Padiatrische Nephrologie", "Cattran"]
    assert root.find(".//ref-list/ref/label") is None
    assert {rid for rid, _ in xrefs} <= {r.get("id") for r in refs}


def test_pdf_prints_author_date_citations_and_the_alphabetical_list(seed, tmp_path, qapp):
    import pypdf

    from editor.qt.export_menu import export_pdf

    path = export_pdf(seed, tmp_path / "apa.pdf", style="apa")
    # pypdf breaks the text around each link; compared without white space
    text = re.sub(r"\s+", "", " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages))
    assert "(Kimetal.,2016;Valerioetal.,2008)" in text
    assert text.index("Ahn,Y.H.,Kang,H.G.") < text.index("ArbeitsgemeinschaftfurPadiatrischeNephrologie.(1987)")


def test_vancouver_export_is_unchanged_numbered(seed):
    md = render_markdown(seed, style="vancouver")
    assert "nephrologists \\[1,2\\]." in md
    assert "\n1. Kim JS, Han BG, Choi SO, Cha SK." in md
