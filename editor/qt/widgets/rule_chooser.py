"""A checkable list of the validation rules: unticked rules are switched off (and remembered)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class RuleChooser(QDialog):
    def __init__(self, rules: list, disabled: frozenset[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Validation rules")
        self.resize(560, 480)
        self.list = QListWidget(self)
        for rule in rules:
            item = QListWidgetItem(f"{rule.id} — {rule.title} ({rule.severity.value})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setToolTip(rule.doc)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if rule.id in disabled else Qt.CheckState.Checked)
        label = QLabel("&Rules that check the report (untick to switch one off; Space toggles):", self)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def disabled(self) -> frozenset[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return frozenset(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() != Qt.CheckState.Checked)
