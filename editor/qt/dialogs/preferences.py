"""Preferences: every validation rule with a checkbox; unticked rules are switched off and remembered.

The window asks for it through ``interaction.current.choose_rules`` (Edit ▸ Preferences,
Tools ▸ Validation rules); the answer is saved by ``Settings.set_disabled_rules``.
"""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from editor.validation.docs import AREAS

RuleRole = Qt.ItemDataRole.UserRole


class PreferencesDialog(QDialog):
    def __init__(self, rules: list, disabled: frozenset[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.resize(900, 600)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter rules by id or words…")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(["Rule", "Severity", "What it checks"])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._fill(rules, disabled)
        label = QLabel("&Validation rules: untick a rule to switch it off. Your choice is kept for next time.", self)
        label.setBuddy(self.tree)
        label.setWordWrap(True)
        all_on = QPushButton("Switch &all on", self)
        all_on.clicked.connect(lambda: self._set_all(Qt.CheckState.Checked))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_on)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)

    def _fill(self, rules: list, disabled: frozenset[str]) -> None:
        for area, members in groupby(sorted(rules, key=lambda r: r.id), key=lambda r: r.area):
            group = QTreeWidgetItem(self.tree, [AREAS.get(area, area.capitalize())])
            group.setFlags(group.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for rule in members:
                item = QTreeWidgetItem(group, [rule.id, rule.severity.value, rule.title])
                item.setData(0, RuleRole, rule.id)
                item.setToolTip(0, rule.doc)
                item.setToolTip(2, rule.doc)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked if rule.id in disabled else Qt.CheckState.Checked)
            group.setExpanded(True)

    def rule_items(self) -> list[QTreeWidgetItem]:
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out.extend(group.child(i) for i in range(group.childCount()))
        return out

    def set_rule_enabled(self, rule_id: str, enabled: bool) -> None:
        for item in self.rule_items():
            if item.data(0, RuleRole) == rule_id:
                item.setCheckState(0, Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)
                return
        raise KeyError(rule_id)

    def _set_all(self, state: Qt.CheckState) -> None:
        for item in self.rule_items():
            item.setCheckState(0, state)

    def _apply_filter(self, text: str) -> None:
        words = text.lower().split()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            shown = 0
            for i in range(group.childCount()):
                item = group.child(i)
                haystack = f"{item.text(0)} {item.text(2)} {item.toolTip(0)}".lower()
                hide = not all(w in haystack for w in words)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def disabled(self) -> frozenset[str]:
        return frozenset(item.data(0, RuleRole) for item in self.rule_items()
                         if item.checkState(0) != Qt.CheckState.Checked)
