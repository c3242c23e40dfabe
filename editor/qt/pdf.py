"""PDF export: the HTML export printed through QTextDocument and QPdfWriter.

``QTextDocument.print_`` numbers no pages, so the document is laid out at the
page's size and painted page by page with a "Page N of M" footer. Text stays
text (selectable, searchable); there is no second renderer to keep in step.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 18, 18, 14)
RESOLUTION = 300  # dots per inch of the layout; text stays vector text

# What Qt's rich-text engine understands of the HTML export's look.
PRINT_CSS = """
h1 { font-size: 17pt; font-weight: bold; margin-bottom: 6pt; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 12pt; margin-bottom: 4pt; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 8pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 5pt; }
table { margin-top: 4pt; margin-bottom: 8pt; }
th { background-color: #e6e6e6; font-weight: bold; }
th, td { font-size: 8.5pt; padding: 2pt; }
caption { font-weight: bold; }
.affiliations, .corresponding, .keywords { font-size: 9pt; }
ol.references li { font-size: 9pt; margin-bottom: 2pt; }
p.reference { font-size: 9pt; margin-bottom: 2pt; margin-left: 18pt; text-indent: -18pt; }
a { color: #000000; text-decoration: none; }
"""


class PdfCancelled(Exception):
    """The person cancelled the PDF export; the partial file has been removed."""


def ensure_app() -> QGuiApplication:
    """The running application, or an offscreen one for the command line.

    A QApplication, not a bare QGuiApplication: if the same process later shows a
    widget (the GUI, a test), a QGuiApplication would make Qt abort.
    """
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def write_pdf(
    html: str,
    path: str | Path,
    page_size: str = "a4",
    *,
    title: str | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Print ``html`` (a fragment from ``render_html(standalone=False)``) to ``path``; returns the page count."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}; choose a4 or letter")
    ensure_app()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setCreator("Case Report Editor")
    if title:
        writer.setTitle(title)
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = RESOLUTION * 0.35  # about 9 mm for the page number
    body_height = area.height() - footer

    doc = _layout(html, writer, QSizeF(area.width(), body_height))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF to {path}")
    try:
        for page in range(pages):
            if progress is not None and progress(page, pages) is False:
                raise PdfCancelled("PDF export cancelled")
            if page:
                writer.newPage()
            _paint_page(painter, doc, page, pages, area.width(), body_height, footer)
    except PdfCancelled:
        painter.end()
        path.unlink(missing_ok=True)
        raise
    painter.end()
    if progress is not None:
        progress(pages, pages)
    return pages


def _layout(html: str, writer: QPdfWriter, page: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(QFont("DejaVu Serif", 10))
    doc.setDefaultStyleSheet(PRINT_CSS)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(page)  # pagination: lines and table rows are not cut across pages
    return doc


def _paint_page(painter: QPainter, doc: QTextDocument, page: int, pages: int, width, body_height, footer) -> None:
    painter.save()
    painter.translate(0, -page * body_height)
    doc.drawContents(painter, QRectF(0, page * body_height, width, body_height))
    painter.restore()
    painter.save()
    painter.setFont(QFont("DejaVu Sans", 8))
    painter.drawText(
        QRectF(0, body_height, width, footer), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
        f"Page {page + 1} of {pages}",
    )
    painter.restore()
