"""Paste references…: a corrected cell changes the field the cell shows, typed the way references print it."""

from __future__ import annotations

from editor.qt.panels.reference_paste import COLUMNS, DOUBT, WRONG, PasteReferencesDialog

from .panel_support import collect_qt_garbage, seed_document  # noqa: F401 (autouse fixture)

BOOK = "Kumar V, Abbas AK, Aster JC. Robbins basic pathology. 10th ed. Philadelphia: Elsevier; 2018."
ARTICLE = "Ruggenenti P, Ruggiero B. Rituximab in nephrotic syndrome. J Am Soc Nephrol. 2014;25(4):850-63."
E_LOCATOR = "Smith J. A case of FSGS. Cureus. 2021;13(7):e16321."


def column(title: str) -> int:
    return next(i for i, (name, *_rest) in enumerate(COLUMNS) if name == title)


def paste(qtbot, text):
    document = seed_document()
    dialog = PasteReferencesDialog(document)
    qtbot.addWidget(dialog)
    dialog.pasted.setPlainText(text)
    dialog.read()
    return document, dialog


def test_a_books_publisher_is_shown_and_corrected_as_the_publisher(qtbot):
    document, dialog = paste(qtbot, BOOK)
    venue = column("Journal / book / publisher")
    assert dialog.table.item(0, venue).text() == "Elsevier"
    dialog.table.item(0, venue).setText("Saunders")
    dialog.add_button.click()
    book = document.report.references[-1]
    assert (book.kind, book.publisher, book.container) == ("book", "Saunders", None)


def test_pages_typed_short_or_with_a_dash_are_stored_in_full(qtbot):
    document, dialog = paste(qtbot, ARTICLE + "\n" + E_LOCATOR)
    pages = column("Pages")
    assert dialog.table.item(0, pages).text() == "850-863"
    dialog.table.item(0, pages).setText("1961-3")
    assert dialog.table.item(1, pages).text() == "e16321"
    dialog.table.item(1, pages).setText("e16322")  # the article number corrected, not turned into a page
    dialog.add_button.click()
    article, online = document.report.references[-2:]
    assert (article.first_page, article.last_page) == ("1961", "1963")
    assert (online.article_number, online.first_page) == ("e16322", None)


def test_an_en_dash_reads_as_a_range(qtbot):
    document, dialog = paste(qtbot, ARTICLE)
    dialog.table.item(0, column("Pages")).setText("850 – 63")
    dialog.add_button.click()
    assert (document.report.references[-1].first_page, document.report.references[-1].last_page) == ("850", "863")


# --- web pages and books: URL, date of access, place and edition --------------------------------------------
WEB = ("National Kidney Foundation. Kidney transplant [Internet]. New York: National Kidney Foundation; 2023 "
       "[cited 2024 Jan 3]. Available from: https://www.kidney.org/atoz/content/kidney-transplnt")


def type_into(qtbot, dialog, row: int, title: str, text: str) -> None:
    """Correct a cell as a person does: F2 on it, select what is there, type, Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    table = dialog.table
    table.setCurrentCell(row, column(title))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = table.visualItemRect(table.item(row, column(title)))
    editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible() and cell.contains(e.geometry().center()))
    assert editor.text() == table.item(row, column(title)).text()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the delegate commits on the next turn


def shown(dialog, title: str) -> bool:
    return not dialog.table.isColumnHidden(column(title))


def test_web_page_and_book_corrected_by_typing_and_added_in_one_step(qtbot):
    document, dialog = paste(qtbot, WEB + "\n" + BOOK)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert all(shown(dialog, t) for t in ("URL", "Accessed", "Place", "Edition"))
    assert dialog.table.item(0, column("URL")).text().endswith("/kidney-transplnt")
    assert dialog.table.item(0, column("Accessed")).text() == "2024-01-03"
    assert dialog.table.item(1, column("Place")).text() == "Philadelphia"
    assert dialog.table.item(1, column("Edition")).text() == "10th"
    type_into(qtbot, dialog, 0, "URL", "https://www.kidney.org/atoz/content/kidney-transplant")
    type_into(qtbot, dialog, 0, "Accessed", "2024 Feb 8")  # as NLM prints it
    type_into(qtbot, dialog, 1, "Place", "Philadelphia (PA)")
    type_into(qtbot, dialog, 1, "Edition", "11th ed.")
    before = len(document.report.references)
    dialog.add_button.click()
    web, book = document.report.references[-2:]
    assert (web.kind, web.url, web.accessed) == ("web", "https://www.kidney.org/atoz/content/kidney-transplant", "2024-02-08")
    assert (book.kind, book.place, book.edition, book.publisher) == ("book", "Philadelphia (PA)", "11th", "Elsevier")
    document.undo_stack.undo()
    assert len(document.report.references) == before


def test_a_web_address_or_access_date_that_cannot_be_read_blocks_adding(qtbot):
    _, dialog = paste(qtbot, WEB)
    url, accessed = dialog.table.item(0, column("URL")), dialog.table.item(0, column("Accessed"))
    url.setText("kidney.org transplant page")
    assert url.background().color() == WRONG and "https://" in url.toolTip()
    assert not dialog.add_button.isEnabled()
    url.setText("www.kidney.org/transplant")
    accessed.setText("last week")
    assert accessed.background().color() == WRONG and not dialog.add_button.isEnabled()
    accessed.setText("")
    assert dialog.add_button.isEnabled()
    assert dialog.rows[0][0].url == "https://www.kidney.org/transplant" and dialog.rows[0][0].accessed is None


def test_doubted_place_is_shaded_in_its_own_column(qtbot, monkeypatch):
    from editor.qt.panels import reference_paste
    from editor.references.parser import parse_reference

    monkeypatch.setattr(reference_paste, "parse_reference_with_confidence",
                        lambda text: (parse_reference(text), {"place", "url"}))
    _, dialog = paste(qtbot, WEB)
    shaded = {COLUMNS[c][0] for c in range(len(COLUMNS)) if dialog.table.item(0, c).background().color() == DOUBT}
    assert shaded == {"Place", "URL"}  # not the publisher's column any more
    dialog.table.item(0, column("Place")).setText("New York (NY)")
    assert dialog.rows[0][1] == {"url"}


def test_a_list_of_articles_keeps_the_book_and_web_columns_out_of_the_way(qtbot):
    _, dialog = paste(qtbot, ARTICLE)
    assert shown(dialog, "URL") and shown(dialog, "Volume")  # a URL is never hidden
    assert not any(shown(dialog, t) for t in ("Place", "Edition", "Accessed"))
    dialog.table.item(0, column("Kind")).setText("book")  # a row made a book needs its place and edition
    assert shown(dialog, "Place") and shown(dialog, "Edition")
