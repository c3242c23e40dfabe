"""Marks, inside a narrative text box, the characters a finding is about (a name, a date, a record number).

The problems dock publishes each new list of findings on the document's
``FindingsFeed``; every text box bound to a field keeps a ``FindingHighlighter``
that underlines the ranges of the findings at its field's pointer and shows
the finding's message as a tooltip over them. While the person types, ranges
after the edit move with the text and ranges the edit touched are dropped, so
no highlight lands on the wrong words before validation runs again.
"""

from __future__ import annotations

import weakref
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from editor.validation import Finding, Severity

Range = tuple[int, int, Finding]

_UNDERLINE = {Severity.ERROR: QColor("#b00020"), Severity.WARNING: QColor("#c77700"), Severity.INFO: QColor("#2a5db0")}
_BACKGROUND = {Severity.ERROR: QColor(176, 0, 32, 40), Severity.WARNING: QColor(230, 150, 0, 45),
               Severity.INFO: QColor(42, 93, 176, 30)}


class FindingsFeed(QObject):
    """The latest findings of one document, for the views that mark them."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[Finding] = []

    def publish(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.changed.emit()

    def ranges(self, pointer: str) -> list[Range]:
        """(start, end, finding) of the findings with a character range in the field at ``pointer``."""
        return sorted((f.start, f.end, f) for f in self.findings
                      if f.path == pointer and f.start is not None and f.end is not None and f.end > f.start)


_feeds: "weakref.WeakKeyDictionary[QObject, FindingsFeed]" = weakref.WeakKeyDictionary()


def findings_feed(document: QObject) -> FindingsFeed:
    """The feed of ``document`` (made on first use)."""
    feed = _feeds.get(document)
    if feed is None:
        feed = _feeds[document] = FindingsFeed()
    return feed


class FindingHighlighter(QSyntaxHighlighter):
    """Underlines the finding ranges of one text box's field; ``pointer()`` names the field now shown."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit, feed: FindingsFeed, pointer: Callable[[], str]):
        super().__init__(editor.document())
        self.editor = editor
        self.feed = feed
        self.pointer = pointer
        self.ranges: list[Range] = []
        feed.changed.connect(self.refresh)
        editor.document().contentsChange.connect(self._text_changed)
        editor.viewport().installEventFilter(self)
        self.refresh()

    @classmethod
    def attach(cls, editor: QPlainTextEdit | QTextEdit, document: QObject, pointer: Callable[[], str]):
        highlighter = cls(editor, findings_feed(document), pointer)
        editor.setProperty("findingHighlighter", True)
        editor._finding_highlighter = highlighter  # kept alive with the text box
        return highlighter

    def refresh(self) -> None:
        """Take the ranges of the latest findings; redraw only when they differ."""
        ranges = self.feed.ranges(self.pointer())
        if ranges != self.ranges:
            old, self.ranges = self.ranges, ranges
            self._redraw(old + ranges)

    def range_at(self, position: int) -> Range | None:
        return next((r for r in self.ranges if r[0] <= position < r[1]), None)

    # --- drawing ----------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802
        if not self.ranges:
            return
        first = self.currentBlock().position()
        last = first + len(text)
        for start, end, finding in self.ranges:
            if end <= first or start >= last:
                continue
            begin = max(start, first)
            self.setFormat(begin - first, min(end, last) - begin, self._format(finding.severity))

    @staticmethod
    def _format(severity: Severity) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(_UNDERLINE[severity])
        fmt.setBackground(_BACKGROUND[severity])
        return fmt

    def _redraw(self, ranges: list[Range]) -> None:
        document = self.document()
        if document is None:
            return
        blocks = set()
        for start, end, _ in ranges:
            block = document.findBlock(start)
            while block.isValid() and block.position() < max(end, start + 1):
                blocks.add(block.blockNumber())
                block = block.next()
        for number in sorted(blocks):
            self.rehighlightBlock(document.findBlockByNumber(number))

    def _text_changed(self, position: int, removed: int, added: int) -> None:
        """Keep ranges on their words while typing: shift those after the edit, drop those it touched."""
        if not self.ranges or (removed == 0 and added == 0):
            return
        kept: list[Range] = []
        for start, end, finding in self.ranges:
            if end <= position:
                kept.append((start, end, finding))
            elif start >= position + removed:
                kept.append((start + added - removed, end + added - removed, finding))
        self.ranges = kept

    # --- tooltip ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and self.ranges:
            found = self.range_at(self.editor.cursorForPosition(event.pos()).position())
            if found is not None:
                finding = found[2]
                QToolTip.showText(event.globalPos(), f"{finding.message}\n{finding.hint}".strip(), self.editor)
                return True
            QToolTip.hideText()
        return False
