"""``case-report-editor import FILE -o OUT.case.json``: a JATS article, plain-text or Word manuscript as a draft.

Prints what was recognised and what was left as unsorted text (kept in the
draft's ``unsorted`` field). Exit 0 when the draft is written, 2 with a
one-line reason when the source cannot be read or the draft cannot be saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PROG = "case-report-editor import"


def import_any(path: str | Path, progress=None):
    """The ``ImportResult`` for ``path``, by its extension (.xml/.nxml, .txt/.text/.md, .docx).

    ``progress(done, total)`` is called as references are read; False cancels (``ImportCancelled``).
    """
    from editor.io.import_result import ImportFailed

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xml", ".nxml", ".jats"):
        from editor.io.jats_import import import_jats

        return import_jats(path, progress)
    if suffix in (".txt", ".text", ".md"):
        from editor.io.text_import import import_text_file

        return import_text_file(path, progress)
    if suffix == ".docx":
        from editor.io.docx_import import import_docx

        return import_docx(path, progress)
    if suffix == ".doc":
        raise ImportFailed(f"{path}: an old Word .doc file; save it as .docx in Word or LibreOffice, then import it")
    raise ImportFailed(f"{path}: unknown kind of file; import JATS .xml, plain-text .txt or Word .docx")


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import",
        help="import a JATS article, plain-text or Word manuscript as a draft",
        description="Read FILE (JATS .xml, plain-text .txt, Word .docx) and write a structured draft. "
                    "Prints what was recognised and what was left as unsorted text.",
    )
    parser.add_argument("file", metavar="FILE", help="the article or manuscript")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the draft to write (.case.json)")
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from editor.io import native
    from editor.io.errors import SaveError
    from editor.io.import_result import ImportFailed

    source, out = Path(args.file), Path(args.output)
    if not source.is_file():
        return _fail(f"{source}: no such file")
    if not out.name.endswith(".json"):
        return _fail(f"{out}: the draft is a case report file; name it OUT.case.json")
    if not out.parent.is_dir():
        return _fail(f"{out}: the folder {out.parent} does not exist")
    try:
        result = import_any(source)
    except ImportFailed as error:
        return _fail(str(error))
    try:
        native.save(result.report, out)
    except SaveError as error:
        return _fail(str(error))
    for line in result.summary_lines():
        print(line)
    print(f"wrote {out}")
    return 0


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 2
