"""The references panel: numbering, filter, kind-dependent form, cited-in, delete, paste, duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor.domain.references import ReferenceKind
from editor.io.native import load, save
from editor.qt import interaction
from editor.qt.models.references import UNCITED
from editor.qt.panels.reference_duplicates import DIFFERENT, DuplicatesDialog
from editor.qt.panels.reference_paste import COLUMNS, DOUBT, PasteReferencesDialog
from editor.qt.panels.references_panel import ReferencesPanel

from .panel_support import Answers, choose, collect_qt_garbage, seed_document, type_into  # noqa: F401 (autouse fixture)

PASTED = """1. Cattran DC, Appel GB, Hebert LA, et al. A randomized trial of cyclosporine in patients with steroid-resistant focal segmental glomerulosclerosis. Kidney Int. 1999;56(6):2220-6.
2. Ruggenenti P, Ruggiero B, Cravedi P, et al. Rituximab in steroid-dependent or frequently relapsing idiopathic nephrotic syndrome. J Am Soc Nephrol. 2014;25(4):850-63. doi:10.1681/ASN.2013030251
"""


def make_panel(qtbot, document=None):
    panel = ReferencesPanel(document or seed_document())
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    return panel


def shown_column(panel, column: int) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_cited_references_come_first_in_citation_order_and_uncited_are_marked(qtbot):
    panel = make_panel(qtbot)
    numbers = shown_column(panel, 0)
    cited = [n for n in numbers if n != UNCITED]
    assert cited == [str(i) for i in range(1, len(cited) + 1)] and cited
    assert numbers == cited + [UNCITED] * (len(numbers) - len(cited))
    uncited_row = numbers.index(UNCITED)
    assert panel.proxy.index(uncited_row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    ref_id = panel.proxy.index(uncited_row, 0).data(Qt.ItemDataRole.UserRole + 1).id
    discussion = panel.document.report.discussion
    panel.document.set_value("/discussion", f"[@{ref_id}] {discussion}")  # now cited first of all in the discussion
    assert panel.model.numbers[ref_id] <= len(cited) + 1
    assert UNCITED not in shown_column(panel, 0)[: len(cited) + 1]
    panel.document.undo_stack.undo()
    assert ref_id not in panel.model.numbers


def test_filter_box_matches_any_column(qtbot):
    panel = make_panel(qtbot)
    qtbot.keyClicks(panel.filter, "rituximab")
    titles = shown_column(panel, 2)
    assert titles and all("rituximab" in t.lower() for t in titles) and len(titles) < 26
    panel.filter.clear()
    qtbot.keyClicks(panel.filter, "1987")
    assert shown_column(panel, 4) == ["1987"]
    panel.filter.clear()
    assert panel.proxy.rowCount() == 26


def test_form_shows_the_fields_of_the_kind_and_edits_authors(qtbot):
    panel = make_panel(qtbot)
    form = panel.form
    panel.references.select_row(0)
    assert form.form.isRowVisible(form.rows["container"]) and form.form.isRowVisible(form.rows["issue_row"])
    assert not form.form.isRowVisible(form.rows["publisher"])
    choose(form.kind, "book")
    assert panel.document.report.references[0].kind == ReferenceKind.BOOK
    assert form.form.isRowVisible(form.rows["publisher"]) and not form.form.isRowVisible(form.rows["issue_row"])
    choose(form.kind, "book chapter")
    assert form.form.labelForField(form.rows["container"]).text() == "&Book title"
    type_into(qtbot, form.rows["authors"], "Kim JS, Han BG, Cha SK")
    assert [a.vancouver() for a in panel.document.report.references[0].authors] == ["Kim JS", "Han BG", "Cha SK"]
    assert panel.model.index(0, 1).data() == "Kim JS et al."
    year = form.parts["year"]
    type_into(qtbot, year, "2017")
    assert panel.document.report.references[0].year == 2017


def test_cited_in_lists_each_citation_and_asks_to_go_there(qtbot):
    panel = make_panel(qtbot)
    panel.references.select_row(0)
    entries = [panel.form.cited_in.item(i) for i in range(panel.form.cited_in.count())]
    assert entries and all("[@ref-1" in e.text() or "@ref-1" in e.text() for e in entries)
    with qtbot.waitSignal(panel.navigate_requested) as signal:
        panel.form.cited_in.itemActivated.emit(entries[0])
    assert signal.args[0] == entries[0].data(Qt.ItemDataRole.UserRole).path
    assert panel.document.get(signal.args[0]).count("ref-1") >= 1


def test_deleting_a_cited_reference_asks_and_names_where_it_is_cited(qtbot):
    panel = make_panel(qtbot)
    answers = Answers(False, True)
    previous = interaction.use(answers)
    try:
        panel.references.select_row(0)
        panel.references.delete_button.click()
        assert len(panel.document.report.references) == 26  # answered no
        title, text = answers.asked[0]
        assert "cited" in title.lower() and "Kim JS" in text and "Abstract — background" in text
        panel.references.delete_button.click()
        assert len(panel.document.report.references) == 25
        assert panel.document.report.reference("ref-1") is None
    finally:
        interaction.use(previous)
    panel.document.undo_stack.undo()
    assert panel.document.report.references[0].id == "ref-1" and panel.model.numbers["ref-1"] == 1


def test_uncited_reference_is_deleted_without_asking_and_new_one_is_added(qtbot):
    panel = make_panel(qtbot)
    answers = Answers()
    previous = interaction.use(answers)
    try:
        panel.references.select_row(25)
        panel.references.delete_button.click()
        assert answers.asked == [] and len(panel.document.report.references) == 25
    finally:
        interaction.use(previous)
    panel.references.add_button.click()
    qtbot.keyClicks(panel.form.title, "A new reference")
    new = panel.document.report.references[-1]
    assert new.title == "A new reference" and new.id not in {r.id for r in panel.document.report.references[:-1]}


def test_paste_references_marks_doubts_allows_corrections_and_adds_in_one_step(qtbot):
    panel = make_panel(qtbot)
    dialog = PasteReferencesDialog(panel.document, panel)
    qtbot.addWidget(dialog)
    dialog.pasted.setPlainText(PASTED + "3. Something that is not a reference at all\n")
    dialog.read()
    assert dialog.table.rowCount() == 3
    venue, year, doi = (next(i for i, c in enumerate(COLUMNS) if c[0] == t) for t in ("Journal / book / publisher", "Year", "DOI"))
    assert dialog.table.item(0, venue).text() == "Kidney Int" and dialog.table.item(1, doi).text() == "10.1681/ASN.2013030251"
    shaded = [dialog.table.item(2, c).background().color() == DOUBT for c in range(dialog.table.columnCount())]
    assert any(shaded)  # the reader says it is unsure about the third
    dialog.table.item(2, year).setText("19x9")  # a wrong correction blocks adding
    assert not dialog.add_button.isEnabled()
    dialog.table.item(2, year).setText("2019")
    dialog.table.item(2, 2).setText("A corrected title")
    assert dialog.add_button.isEnabled() and dialog.add_button.text() == "Add 3 references"
    dialog.add_button.click()
    refs = panel.document.report.references
    assert len(refs) == 29 and refs[-1].title == "A corrected title" and refs[-1].year == 2019
    assert refs[-3].container == "Kidney Int" and refs[-3].et_al
    assert len({r.id for r in refs}) == 29
    panel.document.undo_stack.undo()
    assert len(panel.document.report.references) == 26


def test_duplicates_side_by_side_and_merged_in_one_step(qtbot, tmp_path):
    doc = seed_document()
    copy = doc.report.references[4].model_copy(deep=True, update={"id": "ref-dup", "first_page": None, "last_page": None})
    doc.report.references.append(copy)
    doc.report.discussion = (doc.report.discussion or "") + " See also [@ref-dup]."
    panel = make_panel(qtbot, doc)
    dialog = DuplicatesDialog(doc, panel)
    qtbot.addWidget(dialog)
    pair = dialog.current_pair()
    assert {pair.a_id, pair.b_id} == {"ref-5", "ref-dup"}
    rows = [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    title, pages = rows.index("Title"), rows.index("Pages")
    assert dialog.table.item(title, 0).text() == dialog.table.item(title, 1).text() != ""
    assert dialog.table.item(title, 0).background().color() != DIFFERENT  # same: not shaded
    pages_cells = {dialog.table.item(pages, c).text() for c in (0, 1)}
    assert pages_cells == {"", "234-241"} and dialog.table.item(pages, 0).background().color() == DIFFERENT
    dialog.merge(keep_left=pair.a_id == "ref-5")
    assert doc.report.reference("ref-dup") is None and "[@ref-5]" in doc.report.discussion
    assert not dialog.pairs
    doc.undo_stack.undo()
    assert doc.report.reference("ref-dup") is not None and "[@ref-dup]" in doc.report.discussion
    doc.undo_stack.redo()
    save(doc.report, tmp_path / "merged.case.json")
    assert load(tmp_path / "merged.case.json").reference("ref-dup") is None


def test_a_finding_selects_the_reference_even_when_filtered_out(qtbot):
    panel = make_panel(qtbot)
    panel.activateWindow()
    qtbot.keyClicks(panel.filter, "Ochi")
    assert panel.focus_path("/references/20/doi")
    assert panel.references.current_row() == 20 and panel.proxy.rowCount() == 26
    qtbot.waitUntil(panel.form.rows["doi"].hasFocus)
