"""The one place where the application asks the person something.

Tests replace ``current`` with a scripted ``Interaction`` so that no real
dialog blocks them; the GUI code only calls the methods of ``current``.
Dialog classes live in ``dialogs/`` and are imported when first asked for.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

if TYPE_CHECKING:
    from editor.io.import_result import ImportResult as ManuscriptImport
    from editor.io.refs import ImportResult as ReferenceImport


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

    def pick_citation(self, parent: QWidget | None, references: list,
                      numbers: dict[str, int] | None = None) -> list[str] | None:
        """The ids of the references to cite (several allowed), or None when cancelled.

        ``numbers`` are the references' numbers in the preview, shown beside each.
        """
        from .widgets.citation_picker import CitationPicker

        picker = CitationPicker(references, parent, numbers)
        return picker.chosen_ids() if picker.exec() else None

    def choose_rules(self, parent: QWidget | None, rules: list, disabled: frozenset[str]) -> frozenset[str] | None:
        """The rule ids to switch off, or None when cancelled."""
        from .dialogs.preferences import PreferencesDialog

        chooser = PreferencesDialog(rules, disabled, parent)
        return chooser.disabled() if chooser.exec() else None

    # --- imports and exports ------------------------------------------------------------
    def ask_manuscript_text(self, parent: QWidget | None) -> str | None:
        """A manuscript pasted by the person (File ▸ Import ▸ From text), or None when cancelled."""
        from .dialogs.import_summary import PasteManuscriptDialog

        dialog = PasteManuscriptDialog(parent)
        return dialog.text() if dialog.exec() else None

    def show_import_summary(self, parent: QWidget | None, result: "ManuscriptImport") -> None:
        """What a manuscript import recognised and what it left unsorted."""
        from .dialogs.import_summary import ImportSummaryDialog

        ImportSummaryDialog(result, parent).exec()

    def review_reference_import(self, parent: QWidget | None, result: "ReferenceImport", source: Path) -> bool:
        """Show the references read (and the records skipped); True when the person adds them."""
        from .dialogs.reference_import import ReferenceImportDialog

        return bool(ReferenceImportDialog(result, source, parent).exec())

    def choose_reference_format(self, parent: QWidget | None) -> str | None:
        """The reference-manager format key to export to, or None when cancelled."""
        from editor.io.refs import FORMATS

        names = [fmt.name for fmt in FORMATS.values()]
        name, ok = QInputDialog.getItem(parent, "Export references", "Format for your reference manager:",
                                        names, 0, False)
        return next((key for key, fmt in FORMATS.items() if fmt.name == name), None) if ok else None

    def progress(self, parent: QWidget | None, title: str, text: str) -> "Progress":
        """A progress window for long work; it shows only when the work takes longer than a moment."""
        return Progress(parent, title, text)


class Progress:
    """A cancellable progress window, called as ``progress(done, total)``; False means "stop".

    Use it as a context manager so the window goes away however the work ends.
    """

    def __init__(self, parent: QWidget | None, title: str, text: str):
        self.dialog = QProgressDialog(text, "Cancel", 0, 100, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick work finishes before it appears
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> bool:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *_exc) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


current: Interaction = Interaction()


def use(interaction: Interaction) -> Interaction:
    """Install another interaction (tests); returns the previous one."""
    global current
    previous, current = current, interaction
    return previous
