"""Paste references…: read a pasted list, let the person correct it, add it in one undoable step."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.domain.operations import InsertItem
from editor.domain.references import Reference, ReferenceKind
from editor.domain.report import new_id
from editor.references.locators import expand_pages
from editor.references.parser import parse_reference_with_confidence, split_references

from ..document import Document
from ..widgets.column_fit import fit_columns
from .reference_form import FIELDS_BY_KIND, parse_names, show_names

DOUBT = QColor("#fff1c2")
WRONG = QColor("#fde0e0")
DOUBT_TIP = "The reader is not sure about this field: please check it."
_CONTAINED = (ReferenceKind.JOURNAL, ReferenceKind.CHAPTER, ReferenceKind.CONFERENCE)


def _text(value) -> str:
    return "" if value is None else str(value)


def _pages(ref: Reference) -> str:
    return "-".join(p for p in (ref.first_page, ref.last_page) if p) or _text(ref.article_number)


def _set_pages(ref: Reference, text: str) -> None:
    """Pages typed as printed: "2220-6" or "2220–2226" is 2220 to 2226; an article number stays one."""
    text = re.sub(r"\s*[-\u2010-\u2015]+\s*", "-", text)
    if ref.article_number and not ref.first_page and "-" not in text:
        ref.article_number = text or None
        return
    ref.first_page, ref.last_page = expand_pages(text or None)


def _venue_field(ref: Reference) -> str:
    """Where the "Journal / book / publisher" cell reads and writes: a book, report or thesis has no
    journal, so the cell shows (and corrects) its publisher."""
    return "container" if ref.container or ref.kind in _CONTAINED else "publisher"


def _show_venue(ref: Reference) -> str:
    return _text(getattr(ref, _venue_field(ref)))


def _set_venue(ref: Reference, text: str) -> None:
    setattr(ref, _venue_field(ref), text or None)


def _set_year(ref: Reference, text: str) -> None:
    if text and not (text.isdigit() and 1000 <= int(text) <= 2100):
        raise ValueError("a year is four digits, e.g. 2012")
    ref.year = int(text) if text else None


def _set_kind(ref: Reference, text: str) -> None:
    try:
        ref.kind = ReferenceKind(text or "journal")
    except ValueError:
        raise ValueError(f"the kind is one of: {', '.join(ReferenceKind.values())}") from None


_ISO_DAY = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NLM_DAY = re.compile(r"^(\d{4})\s+([A-Za-z]{3})[a-z]*\.?(?:\s+(\d{1,2}))?$")


def _set_url(ref: Reference, text: str) -> None:
    """A web address as printed after "Available from:"; "www.…" gets its https://."""
    if text and not re.match(r"(?i)^(?:https?|ftp)://\S+$|^www\.\S+$", text):
        raise ValueError("a web address starts with https:// (or www.) and has no spaces")
    ref.url = ("https://" + text if text.lower().startswith("www.") else text) or None


def _set_accessed(ref: Reference, text: str) -> None:
    """The date a web page was seen, kept as YYYY-MM-DD; "2024 Jan 3" (as NLM prints it) is read too."""
    nlm = _NLM_DAY.match(text)
    if nlm and nlm.group(2).lower() in _MONTHS:
        year, month, day = nlm.group(1), _MONTHS.index(nlm.group(2).lower()) + 1, nlm.group(3)
        text = f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    if text and not _ISO_DAY.match(text):
        raise ValueError("a date of access is YYYY-MM-DD (e.g. 2024-01-03) or as printed, 2024 Jan 3")
    ref.accessed = text or None


def _set_edition(ref: Reference, text: str) -> None:
    """"2nd", "2nd ed." and "2" are one edition: the "ed." is what Vancouver prints, not part of it."""
    ref.edition = re.sub(r"(?i)\s*\bed(?:ition)?\.?$", "", text).strip() or None


def _setter(name: str):
    def set_field(ref: Reference, text: str) -> None:
        setattr(ref, name, text or None)
    return set_field


