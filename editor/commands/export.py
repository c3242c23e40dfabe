"""``case-report-editor export FILE --to FORMAT -o OUT``: write a report for a journal.

``EXPORTERS`` maps each ``--to`` name to the function that writes it; the CARE
checklist export registers itself here as ``"care"`` (one entry, nothing else
changes). Qt is loaded only for PDF, with an offscreen application.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from editor.domain.report import CaseReport

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class Exporter:
    """Writes ``report`` to ``path``; called as ``write(report, path, style=, page_size=, progress=)``.

    ``description`` says what the format is (for ``--help``); ``written(out, page_size)``
    says what one file written is, when that depends on OUT or the options.
    """

    write: Callable[..., object]
    description: str
    suffix: str
    written: Callable[[Path, str], str] | None = None

    def says(self, out: Path, page_size: str) -> str:
        """What was written, for the "wrote OUT (…)" line."""
        return self.written(out, page_size) if self.written else self.description


def _jats(report, path, *, style, page_size, progress):
    from editor.io.jats_export import export_jats

    return export_jats(report, path, style=style, progress=progress)


def _docx(report, path, *, style, page_size, progress):
    from editor.io.docx_export import export_docx

    return export_docx(report, path, style=style, progress=progress)


def _markdown(report, path, *, style, page_size, progress):
    from editor.io.markdown import export_markdown

    return export_markdown(report, path, style=style, progress=progress)


def _html(report, path, *, style, page_size, progress):
    from editor.io.html import export_html

    return export_html(report, path, style=style, progress=progress)


def _care(report, path, *, style, page_size, progress):
    from editor.io.care_export import export_for_cli

    return export_for_cli(report, path, page_size=page_size, progress=progress)


def export_pdf(report: CaseReport, path, *, style="vancouver", page_size="a4", progress: Progress | None = None):
    """The HTML export printed to PDF; Qt is imported here and nowhere else in the CLI."""
    from editor.io.html import render_html
    from editor.qt.pdf import write_pdf

    html = render_html(report, style=style, standalone=False)
    return write_pdf(html, path, page_size, title=report.metadata.title, progress=progress)


PAGE_SIZE_WORDS = {"a4": "A4", "letter": "US Letter"}
CARE_FILE_KINDS = {".docx": "Word document", ".md": "Markdown", ".pdf": "PDF"}


def _pdf_written(out: Path, page_size: str) -> str:
    return f"PDF, {PAGE_SIZE_WORDS.get(page_size, page_size)} pages with page numbers"


def _care_written(out: Path, page_size: str) -> str:
    kind = CARE_FILE_KINDS.get(out.suffix.lower(), out.suffix)
    if kind == "PDF":
        kind = f"PDF, {PAGE_SIZE_WORDS.get(page_size, page_size)} pages"
    return f"CARE checklist, {kind}"


EXPORTERS: dict[str, Exporter] = {
    "jats": Exporter(_jats, "JATS 1.3 XML, Journal Publishing", ".xml"),
    "docx": Exporter(_docx, "Word document", ".docx"),
    "pdf": Exporter(export_pdf, "PDF, A4 or Letter, with page numbers", ".pdf", _pdf_written),
    "markdown": Exporter(_markdown, "Markdown with GitHub tables", ".md"),
    "html": Exporter(_html, "self-contained HTML page with print styles", ".html"),
    "care": Exporter(_care, "CARE checklist as .md, .docx or .pdf by OUT's extension", ".md", _care_written),
}
STYLES = ("vancouver", "ama", "apa")
PAGE_SIZES = ("a4", "letter")


def register(subparsers) -> argparse.ArgumentParser:
    formats = ", ".join(f"{name} ({e.description})" for name, e in EXPORTERS.items())
    parser = subparsers.add_parser(
        "export",
        help="export a report for a journal (JATS, DOCX, PDF, Markdown, HTML)",
        description=f"Write FILE in another format. Formats: {formats}.",
    )
    parser.add_argument("file", metavar="FILE", help="the report (.case.json)")
    parser.add_argument("--to", dest="format", required=True, metavar="FORMAT", help="|".join(EXPORTERS))
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.add_argument("--style", choices=STYLES, default="vancouver", help="reference style (default vancouver)")
    parser.add_argument("--page-size", choices=PAGE_SIZES, default="a4", help="PDF page size (default a4)")
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """0 when the file is written; 2 with a one-line reason when it cannot be."""
    exporter = EXPORTERS.get(args.format)
    if exporter is None:
        return _fail(f"unknown export format {args.format!r}; choose one of {', '.join(EXPORTERS)}")
    from editor.io import native
    from editor.io.errors import LoadError

    try:
        report = native.load(args.file)
    except LoadError as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"{args.file}: cannot read the file ({error.strerror or error})")
    out = Path(args.output)
    if not out.parent.is_dir():
        return _fail(f"{out}: the folder {out.parent} does not exist")
    return _write(exporter, report, out, args)


def _write(exporter: Exporter, report: CaseReport, out: Path, args: argparse.Namespace) -> int:
    """Write beside the target and rename, so a failed export never leaves half a file as OUT."""
    from editor.io.atomic import replacing

    try:
        with replacing(out) as partial:
            exporter.write(report, partial, style=args.style, page_size=args.page_size, progress=None)
    except ValueError as error:  # e.g. a reference style that is not available
        return _fail(f"{out}: {error}")
    except OSError as error:
        return _fail(f"{out}: cannot write the file ({error.strerror or error})")
    print(f"wrote {out} ({exporter.says(out, args.page_size)})")
    return 0


def _fail(message: str) -> int:
    print(f"case-report-editor export: {message}", file=sys.stderr)
    return 2
