"""The life of a document in the window: new, open, save, close, recent files, autosave, recovery.

``Lifecycle`` asks the person through ``interaction`` and hands documents to
its host (the main window) through ``host.set_document``. Autosave writes a
recovery copy of a dirty document to ``AppDataLocation/recovery`` every
minute, never over the person's file; the copy is removed after a successful
save or a clean close, so copies found at start come from a crash.
"""

from __future__ import annotations

import json
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QWidget

from editor.io import native
from editor.io.errors import LoadError, SaveError
from editor.resources import resource

from . import interaction
from .document import Document
from .interaction import SaveChoice
from .settings import Settings

log = logging.getLogger(__name__)

FILE_FILTER = "Case reports (*.case.json);;JSON files (*.json);;All files (*)"
TEMPLATE = resource("templates", "care-template.case.json")
AUTOSAVE_MS = 60_000


class Host(Protocol):
    document: Document

    def set_document(self, document: Document) -> None: ...


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True)
class RecoveryCopy:
    """An autosaved copy left behind by a session that did not close cleanly."""

    copy: Path
    origin: Path | None  # the file it was a copy of; None for an untitled report

    @property
    def name(self) -> str:
        return self.origin.name if self.origin else "an untitled case report"

    def discard(self) -> None:
        self.copy.unlink(missing_ok=True)
        _meta_path(self.copy).unlink(missing_ok=True)


def _meta_path(copy: Path) -> Path:
    return copy.with_name(copy.name.removesuffix(".case.json") + ".origin.json")


def pending_recoveries() -> list[RecoveryCopy]:
    """Recovery copies on disk, newest first."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for copy in sorted(folder.glob("*.case.json"), key=lambda p: p.stat().st_mtime, reverse=True):
        origin = None
        try:
            recorded = json.loads(_meta_path(copy).read_text(encoding="utf-8")).get("path")
            origin = Path(recorded) if recorded else None
        except (OSError, ValueError, AttributeError):
            log.warning("recovery copy %s has no readable origin; offering it as untitled", copy.name)
        found.append(RecoveryCopy(copy, origin))
    return found


class Lifecycle(QObject):
    recent_changed = Signal(list)

    def __init__(self, host: Host, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.host = host
        self.settings = settings
        self.recovery_copy: Path | None = None  # this window's autosave file
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    @property
    def document(self) -> Document:
        return self.host.document

    def _widget(self) -> QWidget | None:
        return self.host if isinstance(self.host, QWidget) else None

    # --- new and open ---------------------------------------------------------
    def new(self, from_template: bool = False) -> bool:
        if not self.maybe_save():
            return False
        report = None
        if from_template:
            try:
                report = native.load(TEMPLATE)
            except LoadError as exc:
                interaction.current.show_error(self._widget(), "Template missing", str(exc),
                                               "Reinstall Case Report Editor to restore its templates.")
                return False
        self._replace(Document(report))
        return True

    def open(self, path: Path | None = None) -> bool:
        """Open ``path`` (or ask for one); a file that cannot be read leaves the open report as it is."""
        if path is None:
            start = str(self.document.path.parent) if self.document.path else ""
            path = interaction.current.open_path(self._widget(), "Open case report", FILE_FILTER, start)
            if path is None:
                return False
        path = Path(path)
        try:
            report = native.load(path)
        except LoadError as exc:
            interaction.current.show_error(self._widget(), "Cannot open case report", str(exc))
            return False
        if not self.maybe_save():
            return False
        self._replace(Document(report, path))
        self._remember(path)
        return True

    def recover(self, copy: RecoveryCopy) -> bool:
        """Open a recovery copy as unsaved changes to its original file, then drop the copy."""
        try:
            report = native.load(copy.copy)
        except LoadError as exc:
            interaction.current.show_error(self._widget(), "Cannot recover", str(exc),
                                           "The recovery copy is damaged; it has been kept in " + str(copy.copy.parent))
            return False
        document = Document(report, copy.origin)
        document.undo_stack.resetClean()  # recovered work is unsaved until saved
        self._replace(document)
        copy.discard()
        self.autosave()  # protect it again at once, under this session's name
        return True

    def open_draft(self, report, source_name: str) -> bool:
        """Open an imported draft as a new, unsaved document ("Untitled (imported from X)").

        Asks first when the open report has unsaved changes; False when the person cancels.
        The draft counts as changed, so closing it asks before the import is lost.
        """
        if not self.maybe_save():
            return False
        document = Document(report)
        document.imported_from = source_name
        document.undo_stack.resetClean()  # clean at no reachable index: modified from the start
        self._replace(document)
        return True

    def _replace(self, document: Document) -> None:
        self._drop_recovery_copy()
        self.host.set_document(document)

    # --- saving -------------------------------------------------------------------
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        doc = self.document
        start = str(doc.path) if doc.path else _suggested_name(doc)
        path = interaction.current.save_path(self._widget(), "Save case report as", FILE_FILTER, start)
        if path is None:
            return False
        path = Path(path)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + ".case.json")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            native.save(self.document.report, path)
        except SaveError as exc:
            interaction.current.show_error(self._widget(), "Cannot save case report", str(exc),
                                           "Nothing was lost: the report is still open. Try another folder.")
            return False
        self.document.mark_saved(path)
        self._remember(path)
        self._drop_recovery_copy()
        return True

    # --- closing -------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask Save/Discard/Cancel when there are unsaved changes; False means stop."""
        if not self.document.is_modified:
            return True
        choice = interaction.current.ask_save_changes(self._widget(), self.document.display_name())
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def close(self) -> bool:
        """Close the report (asking first); the window then shows an empty one."""
        if not self.maybe_save():
            return False
        self._replace(Document())
        return True

    def shutdown(self) -> bool:
        """The window is closing: ask, then remove this session's recovery copy."""
        if not self.maybe_save():
            return False
        self.autosave_timer.stop()
        self._drop_recovery_copy()
        return True

    # --- recent files -------------------------------------------------------------------
    def _remember(self, path: Path) -> None:
        self.recent_changed.emit(self.settings.add_recent_file(path))

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            interaction.current.show_error(self._widget(), "Cannot open case report",
                                           f"{path}: no such file; it was moved or deleted.",
                                           "It has been taken off the recent files list.")
            self.settings.remove_recent_file(path)
            self.recent_changed.emit(self.settings.recent_files())
            return False
        return self.open(path)

    # --- autosave -------------------------------------------------------------------
    def autosave(self) -> Path | None:
        """Write a recovery copy of a document with unsaved changes; returns where."""
        if not self.document.is_modified:
            return None
        if self.recovery_copy is None:
            self.recovery_copy = recovery_dir() / f"{secrets.token_hex(6)}.case.json"
        try:
            self.recovery_copy.parent.mkdir(parents=True, exist_ok=True)
            native.save(self.document.report, self.recovery_copy, backup=False)
            origin = str(self.document.path.resolve()) if self.document.path else None
            _meta_path(self.recovery_copy).write_text(json.dumps({"path": origin}), encoding="utf-8")
        except (SaveError, OSError) as exc:
            log.warning("autosave failed: %s", getattr(exc, "reason", exc))
            return None
        return self.recovery_copy

    def _drop_recovery_copy(self) -> None:
        if self.recovery_copy is not None:
            RecoveryCopy(self.recovery_copy, None).discard()
            self.recovery_copy = None


def _suggested_name(document: Document) -> str:
    title = (document.report.metadata.title or "case-report").strip()
    words = "".join(c if c.isalnum() else "-" for c in title.lower()).split("-")
    return "-".join(w for w in words if w)[:60] + ".case.json"