# (title, fields the parser may doubt, show, set from typed text)
COLUMNS = [
    ("Kind", {"kind"}, lambda r: r.kind.value, _set_kind),
    ("Authors", {"authors", "group_author", "et_al"}, lambda r: _show_authors(r), None),
    ("Title", {"title"}, lambda r: _text(r.title), _setter("title")),
    ("Journal / book / publisher", {"container", "publisher"}, _show_venue, _set_venue),
    ("Place", {"place"}, lambda r: _text(r.place), _setter("place")),
    ("Edition", {"edition"}, lambda r: _text(r.edition), _set_edition),
    ("Year", {"year", "month", "day"}, lambda r: _text(r.year), _set_year),
    ("Volume", {"volume", "supplement"}, lambda r: _text(r.volume), _setter("volume")),
    ("Issue", {"issue"}, lambda r: _text(r.issue), _setter("issue")),
    ("Pages", {"first_page", "last_page", "article_number"}, _pages, _set_pages),
    ("DOI", {"doi"}, lambda r: _text(r.doi), _setter("doi")),
    ("PMID", {"pmid"}, lambda r: _text(r.pmid), _setter("pmid")),
    ("URL", {"url"}, lambda r: _text(r.url), _set_url),
    ("Accessed", {"accessed"}, lambda r: _text(r.accessed), _set_accessed),
]


def _show_authors(ref: Reference) -> str:
    """Named authors, then the group after a semicolon: "Kim JS, Han BG; KDIGO Work Group"."""
    names = show_names(ref.authors) + (", et al." if ref.et_al else "") if ref.authors else ""
    return "; ".join(part for part in (names, _text(ref.group_author)) if part)


def _set_authors(ref: Reference, text: str) -> None:
    """Read the cell back: the names before a semicolon, the group author after it."""
    names, semicolon, group = (part.strip() for part in text.partition(";"))
    if not semicolon and ref.group_author and not ref.authors and names == ref.group_author:
        return  # the group author alone, unchanged
    ref.et_al = names.endswith("et al.") or names.endswith("et al")
    ref.authors = parse_names(names.replace("et al.", "").replace("et al", "").strip().rstrip(","))
    ref.group_author = group or None  # the cell is what the reference keeps: a group taken out is gone


COLUMNS[1] = (*COLUMNS[1][:3], _set_authors)


def read_list(text: str) -> list[tuple[Reference, set[str]]]:
    """Each pasted reference with the fields the reader doubts; one it cannot read is kept whole as its title."""
    rows = []
    for item in split_references(text):
        try:
            rows.append(parse_reference_with_confidence(item))
        except (ValueError, TypeError, AttributeError, IndexError) as exc:  # a reader bug must not lose the text
            rows.append((Reference(kind=ReferenceKind.OTHER, title=item, raw=item), {"title", "kind", f"error: {exc}"}))
    return rows


# widths in average characters; the title takes the rest, never less than TITLE_MINIMUM pixels
# (below that the table scrolls sideways rather than squeezing the column people check first)
COLUMN_CHARS = {"Kind": 9, "Authors": 19, "Journal / book / publisher": 20, "Place": 12, "Edition": 7, "Year": 5,
                "Volume": 6, "Issue": 5, "Pages": 11, "DOI": 14, "PMID": 8, "URL": 20, "Accessed": 12}
TITLE_MINIMUM = 220  # with every column shown, a 1280-pixel screen still has this much for the title
HEADER_LABELS = {"Journal / book / publisher": "Journal / book /\npublisher"}  # two lines: the cells are short
# columns only some kinds have: shown when a pasted reference's kind has the field (as in the
# reference form) or holds a value for it, so a list of articles keeps a table that fits
OPTIONAL = {"Place": "place", "Edition": "edition", "Volume": "volume", "Issue": "issue", "PMID": "pmid",
            "Accessed": "accessed"}


def _column_needed(title: str, refs: list[Reference]) -> bool:
    field = OPTIONAL.get(title)
    if field is None:
        return True
    return any(getattr(ref, field) or field in FIELDS_BY_KIND.get(ref.kind, {field}) for ref in refs)


