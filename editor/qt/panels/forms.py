"""Building blocks of form panels: labelled rows with mnemonics, text boxes, a scrolling page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QFrame, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout,
                               QWidget)

from ..document import Document
from .base import Panel


def narrow_form(parent: QWidget) -> QFormLayout:
    """A form whose labels sit right-aligned beside their fields, and above them when the panel is narrow."""
    form = QFormLayout(parent)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def text_box(lines: int = 4, placeholder: str = "") -> QPlainTextEdit:
    """A multi-line field; Tab moves on to the next field (Ctrl+Tab is not needed)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setMinimumHeight(height)
    if lines <= 8:  # short answers stay short; long narratives take the room there is
        box.setMaximumHeight(int(height * 1.5))
    return box


def line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def add_row(form: QFormLayout, text: str, widget: QWidget, tip: str = "", field: QWidget | None = None) -> QLabel:
    """A row whose label names the field and jumps to it with Alt+its underlined letter.

    ``field`` is what the row shows when ``widget`` sits inside a larger one (a value with its unit).
    """
    label = QLabel(text)
    label.setBuddy(widget)
    if tip:
        widget.setToolTip(tip)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    form.addRow(label, field or widget)
    return label


def heading(title: str, intro: str = "") -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 6)
    title_label = QLabel(f"<h2 style='margin:0'>{title}</h2>")
    layout.addWidget(title_label)
    if intro:
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
    return box


class FormPanel(Panel):
    """A panel that is one scrolling form: subclasses add rows to ``self.form``."""

    intro: str = ""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.page = QWidget()
        self.page_layout = QVBoxLayout(self.page)
        self.page_layout.addWidget(heading(self.title, self.intro))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.page_layout.addLayout(self.form)
        self.page_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def focus_path(self, pointer: str) -> bool:
        widget = self.binder.widget_for(pointer)
        if widget is None:
            return False
        self.scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
