"""What the window remembers between sessions, in ``QSettings``.

Organisation and application names are set by ``app.run``; tests point
``QSettings`` at a temporary folder (``QSettings.setPath``) so the person's
real settings are never read or written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "CaseReportEditor"
APPLICATION = "Case Report Editor"
MAX_RECENT = 10


class Settings:
    def __init__(self) -> None:
        self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)

    def sync(self) -> None:
        self._store.sync()

    # --- window -----------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    def dock_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_dock_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def splitter_state(self) -> QByteArray | None:
        """The width given to the section navigator beside the panel."""
        return self._bytes("window/splitter")

    def set_splitter_state(self, value: QByteArray) -> None:
        self._store.setValue("window/splitter", value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # --- recent files -------------------------------------------------------
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self._list("files/recent")][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> list[Path]:
        path = Path(path).resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        self._store.setValue("files/recent", [str(p) for p in files[:MAX_RECENT]])
        return files[:MAX_RECENT]

    def remove_recent_file(self, path: Path) -> None:
        files = [p for p in self.recent_files() if p != Path(path)]
        self._store.setValue("files/recent", [str(p) for p in files])

    def clear_recent_files(self) -> None:
        self._store.setValue("files/recent", [])

    # --- validation ------------------------------------------------------------
    def disabled_rules(self) -> frozenset[str]:
        return frozenset(self._list("validation/disabled"))

    def set_disabled_rules(self, rule_ids: set[str] | frozenset[str]) -> None:
        self._store.setValue("validation/disabled", sorted(rule_ids))

    # --- references ------------------------------------------------------------
    def reference_style(self) -> str:
        """The reference style chosen above the preview ("vancouver", "ama", "apa")."""
        return str(self._store.value("references/style", "vancouver") or "vancouver")

    def set_reference_style(self, key: str) -> None:
        self._store.setValue("references/style", key)

    # --- tables ----------------------------------------------------------------
    def hidden_columns(self, table: str) -> set[str]:
        """The titles of the columns the person hid in one table ("courses", "references", …)."""
        return set(self._list(f"tables/{table}/hidden"))

    def set_hidden_columns(self, table: str, titles: set[str]) -> None:
        self._store.setValue(f"tables/{table}/hidden", sorted(titles))

    def _list(self, key: str) -> list[str]:
        value = self._store.value(key, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            return [value] if value else []
        return [str(v) for v in value or []]
