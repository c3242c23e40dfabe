"""Accessible names for form fields, taken from the labels a sighted person reads.

A screen reader announces a field by its accessible name; ``QFormLayout``'s
labels are not that name. ``name_fields`` gives every field of a form its
label's words ("Dose &basis" -> "Dose basis"), and the inputs inside a field
made of several (a dose's amount and unit, a time's kind and value) the label
plus what each part is for ("Dose: unit").
"""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QDateTimeEdit, QFormLayout,
                               QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QAbstractItemView, QAbstractButton)


def label_words(text: str) -> str:
    """"Cumulative\\n(re&ported)" -> "Cumulative (reported)"."""
    return " ".join(text.replace("&", "").split()).rstrip(":")


def _inside(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False


def is_input(widget: QWidget) -> bool:
    """A field a person edits or picks from; not a combo's own line edit, popup list or a table header."""
    if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
        return False
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
        return False
    if isinstance(widget, QAbstractItemView) and _inside(widget, QComboBox):
        return False
    if isinstance(widget, QAbstractButton) and _inside(widget, (QAbstractItemView, QLineEdit)):
        return False  # a table's corner button, a line edit's clear button
    return not isinstance(widget, QAbstractButton) or not widget.text()  # a button's text is its name


def _part_words(widget: QWidget) -> str:
    """What one part of a composite field is for: its placeholder, else its tip's first clause."""
    hint = widget.placeholderText() if hasattr(widget, "placeholderText") else ""
    if not hint and isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        hint = widget.lineEdit().placeholderText()
    hint = hint or widget.toolTip().split(".")[0].split("(")[0]
    if not hint:
        hint = "date" if isinstance(widget, QDateTimeEdit) else "number" if isinstance(widget, QAbstractSpinBox) \
            else "choice" if isinstance(widget, QComboBox) else ""
    return " ".join(hint.split())


def name_field(widget: QWidget, name: str, overwrite: bool = True) -> None:
    """Name ``widget`` and, inside a composite, each unnamed input after its part."""
    if not name:
        return
    if overwrite or not widget.accessibleName():
        widget.setAccessibleName(name)
    if hasattr(widget, "name_parts"):  # a composite that knows its parts' names
        widget.name_parts(name)
    for part in widget.findChildren(QWidget):
        if is_input(part) and not part.accessibleName():
            words = _part_words(part)
            part.setAccessibleName(f"{name}: {words}" if words else name)


def name_fields(form: QFormLayout) -> None:
    """Every labelled field of ``form`` takes its label's words; names already given stay."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or not isinstance(label.widget(), QLabel) or field.widget() is None:
            continue
        name_field(field.widget(), label_words(label.widget().text()), overwrite=False)
