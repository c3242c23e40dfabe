"""APA 7 in-text citations (Publication Manual 7th ed., 8.10-8.22), against hand-written text.

Each case is a small report rendered to Markdown with ``style="apa"``: what a reader
sees in the text and in the reference list, character for character.
"""

from editor.domain import CaseReport, PersonName, Reference
from editor.io.markdown import render_markdown
from editor.io.report_text import build_outline, plain_text


def person(family, initials="A"):
    return PersonName(family=family, initials=initials)


def article(ref_id, names, year, title="A study", **extra):
    return Reference(id=ref_id, authors=[person(*n) if isinstance(n, tuple) else person(n) for n in names],
                     title=title, container="J Clin Med", year=year, **extra)


def cited(text, refs, style="apa"):
    """The text as printed in ``style``, citations rendered."""
    outline = build_outline(CaseReport(introduction=text, references=refs), style)
    return plain_text(text, outline.numbers)


def listed(refs, text="", style="apa"):
    """The reference list as printed (Markdown paragraphs)."""
    md = render_markdown(CaseReport(introduction=text, references=refs), style=style)
    return [line for line in md.split("## References", 1)[1].splitlines() if line]


def test_one_two_and_three_or_more_authors_and_a_group():
    refs = [article("one", ["Korbet"], 2003), article("two", ["Smith", "Jones"], 2010),
            article("three", ["Kim", "Han", "Choi"], 2016),
            Reference(id="group", group_author="KDIGO", title="Guideline", container="Kidney Int", year=2021)]
    assert cited("A [@one]. B [@two]. C [@three]. D [@group].", refs) == (
        "A (Korbet, 2003). B (Smith & Jones, 2010). C (Kim et al., 2016). D (KDIGO, 2021).")


def test_a_list_cut_with_et_al_cites_the_first_author_et_al():
    refs = [article("cut", ["Ochi", "Takei"], 2012, et_al=True)]
    assert cited("[@cut]", refs) == "(Ochi et al., 2012)"


def test_several_works_in_one_parenthesis_follow_the_reference_list_and_a_repeat_shows_once():
    refs = [article("z", ["Zhou"], 2018), article("a", ["Adams", "Baker"], 2020), article("m", ["Meyer"], 2001)]
    assert cited("Shown [@z; @m; @a; @z].", refs) == "Shown (Adams & Baker, 2020; Meyer, 2001; Zhou, 2018)."


def test_the_same_work_cited_twice_reads_the_same_both_times():
    refs = [article("k", ["Kim", "Han", "Choi"], 2016)]
    assert cited("First [@k]. Later [@k].", refs) == "First (Kim et al., 2016). Later (Kim et al., 2016)."


def test_same_authors_same_year_get_letters_in_text_and_list_ordered_by_title():
    refs = [article("beta", ["Lee"], 2019, title="Beta cells"), article("alpha", ["Lee"], 2019, title="Alpha cells")]
    assert cited("[@beta]; [@alpha; @beta]", refs) == "(Lee, 2019b); (Lee, 2019a, 2019b)"
    assert listed(refs, "[@beta]") == [
        "Lee, A. (2019a). Alpha cells. J Clin Med.",
        "Lee, A. (2019b). Beta cells. J Clin Med.",
    ]


def test_one_authors_works_of_different_years_share_the_name():
    refs = [article("old", ["Zhou"], 2018), article("new", ["Zhou"], 2020)]
    assert cited("[@new; @old]", refs) == "(Zhou, 2018, 2020)"


def test_different_author_lists_that_shorten_alike_are_told_apart():
    # 8.18: Kapoor, Bloom, Montez, et al. (2017) / Kapoor, Bloom, Zucker, et al. (2017)
    refs = [article("m", ["Kapoor", "Bloom", "Montez", "Wall", "Ode"], 2017),
            article("z", ["Kapoor", "Bloom", "Zucker", "Wall", "Ode"], 2017)]
    assert cited("[@m] [@z]", refs) == "(Kapoor, Bloom, Montez, et al., 2017) (Kapoor, Bloom, Zucker, et al., 2017)"
    # "et al." cannot stand for one name: when only the last author differs, all are named
    refs = [article("h", ["Kim", "Han", "Choi"], 2016), article("p", ["Kim", "Park", "Choi"], 2016)]
    assert cited("[@h; @p]", refs) == "(Kim, Han, & Choi, 2016; Kim, Park, & Choi, 2016)"


def test_alike_lists_of_different_years_are_neither_expanded_nor_joined():
    refs = [article("a", ["Cattran", "Appel", "Hebert"], 1999), article("b", ["Cattran", "Wang", "Appel"], 2004)]
    assert cited("[@b; @a]", refs) == "(Cattran et al., 1999; Cattran et al., 2004)"


def test_no_date_is_nd_and_no_author_is_a_short_title():
    refs = [article("nd", ["Nod"], None),
            Reference(id="t", title="Rituximab for nephrotic syndrome in adults", container="Lancet", year=2020),
            Reference(id="b", kind="book", title="Harrison's principles of internal medicine", year=2018)]
    assert cited("[@nd] [@t] [@b]", refs) == (
        '(Nod, n.d.) ("Rituximab for Nephrotic Syndrome," 2020) (Harrison\'s Principles of Internal Medicine, 2018)')
    two = [article("x", ["Nod"], None, title="Xylitol"), article("y", ["Nod"], None, title="Yeast")]
    assert cited("[@y; @x]", two) == "(Nod, n.d.-a, n.d.-b)"
    assert listed(two, "[@x]")[0] == "Nod, A. (n.d.-a). Xylitol. J Clin Med."


def test_an_unknown_id_shows_a_question_mark():
    refs = [article("k", ["Korbet"], 2003)]
    assert cited("[@k; @gone] [@gone]", refs) == "(Korbet, 2003; ?) (?)"


def test_vancouver_and_ama_stay_numbered():
    refs = [article("z", ["Zhou"], 2018), article("a", ["Adams"], 2020)]
    for style in ("vancouver", "ama"):
        assert cited("Shown [@z; @a].", refs, style) == "Shown [1,2]."
        assert listed(refs, "Shown [@z; @a].", style)[0].startswith("1. Zhou A")