def _titled(text: str, field: QWidget) -> QWidget:
    """``field`` under a label whose underlined letter jumps to it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text, box)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field, 1)
    return box


class PasteReferencesDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle("Paste references")
        self.resize(1180, 640)
        self.rows: list[tuple[Reference, set[str]]] = []
        self.errors: set[tuple[int, int]] = set()
        self.pasted = QPlainTextEdit()
        self.pasted.setPlaceholderText("Paste the reference list here, one reference per line or numbered "
                                       "(1. … / [1] … / 1) …). Each is read as you paste.")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([HEADER_LABELS.get(c[0], c[0]) for c in COLUMNS])
        self.table.setHorizontalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        title = next(i for i, c in enumerate(COLUMNS) if c[0] == "Title")
        self.fitter = fit_columns(self.table, title, {i: COLUMN_CHARS[c[0]] for i, c in enumerate(COLUMNS)
                                                      if c[0] in COLUMN_CHARS}, minimum=TITLE_MINIMUM)
        self.table.itemChanged.connect(self._cell_edited)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_titled("&Pasted list", self.pasted))
        splitter.addWidget(_titled("&Read as (double-click a cell to correct it; shaded cells need a check)",
                                   self.table))
        splitter.setSizes([180, 400])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton("Add references", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.add_all)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.read)
        self.pasted.textChanged.connect(self._timer.start)
        self._show_needed_columns()

    def read(self) -> None:
        """Read the pasted text again and show each reference, doubtful fields shaded."""
        self.rows = read_list(self.pasted.toPlainText())
        self.errors.clear()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, (ref, doubts) in enumerate(self.rows):
            for column, (_title, fields, show, _set) in enumerate(COLUMNS):
                cell = QTableWidgetItem(show(ref))
                if fields & doubts:
                    cell.setBackground(DOUBT)
                    cell.setToolTip(DOUBT_TIP)
                elif len(cell.text()) > 16:
                    cell.setToolTip(cell.text())  # a long URL or title is cut short in its cell
                self.table.setItem(row, column, cell)
            self.table.setVerticalHeaderItem(row, QTableWidgetItem(str(row + 1)))
            self.table.verticalHeaderItem(row).setToolTip(ref.raw or "")
        self.table.blockSignals(False)
        self._show_needed_columns()
        self._update_summary()

    def _show_needed_columns(self) -> None:
        refs = [ref for ref, _doubts in self.rows]
        for column, (title, *_rest) in enumerate(COLUMNS):
            self.table.setColumnHidden(column, not _column_needed(title, refs))
        self.fitter.fit()
        self._widen_to_fit()

    def _widen_to_fit(self) -> None:
        """Grow (never shrink) the dialog so every shown column and a readable title fit, within the screen."""
        self.table.updateGeometries()  # the row numbers' header has just grown: measure the room left now
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.fitter.main and not header.isSectionHidden(c))
        wanted = self.width() + others + TITLE_MINIMUM - self.table.viewport().width()
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        if min(wanted, screen) > self.width():
            self.resize(min(wanted, screen), self.height())

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        row, column = cell.row(), cell.column()
        ref = self.rows[row][0]
        try:
            COLUMNS[column][3](ref, cell.text().strip())
        except ValueError as exc:
            self.errors.add((row, column))
            cell.setBackground(WRONG)
            cell.setToolTip(str(exc))
        else:
            self.errors.discard((row, column))
            cell.setBackground(QColor(0, 0, 0, 0))
            cell.setToolTip("Corrected by hand")
            self.rows[row][1].difference_update(COLUMNS[column][1])
            if COLUMNS[column][0] == "Kind":
                self._show_needed_columns()  # a row made a book needs Place and Edition
        self._update_summary()

    def _update_summary(self) -> None:
        doubtful = sum(1 for _, doubts in self.rows if doubts)
        text = f"{len(self.rows)} reference{'s' if len(self.rows) != 1 else ''} read"
        if doubtful:
            text += f"; {doubtful} with shaded fields to check"
        if self.errors:
            text += f". {len(self.errors)} cell{'s' if len(self.errors) != 1 else ''} cannot be read: fix them to add"
        self.summary.setText(text + ".")
        self.add_button.setText(f"Add {len(self.rows)} reference{'s' if len(self.rows) != 1 else ''}")
        self.add_button.setEnabled(bool(self.rows) and not self.errors)

    def add_all(self) -> None:
        """Add every row at the end of the list as one undoable step."""
        if not self.rows or self.errors:
            return
        taken = {item.id for _, _, item in self.document.report.identified_items()}
        start = len(self.document.report.references)
        changes = []
        for offset, (ref, _doubts) in enumerate(self.rows):
            ref = ref.model_copy(deep=True)
            ref.id = new_id("ref", taken)
            taken.add(ref.id)
            changes.append(InsertItem("/references", start + offset, ref))
        count = len(changes)
        self.document.push_batch(changes, f"Paste {count} reference{'s' if count != 1 else ''}")
        self.accept()
