"""The preview dock: the report as a reader sees it, following edits after a short pause.

The HTML comes from ``editor.io.html.render_html(report, standalone=False, narrow=True)``,
built from escaped text, with citations and the reference list in the style chosen
above it (Vancouver and AMA numbered, "[1,2]"; APA author-date, "(Kim et al., 2016)"
with an alphabetical list; File ▸ Export uses the same choice); its tables
have fewer columns, a smaller font and wrapping cells, so they fit the dock's width.
It is imported on first use so start-up does not pay for the export code.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.references.styles import STYLES

from .following import FollowingDock

# headings sized for a side panel: a long title wraps between words, never inside one
STYLE = """
h1 { font-size: 14pt; margin-bottom: 6px; } h2 { font-size: 12pt; margin-top: 12px; } h3 { font-size: 10.5pt; }
p { margin: 4px 0 6px 0; } table { border-collapse: collapse; } th { background: #eee; }
table.narrow { font-size: 8pt; } table.narrow th { text-align: left; }
p.reference { margin-left: 18px; text-indent: -18px; } a.cite { text-decoration: none; }
"""


class PreviewDock(FollowingDock):
    debounce_ms = 400

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Preview", parent)
        self.setObjectName("preview-dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        find_row = QHBoxLayout()
        label = QLabel("F&ind:", body)
        self.find_field = QLineEdit(body)
        self.find_field.setPlaceholderText("text in the preview; Enter finds the next")
        self.find_field.setClearButtonEnabled(True)
        label.setBuddy(self.find_field)
        self.find_field.returnPressed.connect(self.find_next)
        find_row.addWidget(label)
        find_row.addWidget(self.find_field)
        layout.addLayout(find_row)
        style_row = QHBoxLayout()
        style_label = QLabel("Reference st&yle:", body)
        self.style_choice = QComboBox(body)
        for style in STYLES.values():
            self.style_choice.addItem(style.label, style.key)
        self.style_choice.setToolTip("How the reference list is written here and in File ▸ Export")
        style_label.setBuddy(self.style_choice)
        self.settings = getattr(parent, "settings", None)  # the window's; a bare dock remembers nothing
        if self.settings is not None:
            remembered = self.style_choice.findData(self.settings.reference_style())
            self.style_choice.setCurrentIndex(max(remembered, 0))
        self.style_choice.currentIndexChanged.connect(self._style_chosen)
        style_row.addWidget(style_label)
        style_row.addWidget(self.style_choice, 1)
        layout.addLayout(style_row)
        self.browser = QTextBrowser(body)
        self.browser.setOpenLinks(False)
        self.browser.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.browser.document().setDefaultStyleSheet(STYLE)
        layout.addWidget(self.browser)
        self.setWidget(body)

    @property
    def reference_style(self) -> str:
        """The chosen style's key ("vancouver", "ama", "apa")."""
        return self.style_choice.currentData()

    def _style_chosen(self, _index: int) -> None:
        if self.settings is not None:
            self.settings.set_reference_style(self.reference_style)
        self.refresh()

    def refresh(self) -> None:
        """Render now, keeping the reader's place in the text."""
        from editor.io.html import render_html

        if self.document is None:
            return
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        body = render_html(self.document.report, style=self.reference_style, standalone=False, narrow=True)
        self.browser.setHtml(f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>")
        bar.setValue(min(position, bar.maximum()))
        self.stale = False

    def find_next(self) -> bool:
        """Select the next occurrence of the search text, wrapping round once."""
        text = self.find_field.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, QTextDocument.FindFlag(0))
