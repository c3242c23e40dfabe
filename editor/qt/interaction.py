"""The one place where the application asks the person something.

Tests replace ``current`` with a scripted ``Interaction`` so that no real
dialog blocks them; the GUI code only calls the functions of this module.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Interaction:
    """Real dialogs."""

    def ask_save_changes(self, parent: QWidget | None, name: str) -> SaveChoice:
        box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                          f"“{name}” has changes that are not saved.",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText("Save them before closing?")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: SaveChoice.SAVE,
                QMessageBox.StandardButton.Discard: SaveChoice.DISCARD}.get(
            QMessageBox.StandardButton(answer), SaveChoice.CANCEL)

    def confirm(self, parent: QWidget | None, title: str, text: str, detail: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        if detail:
            box.setInformativeText(detail)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
        if detail:
            box.setInformativeText(detail)
        box.exec()

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def open_path(self, parent: QWidget | None, title: str, filters: str, start: str = "") -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
        return Path(path) if path else None

    def save_path(self, parent: QWidget | None, title: str, filters: str, start: str = "") -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
        return Path(path) if path else None

    def pick_citation(self, parent: QWidget | None, references: list) -> list[str] | None:
        """The ids of the references to cite (several allowed), or None when cancelled."""
        from .widgets.citation_picker import CitationPicker

        picker = CitationPicker(references, parent)
        return picker.chosen_ids() if picker.exec() else None

    def choose_rules(self, parent: QWidget | None, rules: list, disabled: frozenset[str]) -> frozenset[str] | None:
        """The rule ids to switch off, or None when cancelled."""
        from .dialogs.preferences import PreferencesDialog

        chooser = PreferencesDialog(rules, disabled, parent)
        return chooser.disabled() if chooser.exec() else None


current: Interaction = Interaction()


def use(interaction: Interaction) -> Interaction:
    """Install another interaction (tests); returns the previous one."""
    global current
    previous, current = current, interaction
    return previous
