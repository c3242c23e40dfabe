"""Broken records are reported one by one while the rest imports; non-lists change nothing."""

from __future__ import annotations

import json

import pytest

from editor.io.refs import NotAReferenceList, import_references

BIB = r"""% exported by hand
@string{nejm = "N Engl J Med"}
@article(pescovitz2006,
  author = {Pescovitz, M. D. and M{\"u}ller, J{\'e}r{\^o}me and {North America Study Group} and others},
  title = {{Resolution} of recurrent {FSGS} \& proteinuria},
  journal = nejm # " Suppl",
  year = 2006, month = may,
  pages = {1961--3}
)
@article{broken,
  author = {Nobody, A.},
  title = {never closed
@book{kdigo2021, title = {KDIGO guideline}, publisher = {KDIGO}, address = {Brussels}, year = {2021}}
"""


def test_bibtex_macros_accents_parentheses_and_a_broken_entry(tmp_path):
    path = tmp_path / "library.bib"
    path.write_text(BIB, encoding="utf-8")
    result = import_references(path)
    first, book = result.references
    assert [a.family for a in first.authors] == ["Pescovitz", "Müller"]
    assert first.authors[1].given == "Jérôme"
    assert first.group_author == "North America Study Group" and first.et_al
    assert first.title == "Resolution of recurrent FSGS & proteinuria"
    assert first.container == "N Engl J Med Suppl"
    assert (first.month, first.first_page, first.last_page) == (5, "1961", "1963")
    assert (book.kind, book.place, book.publisher) == ("book", "Brussels", "KDIGO")
    [problem] = result.problems
    assert (problem.record, problem.line) == (2, 10)
    assert "not closed" in problem.reason


def test_ris_record_without_end_is_reported_and_the_others_import(tmp_path):
    text = ("TY  - JOUR\r\nAU  - Kim, J. S.\r\nTI  - First\r\nER  - \r\n\r\n"
            "TY  - JOUR\r\nTI  - Second, cut short\r\n"
            "TY  - JOUR\r\nTI  - Third\r\nPY  - 2001\r\nER  - \r\n")
    path = tmp_path / "export.ris"
    path.write_bytes(text.encode("utf-8"))
    result = import_references(path)
    assert [r.title for r in result.references] == ["First", "Third"]
    [problem] = result.problems
    assert (problem.record, problem.line) == (2, 6)
    assert "ER" in problem.reason


def test_csl_json_html_titles_literal_dates_and_a_bad_item(tmp_path):
    items = [
        {"id": "a", "type": "article-journal", "title": "Rituximab in <i>FSGS</i> &amp; MCD: 2 &lt; 3",
         "author": [{"family": "Ren", "given": "H."}, {"literal": "FSGS Study Group"}],
         "container-title": "Oncotarget", "issued": {"literal": "2017 Nov 10"}, "page": "93438-43"},
        "not an item",
        {"id": "c", "type": "book", "title": "<script>alert(1)</script>Nephrology",
         "issued": {"date-parts": [["2019", "3"]]}, "accessed": {"date-parts": [[2020, 1, 3]]}},
    ]
    path = tmp_path / "zotero.json"
    text = json.dumps(items, indent=2)
    path.write_text(text, encoding="utf-8")
    bad_line = text.splitlines().index('  "not an item",') + 1
    result = import_references(path)
    first, book = result.references
    assert first.title == "Rituximab in FSGS & MCD: 2 < 3"
    assert first.group_author == "FSGS Study Group"
    assert (first.year, first.month, first.day) == (2017, 11, 10)
    assert first.last_page == "93443"
    assert book.title == "alert(1)Nephrology" and (book.year, book.month) == (2019, 3)
    assert book.accessed == "2020-01-03"
    [problem] = result.problems
    assert (problem.record, problem.line) == (2, bad_line)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"%PDF-1.7\x00\x01binary", "binary"),
    (b"Dear colleague,\nplease find the case attached.\n", "not a reference list"),
    (b"[{\"id\": 1,", "not valid JSON"),
    (b'{"name": "my-app", "version": "1.0"}', "JSON, but not CSL-JSON"),  # some other program's JSON
    (b"[1, 2, 3]", "JSON, but not CSL-JSON"),
    (b'{"schema_version": 1, "metadata": {"title": "A case"}}', "this is a case report"),
])
def test_files_that_are_no_reference_list_get_one_clear_message(tmp_path, content, message):
    path = tmp_path / "file.txt"
    path.write_bytes(content)
    with pytest.raises(NotAReferenceList, match=message):
        import_references(path)


def test_a_csl_item_with_names_written_as_text_says_which_field(tmp_path):
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"type": "article-journal", "title": "Fine"},
                                {"type": "article-journal", "title": "Odd", "author": "Kim JS"}]), encoding="utf-8")
    result = import_references(path)
    assert [r.title for r in result.references] == ["Fine"]
    [problem] = result.problems
    assert problem.record == 2 and "'author' should be a list of names" in problem.reason
