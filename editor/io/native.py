"""The native file: UTF-8 JSON ``*.case.json`` (DESIGN section 8).

Bytes are deterministic: two-space indent, keys in model order, fields at
their default left out, non-ASCII written as is, a newline at the end, and
``schema_version`` always first. Loading then saving an unchanged file gives
identical bytes. Fields this version does not know are kept (they are written
after the known ones).

Loading takes pydantic's fast path on the raw bytes; only when that fails, or
the file is of another version, does it parse again with ``json`` to say
exactly what is wrong, as a one-line ``LoadError``.

Saving is atomic: the new bytes go to a temporary file in the same folder,
are flushed to disk, and replace the file in one rename. The previous
version is kept beside it as ``<name>.bak`` (``report.case.json.bak``).
"""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path
from typing import Callable

from pydantic import ValidationError

from editor.domain.report import SCHEMA_VERSION, CaseReport

from .atomic import write_atomically
from .errors import LoadError, SaveError, describe_invalid

BACKUP_SUFFIX = ".bak"

# Migrations of the raw JSON object, keyed by the version they read:
# {"0.9": ("1.0", upgrade_0_9)}. Each returns the object in the next version;
# they run in a chain before validation. Version 1.0 is the first, so none yet.
Migration = Callable[[dict], dict]
MIGRATIONS: dict[str, tuple[str, Migration]] = {}

# First bytes of files people mistake for a report, and what they are.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Word .docx file (use 'case-report-editor import' for a manuscript)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\xff\xfe", "a UTF-16 text file (save it as UTF-8)"),
    (b"\xfe\xff", "a UTF-16 text file (save it as UTF-8)"),
)

# json's syntax messages, in plainer words.
_SYNTAX = {
    "Expecting ',' delimiter": "a comma is missing between two items",
    "Expecting ':' delimiter": "a colon is missing after a field name",
    "Expecting property name enclosed in double quotes": (
        "expected a field name in double quotes (is there a comma before a closing brace?)"
    ),
    "Expecting value": "expected a value",
    "Extra data": "unexpected text after the end of the report",
    "Unterminated string starting at": "a text value is not closed with a double quote",
    "Invalid control character at": "a text value contains a raw line break or control character",
}


# --- reading -----------------------------------------------------------------


def load(path: str | os.PathLike) -> CaseReport:
    """The report in the file at ``path``; raises ``LoadError`` with a one-line reason."""
    return loads(_read_bytes(Path(path)), source=str(path))


def loads(text: str | bytes, source: str = "<string>") -> CaseReport:
    """The report in ``text`` (JSON); ``source`` names it in error messages."""
    collecting = gc.isenabled()
    gc.disable()  # see _settle_in_oldest_generation
    try:
        report = CaseReport.model_validate_json(text)
        if collecting:
            _settle_in_oldest_generation()
    except ValidationError:
        return _load_carefully(text, source)
    finally:
        if collecting:
            gc.enable()
    if report.schema_version != SCHEMA_VERSION or (report.model_extra and not _has_report_field(report)):
        return _load_carefully(text, source)  # another version, or not a report at all
    return report


