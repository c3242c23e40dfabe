"""Paste references…: a corrected cell changes the field the cell shows, typed the way references print it."""

from __future__ import annotations

from editor.qt.panels.reference_paste import COLUMNS, PasteReferencesDialog

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
