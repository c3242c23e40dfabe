"""Find duplicates…: likely duplicate references side by side, merged in one undoable step."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.domain.derived import reference_name, reference_numbers
from editor.domain.merge import merge_references
from editor.domain.operations import OperationError
from editor.domain.references import Reference
from editor.references.duplicates import find_duplicates

from .. import interaction
from ..document import Document
from .reference_form import citations_of, show_names

DIFFERENT = QColor("#fff1c2")
FIELDS = [
    ("Kind", lambda r: r.kind.value),
    ("Authors", lambda r: show_names(r.authors) + (", et al." if r.et_al else "") or (r.group_author or "")),
    ("Title", lambda r: r.title), ("Journal / book", lambda r: r.container), ("Year", lambda r: r.year),
    ("Volume", lambda r: r.volume), ("Issue", lambda r: r.issue),
    ("Pages", lambda r: "-".join(p for p in (r.first_page, r.last_page) if p) or r.article_number),
    ("DOI", lambda r: r.doi), ("PMID", lambda r: r.pmid), ("URL", lambda r: r.url), ("Id", lambda r: r.id),
]


PAIR_LIST_WIDTH = 260


def _short(ref: Reference) -> str:
    return f"{ref.first_author() or '(no author)'} {ref.year or ''}".strip()


def _numbered(ref: Reference, numbers: dict[str, int]) -> str:
    """As every screen names it: "reference 17 (Pescovitz MD 2006)", or "uncited reference (…)" without a number."""
    return reference_name(ref, numbers.get(ref.id), capital=False)


class DuplicatesDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle("Likely duplicate references")
        self.resize(1000, 560)
        self.pairs_list = QListWidget()
        self.pairs_list.setWordWrap(True)  # "Pescovitz MD 2006 ↔ Pescovitz MD 2006 — same DOI" in full
        self.pairs_list.setFixedWidth(PAIR_LIST_WIDTH)
        self.pairs_list.setAccessibleName("Likely duplicate pairs")
        self.pairs_heading = QLabel()
        self.pairs_list.currentRowChanged.connect(self._show_pair)
        self.table = QTableWidget(len(FIELDS) + 1, 2)
        self.table.setVerticalHeaderLabels([f[0] for f in FIELDS] + ["Cited"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.reason = QLabel()
        self.keep_left = QPushButton("Keep left, merge right into it")
        self.keep_right = QPushButton("Keep right, merge left into it")
        self.skip = QPushButton("Not duplicates")
        close = QPushButton("Close")
        self.keep_left.clicked.connect(lambda: self.merge(keep_left=True))
        self.keep_right.clicked.connect(lambda: self.merge(keep_left=False))
        self.skip.clicked.connect(self.skip_pair)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.keep_left, self.keep_right, self.skip):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(self.reason)
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(self.pairs_heading)
        left.addWidget(self.pairs_list, 1)
        body = QHBoxLayout(self)
        body.addLayout(left)
        body.addLayout(right, 1)
        self.skipped: set[tuple[str, str]] = set()
        self.pairs = []
        self.find()

    def find(self) -> None:
        """Look again (after a merge the list changes)."""
        self.pairs = [p for p in find_duplicates(self.document.report.references)
                      if (p.a_id, p.b_id) not in self.skipped]
        self.pairs_list.clear()
        for pair in self.pairs:
            a, b = self.document.report.reference(pair.a_id), self.document.report.reference(pair.b_id)
            self.pairs_list.addItem(f"{_short(a)} ↔ {_short(b)} — {pair.describe()}")
        has_pairs = bool(self.pairs)
        self.pairs_heading.setText(f"<b>{len(self.pairs)} likely duplicate pair{'s' * (len(self.pairs) != 1)}</b>")
        for button in (self.keep_left, self.keep_right, self.skip):
            button.setEnabled(has_pairs)
        if has_pairs:
            self.pairs_list.setCurrentRow(0)
        else:
            self.table.clearContents()
            self.reason.setText("No likely duplicates left.")

    def _show_pair(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        report = self.document.report
        refs = (report.reference(pair.a_id), report.reference(pair.b_id))
        self.reason.setText(f"<b>Why:</b> {pair.describe()} (score {pair.score:.2f}). "
                            "Differences are shaded; merging keeps the richer fields and moves every citation.")
        for line, (_name, show) in enumerate(FIELDS):
            values = ["" if show(r) is None else str(show(r)) for r in refs]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if values[0] != values[1]:
                    cell.setBackground(DIFFERENT)
                self.table.setItem(line, column, cell)
        for column, ref in enumerate(refs):
            self.table.setItem(len(FIELDS), column, QTableWidgetItem(str(len(citations_of(report, ref.id)))))
        numbers = reference_numbers(report)
        self.table.setHorizontalHeaderLabels([f"{side}: {_numbered(ref, numbers)}"
                                              for side, ref in zip(("Left", "Right"), refs)])
        self.table.resizeRowsToContents()

    def current_pair(self):
        row = self.pairs_list.currentRow()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def merge(self, keep_left: bool) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        keep, drop = (pair.a_id, pair.b_id) if keep_left else (pair.b_id, pair.a_id)
        try:
            batch = merge_references(self.document.report, keep_id=keep, drop_id=drop)
        except OperationError as exc:
            interaction.current.show_error(self, "Cannot merge", str(exc))
            return
        self.document.push_applied(batch, "Merge duplicate references")
        self.find()

    def skip_pair(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.skipped.add((pair.a_id, pair.b_id))
            self.find()
