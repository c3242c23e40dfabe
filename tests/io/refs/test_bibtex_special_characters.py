"""Characters LaTeX treats as commands (# % & _ $ ~ ^ \\ { }) survive BibTeX in both directions."""

from __future__ import annotations

import json
import subprocess

import pypandoc

from editor.domain.references import PersonName, Reference
from editor.io.refs import export_references, import_references

# As Zotero and Better BibTeX escape them; '{Case #2}' is what people type by hand.
ESCAPED = r"""@string{kint = "Kidney Int"}
@article{zotero,
  author = {Ruggenenti, Piero},
  title = {Patient \#1 of 3: 50\% \& more, {IgA\_N} at {\textasciitilde}40 x\textasciicircum{}2},
  journal = kint # { Suppl},
  note = {Case #2 here},
  year = {2014}
}
"""


def test_escaped_specials_are_read_as_the_characters_and_macros_still_join(tmp_path):
    path = tmp_path / "zotero.bib"
    path.write_text(ESCAPED, encoding="utf-8")
    [ref] = import_references(path).references
    assert ref.title == "Patient #1 of 3: 50% & more, IgA_N at ~40 x^2"
    assert ref.container == "Kidney Int Suppl"  # kint # { Suppl} is still a concatenation


def test_a_hash_inside_words_is_not_a_macro_concatenation(tmp_path):
    path = tmp_path / "hand.bib"
    path.write_text("@article{a, title = {Case #1 revisited}, journal = {Lancet}, year = 2001}\n", encoding="utf-8")
    [ref] = import_references(path).references
    assert ref.title == "Case #1 revisited"


def _pandoc(bib):
    return subprocess.run([pypandoc.get_pandoc_path(), "--from", "bibtex", "--to", "csljson", str(bib)],
                          capture_output=True, text=True, timeout=60, check=False)


TITLE = r"Dose {sic} & #1: 50% of C_max ~ x^2 at $5 per \mg -- a case"


def test_export_escapes_every_special_so_pandoc_and_we_read_the_same_title(tmp_path):
    ref = Reference(id="a", authors=[PersonName(family="Müller", initials="HJ")], title=TITLE,
                    container="N Engl J Med", year=2020, volume="382", first_page="1")
    bib = tmp_path / "out.bib"
    export_references([ref], "bibtex", bib)
    assert import_references(bib).references[0].title == TITLE
    run = _pandoc(bib)
    assert run.returncode == 0 and run.stderr.strip() == ""
    [item] = json.loads(run.stdout)
    assert item["title"] == TITLE


def test_capitals_in_titles_are_protected_from_lower_casing_by_pandoc(tmp_path):
    """BibTeX styles and pandoc lower-case unbraced capitals; a name or an acronym must survive."""
    ref = Reference(id="c", title="Focal segmental glomerulosclerosis in African Americans treated with cyclosporin A",
                    container="Am J Med Sci", year=2000, volume="319")
    bib = tmp_path / "caps.bib"
    export_references([ref], "bibtex", bib)
    assert "{African} {Americans}" in bib.read_text(encoding="utf-8")
    assert import_references(bib).references[0].title == ref.title
    run = _pandoc(bib)
    assert json.loads(run.stdout)[0]["title"] == ref.title
