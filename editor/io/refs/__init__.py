"""Reference-manager formats: RIS, BibTeX, PubMed/MEDLINE and CSL-JSON; Web of Science read only.

``import_references(path)`` recognises the format from the content (and the extension when the
content leaves a choice), reads record by record, and returns an ``ImportResult``; a file that is
no reference list raises ``NotAReferenceList`` with a one-line reason. A long tagged file is read
in slices of records so that a ``progress(done, total)`` callback can show the count and cancel
(it returns False; ``ImportCancelled`` is raised and nothing is returned). ``export_references``
writes a list in a named format atomically.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from editor.domain.references import Reference
from editor.io.import_result import ImportCancelled

from ..atomic import write_atomically
from . import bibtex, csl_json, medline, ris, wos
from .result import ImportResult, NotAReferenceList, RecordProblem
from .tagged import count_records, slices, split_records

__all__ = ["FORMATS", "READ_ONLY", "ImportCancelled", "ImportResult", "NotAReferenceList", "RecordProblem",
           "detect_format", "dumps", "export_references", "import_references", "read_text"]

# Called as progress(done, total) with records read so far; returning False cancels the import.
Progress = Callable[[int, int], bool]
SLICE = 200  # records read between two progress calls



@dataclass(frozen=True)
class RefFormat:
    key: str  # as on the command line: ris, bibtex, medline, csl-json
    name: str  # as shown to people
    extensions: tuple[str, ...]  # the first is the one written
    read: Callable[[str], ImportResult]
    write: Callable[[list[Reference]], str]


FORMATS: dict[str, RefFormat] = {
    "ris": RefFormat("ris", ris.NAME, (".ris",), ris.read, ris.write),
    "bibtex": RefFormat("bibtex", bibtex.NAME, (".bib", ".bibtex"), bibtex.read, bibtex.write),
    "medline": RefFormat("medline", medline.NAME, (".nbib", ".txt", ".medline"), medline.read, medline.write),
    "csl-json": RefFormat("csl-json", csl_json.NAME, (".json", ".csljson"), csl_json.read, csl_json.write),
}

_RIS = re.compile(r"^\s*TY  ?- ", re.MULTILINE)
_BIBTEX = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.MULTILINE)
_MEDLINE = re.compile(r"^(?:PMID|TI  |FAU |AU  |PMC )\s*-", re.MULTILINE)
# Formats read but not written (no reference manager asks for them): key -> (name, reader)
READ_ONLY: dict[str, tuple[str, Callable[[str], ImportResult]]] = {"wos": (wos.NAME, wos.read)}
# Where a record of a tagged format starts and ends, to read long files in slices
_RECORDS = {"ris": (ris._START, ris._END), "medline": (medline._START, None), "wos": (wos.START, wos.END)}
_WOS = re.compile(r"\A\s*(?:FN |VR |PT [A-Z]\s*$)", re.MULTILINE)


def detect_format(path_or_text: str | os.PathLike) -> str:
    """The format key of a file (given its path) or of text; raises ``NotAReferenceList``.

    The content decides (PubMed and Web of Science both write ``.txt``); the extension only breaks
    ties and names what was expected when the content is not recognised.
    """
    suffix = ""
    text = str(path_or_text)
    if isinstance(path_or_text, Path) or (len(text) < 4096 and "\n" not in text and Path(text).is_file()):
        suffix = Path(path_or_text).suffix.lower()
        text = read_text(Path(path_or_text))
    return _detect(text, suffix)


def _detect(text: str, suffix: str = "") -> str:
    head = text.lstrip()[:1]
    if head in "[{" and head:
        return "csl-json"
    if _WOS.match(text):
        return "wos"
    found = [key for key, pattern in (("ris", _RIS), ("bibtex", _BIBTEX), ("medline", _MEDLINE)) if pattern.search(text)]
    by_suffix = [key for key, fmt in FORMATS.items() if suffix in fmt.extensions and suffix != ".txt"]
    if len(found) > 1 and by_suffix and by_suffix[0] in found:
        return by_suffix[0]
    if found:
        return min(found, key=lambda key: _first_match(key, text))
    expected = f" (the name ends in {suffix}, but the content is not {FORMATS[by_suffix[0]].name})" if by_suffix else ""
    raise NotAReferenceList("not a reference list in a format this editor reads (RIS, BibTeX, "
                            f"PubMed/MEDLINE, CSL-JSON or Web of Science){expected}")


def _first_match(key: str, text: str) -> int:
    pattern = {"ris": _RIS, "bibtex": _BIBTEX, "medline": _MEDLINE}[key]
    match = pattern.search(text)
    return match.start() if match else len(text)


def read_text(path: Path) -> str:
    """The file's text: a byte-order mark dropped, CRLF and CR turned into LF.

    Not UTF-8? Windows tools (EndNote) write their code page, read as cp1252.
    """
    try:
        data = path.read_bytes()
    except OSError as err:
        raise NotAReferenceList(f"cannot read the file: {err.strerror or err}") from err
    if b"\x00" in data[:4096]:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            data = data.decode("utf-16").encode("utf-8")
        else:
            raise NotAReferenceList("the file is binary (a PDF, picture or database?), not a reference list")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def format_name(key: str) -> str:
    return FORMATS[key].name if key in FORMATS else READ_ONLY[key][0]


def import_references(path: str | os.PathLike, progress: Progress | None = None) -> ImportResult:
    """Every reference in the file; records that cannot be read are listed in ``problems``.

    ``progress(done, total)`` is called as records are read; when it returns False the import
    stops with ``ImportCancelled``.
    """
    path = Path(path)
    text = read_text(path)
    if not text.strip():
        raise NotAReferenceList("the file is empty")
    key = _detect(text, path.suffix.lower())
    read = FORMATS[key].read if key in FORMATS else READ_ONLY[key][1]
    if key in _RECORDS:
        result = _read_in_slices(text, read, *_RECORDS[key], progress)
    else:  # BibTeX (macros defined once for the file) and CSL-JSON (one document) are read whole
        _check(progress, 0, 1)
        result = read(text)
        _check(progress, 1, 1)
    if not result.references and not result.problems:
        raise NotAReferenceList(f"no references found in this {format_name(key)} file")
    return result


def _read_in_slices(text: str, read, starts: re.Pattern[str], ends: re.Pattern[str] | None,
                    progress: Progress | None) -> ImportResult:
    """Read ``SLICE`` records at a time; problems keep their record and line numbers in the whole file."""
    total = count_records(text, starts)
    result = ImportResult()
    records_before = 0
    _check(progress, 0, total)
    for part, lines_before in slices(text, starts, SLICE):
        read_part = read(part)
        result.format = read_part.format
        result.references += read_part.references
        result.problems += [RecordProblem(p.record + records_before, p.line + lines_before if p.line else None,
                                          p.reason) for p in read_part.problems]
        records_before += len(split_records(part, starts, ends))
        _check(progress, min(records_before, total), total)
    return result


def _check(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("import cancelled")


def dumps(references: list[Reference], fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown reference format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt].write(list(references))


def export_references(references: list[Reference], fmt: str, path: str | os.PathLike) -> None:
    """Write ``references`` in ``fmt`` to ``path``, through a temporary file renamed into place."""
    text = dumps(references, fmt)
    path = Path(path)
    write_atomically(path, text.encode("utf-8"))


def with_new_ids(references: list[Reference], existing: list[Reference]) -> list[Reference]:
    """Copies of ``references`` with ids free in ``existing`` (``ref-27``, ``ref-28``, …), ready to add."""
    from editor.domain.report import new_id

    taken = {ref.id for ref in existing}
    out = []
    for ref in references:
        copy = ref.model_copy(deep=True)
        copy.id = new_id("ref", taken)
        taken.add(copy.id)
        out.append(copy)
    return out
