"""A list of the document's items to tick: the courses an outcome is attributed to, its evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_ID = Qt.ItemDataRole.UserRole


class ItemChecklist(QListWidget):
    """Checkable items named for a clinician; ``ticked_changed`` carries the ticked ids.

    Ids ticked in the document but missing from it stay listed (marked "missing")
    so they can be unticked rather than silently dropped.
    """

    ticked_changed = Signal(object)  # list[str]

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._updating = False
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.empty_text = "nothing to choose from yet"
        self._shown: list[tuple[str, str]] | None = None
        self.itemChanged.connect(self._item_changed)

    def set_items(self, items: list[tuple[str, str]], ticked: list[str]) -> None:
        """Show ``items`` as (id, label), ticking those in ``ticked``.

        When the items are the ones already shown only the ticks are updated:
        rebuilding 500 entries on every selection would be slow (and every Qt
        call that returns nothing costs PySide6 6.12 on Python 3.11 a reference to None).
        """
        known = {item_id for item_id, _ in items}
        wanted = list(items) + [(i, f"{i} (missing from the report)") for i in ticked if i not in known]
        self._updating = True
        try:
            if wanted != self._shown:
                self._rebuild(wanted)
            for row, (item_id, _label) in enumerate(wanted):
                state = Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked
                if self.item(row).checkState() != state:
                    self.item(row).setCheckState(state)
        finally:
            self._updating = False

    def _rebuild(self, wanted: list[tuple[str, str]]) -> None:
        self.clear()
        self._shown = wanted
        for item_id, label in wanted:
            self._add(item_id, label, False)
        if not wanted:
            hint = QListWidgetItem(self.empty_text, self)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)

    def _add(self, item_id: str, label: str, ticked: bool) -> None:
        entry = QListWidgetItem(label, self)
        entry.setData(_ID, item_id)
        entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def ticked(self) -> list[str]:
        return [self.item(i).data(_ID) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def entry(self, item_id: str) -> QListWidgetItem | None:
        return next((self.item(i) for i in range(self.count()) if self.item(i).data(_ID) == item_id), None)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._updating:
            self.ticked_changed.emit(self.ticked())


CoursePicker = ItemChecklist