def _settle_in_oldest_generation() -> None:
    """Move the objects just built straight to the collector's oldest generation.

    A large report is a few hundred thousand small objects without cycles.
    Built with the collector running, they would be rescanned by every young
    collection as they pile up; scanned once afterwards, they would still cost
    a third of the load. A loaded report lives long, so it goes where long-lived
    objects go: freeze and unfreeze move every tracked object to the oldest
    generation without scanning (O(1)). Nothing is leaked: that generation is
    still collected. Skipped if the program froze objects itself.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


def _has_report_field(report: CaseReport) -> bool:
    return not report.model_fields_set.isdisjoint(CaseReport.model_fields)


def _read_bytes(path: Path) -> bytes:
    source = str(path)
    if path.is_dir():
        raise LoadError(source, "is a folder, not a case report file")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise LoadError(source, "no such file; check the name and the folder") from None
    except PermissionError:
        raise LoadError(source, "permission denied: this account may not read the file") from None
    except OSError as exc:
        raise LoadError(source, f"cannot be read: {exc.strerror or exc}") from None


def _load_carefully(text: str | bytes, source: str) -> CaseReport:
    """The slow path: find out exactly why the fast path refused, or migrate."""
    data = _parse(_decode(text, source), source)
    if not isinstance(data, dict):
        kind = {list: "a list [...]", str: "a single text", bool: "true or false"}.get(type(data), "a single value")
        raise LoadError(source, f"is not a case report: it holds {kind}, but a case report is a JSON object {{...}}")
    data = upgrade(data, source)
    if data and not data.keys() & CaseReport.model_fields.keys():
        found = ", ".join(list(data)[:3])
        raise LoadError(source, f"is not a case report: none of its fields ({found}) belongs to one")
    try:
        return CaseReport.model_validate(data)
    except ValidationError as exc:
        pointer, reason = describe_invalid(exc.errors(include_url=False), data)
        raise LoadError(source, f"wrong value at {reason}", pointer=pointer) from None


def _decode(text: str | bytes, source: str) -> str:
    if isinstance(text, str):
        return text.removeprefix("\ufeff")
    for magic, kind in _SIGNATURES:
        if text.startswith(magic):
            raise LoadError(source, f"is not a case report: it looks like {kind}")
    try:
        decoded = text.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError(
            source, f"is not a case report: it is not UTF-8 text (undecodable byte at offset {exc.start})"
        ) from None
    if "\x00" in decoded:
        raise LoadError(source, "is not a case report: it contains binary data")
    return decoded.removeprefix("\ufeff")  # a byte-order mark some editors add


def _parse(text: str, source: str) -> object:
    if not text.strip():
        raise LoadError(source, "the file is empty; a case report is a JSON object {...}")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        words = _SYNTAX.get(exc.msg, exc.msg)
        raise LoadError(
            source,
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {words}",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise LoadError(source, "is not a case report: its JSON is nested too deeply") from None


def _version_tuple(version: str) -> tuple[int, ...] | None:
    try:
        numbers = tuple(int(part) for part in version.split("."))
    except ValueError:
        return None
    return numbers + (0,) * (2 - len(numbers))


def upgrade(data: dict, source: str = "<string>") -> dict:
    """``data`` brought to the current ``schema_version`` through ``MIGRATIONS``.

    A newer version is refused: saving it here would lose what it means.
    """
    version = data.get("schema_version", SCHEMA_VERSION)
    number = _version_tuple(version) if isinstance(version, str) else None
    if number is None:
        raise LoadError(
            source,
            f"/schema_version: {json.dumps(version)} is not a version such as \"{SCHEMA_VERSION}\"",
            pointer="/schema_version",
        )
    if number > _version_tuple(SCHEMA_VERSION):
        raise LoadError(
            source,
            f"written by a newer version ({version}) of Case Report Editor; "
            f"this one reads up to {SCHEMA_VERSION}. Update the editor to open it",
            pointer="/schema_version",
        )
    if number == _version_tuple(SCHEMA_VERSION):
        return {**data, "schema_version": SCHEMA_VERSION} if version != SCHEMA_VERSION else data
    while version != SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise LoadError(
                source,
                f"written in format version {version}, which this editor cannot convert "
                f"(it reads {SCHEMA_VERSION} and converts {', '.join(MIGRATIONS) or 'no older versions'})",
                pointer="/schema_version",
            )
        version, migrate = MIGRATIONS[version]
        data = {**migrate(dict(data)), "schema_version": version}
    return data


# --- writing -----------------------------------------------------------------


def dumps(report: CaseReport) -> str:
    """The report as the native file's text (see the module docstring for the rules)."""
    body = report.model_dump_json(indent=2, exclude_defaults=True)
    if body.startswith('{\n  "schema_version"'):
        return body + "\n"
    # exclude_defaults dropped schema_version (it is the default); put it back first.
    head = '{\n  "schema_version": ' + json.dumps(report.schema_version, ensure_ascii=False)
    if body == "{}":
        return head + "\n}\n"
    return head + "," + body[1:] + "\n"


def backup_path(path: str | os.PathLike) -> Path:
    """Where ``save`` keeps the previous version of ``path``."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


def save(report: CaseReport, path: str | os.PathLike, *, backup: bool = True) -> None:
    """Write ``report`` to ``path`` atomically, keeping the previous version as a backup.

    The report is serialised before the disk is touched, so a failure at any
    point leaves the old file as it was. Raises ``SaveError`` for disk problems.
    """
    target = Path(os.path.realpath(path))  # through a symlink, not over it
    data = dumps(report).encode("utf-8")
    if target.is_dir():
        raise SaveError(str(path), "is a folder; choose a file name")
    if not target.parent.is_dir():
        raise SaveError(str(path), f"the folder {target.parent} does not exist")
    try:
        old = target.read_bytes() if target.exists() else None
        if old == data:
            return  # nothing changed: keep the file and its backup as they are
        if old is not None and backup:
            write_atomically(backup_path(target), old, like=target)
        write_atomically(target, data, like=target if old is not None else None)
    except OSError as exc:
        raise SaveError(str(path), _os_reason(exc)) from exc


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied: this account may not write there"
    return f"could not be written: {exc.strerror or exc}; the previous file is unchanged"
