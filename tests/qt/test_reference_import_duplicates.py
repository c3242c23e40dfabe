"""References ▸ Import… into a report that already holds them: likely duplicates are listed and skipped by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from editor.domain.references import PersonName, Reference
from editor.io.native import load
from editor.io.refs import export_references, import_references
from editor.qt import interaction
from editor.qt.dialogs.reference_import import SKIP_TEXT, ImportReview, ReferenceImportDialog
from editor.qt.document import Document
from editor.qt.panels.references_panel import ReferencesPanel

from .panel_support import collect_qt_garbage  # noqa: F401 (autouse fixture)
from .window_support import ScriptedInteraction

SEED = Path(__file__).resolve().parents[2] / "samples" / "rituximab-fsgs.case.json"


class KeepingDuplicates(ScriptedInteraction):
    """Answers the review as a person who unticks "Skip references already in the report"."""

    def review_reference_import(self, parent, result, source):
        result.skip_duplicates = False
        return super().review_reference_import(parent, result, source)


@pytest.fixture
def panel(qtbot):
    widget = ReferencesPanel(Document(load(SEED), SEED))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def seed_export(tmp_path) -> Path:
    out = tmp_path / "seed.ris"
    export_references(load(SEED).references, "ris", out)
    return out


@pytest.fixture
def mixed_file(tmp_path) -> Path:
    """One new reference, one the seed holds (title with a trailing full stop), and the new one again."""
    seed = load(SEED)
    fresh = Reference(authors=[PersonName(family="Gan", initials="WL")], title="A new case", year=2024,
                      container="Kidney Int", doi="10.1016/j.kint.2024.01.001")
    repeated = seed.references[4].model_copy(update={"title": seed.references[4].title + "."})
    out = tmp_path / "mixed.json"
    export_references([fresh, repeated, fresh.model_copy()], "csl-json", out)
    return out


def _import(panel, script, path):
    script.reviews.append(True)
    script.open_paths.append(path)
    previous = interaction.use(script)
    try:
        next(b for b in panel.findChildren(QPushButton) if b.text() == "Import…").click()
    finally:
        interaction.use(previous)


def test_importing_the_seeds_own_export_adds_nothing_by_default(panel, seed_export):
    script = ScriptedInteraction()
    _import(panel, script, seed_export)
    [(review, _source)] = script.reviewed
    assert len(review.duplicates) == 26 and review.skip_duplicates
    assert len(panel.document.report.references) == 26
    assert panel.document.undo_stack.count() == 0


def test_unticking_the_box_adds_the_copies_in_one_step(panel, seed_export):
    _import(panel, KeepingDuplicates(), seed_export)
    assert len(panel.document.report.references) == 52
    assert panel.document.undo_stack.undoText() == "Import 26 references"


def test_only_the_new_reference_is_added_from_a_mixed_file(panel, mixed_file):
    _import(panel, ScriptedInteraction(), mixed_file)
    references = panel.document.report.references
    assert len(references) == 27 and references[-1].title == "A new case"
    assert panel.document.undo_stack.undoText() == "Import 1 reference"


def test_review_lists_the_duplicates_with_a_ticked_box_that_changes_the_count(qtbot, mixed_file):
    review = ImportReview.of(import_references(mixed_file), load(SEED))
    dialog = ReferenceImportDialog(review, mixed_file)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    listed = [dialog.duplicates.item(i).text() for i in range(dialog.duplicates.count())]
    assert len(listed) == 2
    # stored fifth, cited eighth: named as the References panel numbers it
    assert listed[0].startswith("2. Cattran DC 2003") and "repeats reference 8 (Cattran DC 2003) in the report" in listed[0]
    assert listed[1].startswith("3. Gan WL 2024. A new case") and "repeats reference 1 of the file" in listed[1]
    assert dialog.skip_duplicates.text() == SKIP_TEXT and dialog.skip_duplicates.isChecked()
    assert dialog.add_button.text() == "Add 1 reference"

    box = dialog.skip_duplicates  # a click on the box itself (the row is wider than box and words)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.add_button.text() == "Add 3 references" and not review.skip_duplicates
    assert len(review.to_add()) == 3


def test_all_duplicates_ticked_leaves_nothing_to_add(qtbot, seed_export):
    review = ImportReview.of(import_references(seed_export), load(SEED))
    dialog = ReferenceImportDialog(review, seed_export)
    qtbot.addWidget(dialog)
    assert dialog.add_button.text() == "Add 0 references" and not dialog.add_button.isEnabled()
    dialog.skip_duplicates.setChecked(False)
    assert dialog.add_button.isEnabled()
