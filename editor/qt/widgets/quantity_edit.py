"""A dose (or any quantity): a number or a range, and a unit from the unit table.

A unit that is not in the table is kept as typed but flagged beside the field,
so "500 mgs" is visible at once rather than at export.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from editor.domain import units
from editor.domain.numbers import format_number
from editor.domain.quantity import Quantity

_NUMBER = r"\d+(?:[.,]\d*)?|[.,]\d+"
_AMOUNT = re.compile(rf"^\s*(?P<low>{_NUMBER})\s*(?:(?:[-–]|to)\s*(?P<high>{_NUMBER})?)?\s*$")
NOT_IN_TABLE = "⚠ not in the unit table"


def _number(text: str) -> int | float:
    value = float(text.replace(",", "."))
    return int(value) if value.is_integer() else value


def parse_amount(text: str) -> dict:
    """``"500"`` -> value 500; ``"1-2"`` -> low 1, high 2; ``""`` -> nothing. ValueError otherwise."""
    if not text.strip():
        return {}
    match = _AMOUNT.match(text)
    if not match:
        raise ValueError(f"“{text}” is not a number or a range such as 1–2")
    if match["high"] is None and not re.search(r"[-–]|to", text):
        return {"value": _number(match["low"])}
    high = _number(match["high"]) if match["high"] else None
    return {"low": _number(match["low"]), "high": high}


def _unit_names() -> set[str]:
    """Every code and alias of the unit table, lower-cased."""
    return {name.lower() for unit in units.UNITS for name in (unit.code, *unit.aliases)}


UNIT_NAMES = _unit_names()


def still_typing(text: str) -> bool:
    """True when ``text`` may be the start of a longer unit name ("mcg" of "mcg/kg", "d" of "day")."""
    typed = text.strip().lower()
    return any(name != typed and name.startswith(typed) for name in UNIT_NAMES)


def show_amount(quantity: Quantity | None) -> str:
    if quantity is None:
        return ""
    if quantity.value is not None:
        return format_number(quantity.value)
    if quantity.low is not None or quantity.high is not None:
        return f"{format_number(quantity.low) if quantity.low is not None else ''}–{format_number(quantity.high) if quantity.high is not None else ''}"
    return ""


class QuantityEdit(QWidget):
    """``quantity_edited`` carries the new ``Quantity`` (None when both parts are empty)."""

    quantity_edited = Signal(object)
    refused = Signal(str)  # what was typed cannot be read as an amount: why, in words

    def __init__(self, unit_codes: list[str] | None = None, parent: QWidget | None = None,
                 placeholder: str = "amount"):
        super().__init__(parent)
        self._updating = False
        self._current: Quantity | None = None
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(placeholder)
        self.amount.setToolTip("A number (500) or a range (1–2)")
        # no validator: a letter typed is kept and explained (``refused``), not silently dropped
        self.unit = QComboBox(self)
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItem("")
        self.unit.addItems(unit_codes if unit_codes is not None else units.dose_codes())
        self.unit.setMinimumContentsLength(7)
        self.unit.lineEdit().setPlaceholderText("unit")
        self.unit.setToolTip("A unit from the unit table (mg, g, mg/kg, mg/m², IU, …)")
        self.warning = QLabel(NOT_IN_TABLE, self)
        self.warning.setStyleSheet("color: #a35a00;")
        self.warning.setToolTip("This unit is kept as typed, but it cannot be converted or "
                                "checked; pick one from the list if it means the same.")
        self.warning.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 2)
        layout.addWidget(self.unit, 1)
        layout.addWidget(self.warning)
        layout.addStretch(0)
        self.amount.textEdited.connect(self._edited)
        self.unit.lineEdit().textEdited.connect(self._edited)
        self.unit.activated.connect(self._edited)
        self.unit.lineEdit().editingFinished.connect(lambda: self._show_unit_code(finished=True))
        self.setFocusProxy(self.amount)

    # --- showing ------------------------------------------------------------
    def set_quantity(self, quantity: Quantity | None) -> None:
        """Show ``quantity`` without reporting an edit; text being typed that means it is left alone."""
        self._updating = True
        try:
            self._current = quantity
            try:
                typed = parse_amount(self.amount.text())
            except ValueError:
                typed = None
            shown = {k: getattr(quantity, k) for k in ("value", "low", "high") if quantity and getattr(quantity, k) is not None}
            if typed != shown:
                self.amount.setText(show_amount(quantity))
            unit = (quantity.unit if quantity else None) or ""
            if units.canonical(self.unit.currentText().strip()) != unit:
                index = self.unit.findText(unit)
                if index >= 0:
                    self.unit.setCurrentIndex(index)
                else:
                    self.unit.setEditText(unit)
            self._flag_unit(unit)
        finally:
            self._updating = False

    def _show_unit_code(self, finished: bool) -> None:
        """Show the table's own code for a unit typed another way: "mg/m2" becomes "mg/m²".

        At once when no longer unit starts with what was typed; otherwise
        ("mcg", which may become "mcg/kg") when the person leaves the field.
        """
        typed = self.unit.currentText().strip()
        code = units.canonical(typed)
        if not typed or code == typed or not units.is_known(typed) or (not finished and still_typing(typed)):
            return
        self._updating = True
        try:
            index = self.unit.findText(code)
            if index >= 0:
                self.unit.setCurrentIndex(index)
            else:
                self.unit.setEditText(code)
        finally:
            self._updating = False

    def _flag_unit(self, unit: str) -> None:
        self.warning.setVisible(bool(unit) and not units.is_known(unit))

    # --- editing ------------------------------------------------------------
    def quantity(self) -> Quantity | None:
        """What the fields say now; ValueError when the amount cannot be read."""
        amount = parse_amount(self.amount.text())
        unit = units.canonical(self.unit.currentText().strip()) or None
        if not amount and not unit:
            return None
        extra = dict(self._current.model_extra or {}) if self._current else {}
        return Quantity(**amount, unit=unit, **extra)

    def _edited(self, *_args) -> None:
        if self._updating:
            return
        self._flag_unit(self.unit.currentText().strip())
        try:
            quantity = self.quantity()
        except ValueError as exc:
            self.amount.setToolTip(str(exc))
            self.amount.setStyleSheet("background: #fde8e8;")
            self.refused.emit(f"The amount {exc}; it was not taken.")
            return
        self.amount.setStyleSheet("")
        self.amount.setToolTip("A number (500) or a range (1–2)")
        self._current = quantity
        self._show_unit_code(finished=False)
        self.quantity_edited.emit(quantity)

    def name_parts(self, name: str) -> None:
        """Accessible names of the two inputs, after the field's: "Dose: amount", "Dose: unit"."""
        self.amount.setAccessibleName(f"{name}: amount")
        self.unit.setAccessibleName(f"{name}: unit")

    def focus_part(self, part: str) -> None:
        """Focus the part a finding points at: "unit", or the amount ("value", "low", "high")."""
        (self.unit if part == "unit" else self.amount).setFocus()
