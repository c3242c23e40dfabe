"""The form for one reference: only the fields that fit its kind, and where it is cited."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.domain import derived
from editor.domain.operations import Change
from editor.domain.references import PersonName, ReferenceKind
from editor.domain.report import CaseReport

from ..document import Document
from .binding import Binder
from .courses_form import note_edit
from .field_names import label_words, name_field, name_fields
from .list_section import item_at
from .forms import narrow_form

KIND_LABELS = {ReferenceKind.JOURNAL: "journal article", ReferenceKind.BOOK: "book",
               ReferenceKind.CHAPTER: "book chapter", ReferenceKind.WEB: "web page",
               ReferenceKind.REPORT: "report", ReferenceKind.CONFERENCE: "conference paper",
               ReferenceKind.THESIS: "thesis", ReferenceKind.OTHER: "other"}
_COMMON = {"kind", "authors", "et_al", "group_author", "title", "year", "doi", "url"}
FIELDS_BY_KIND: dict[ReferenceKind, set[str]] = {
    ReferenceKind.JOURNAL: _COMMON | {"container", "month", "day", "volume", "issue", "supplement", "pages",
                                      "article_number", "pmid", "pmcid"},
    ReferenceKind.BOOK: _COMMON | {"editors", "edition", "place", "publisher", "pmid"},
    ReferenceKind.CHAPTER: _COMMON | {"container", "editors", "edition", "place", "publisher", "pages", "pmid"},
    ReferenceKind.WEB: _COMMON | {"container", "month", "day", "accessed"},
    ReferenceKind.REPORT: _COMMON | {"place", "publisher", "article_number", "month", "pages"},
    ReferenceKind.CONFERENCE: _COMMON | {"container", "editors", "place", "publisher", "month", "pages"},
    ReferenceKind.THESIS: _COMMON | {"place", "publisher", "accessed"},
}
CONTAINER_LABEL = {ReferenceKind.JOURNAL: "&Journal", ReferenceKind.CHAPTER: "&Book title",
                   ReferenceKind.WEB: "&Website", ReferenceKind.CONFERENCE: "&Proceedings"}
PUBLISHER_LABEL = {ReferenceKind.THESIS: "Institution", ReferenceKind.REPORT: "Publisher / agency"}
NUMBER_LABEL = {ReferenceKind.REPORT: "Report number", ReferenceKind.JOURNAL: "Article number"}
ROW_FIELD = {"date": "year", "issue_row": "volume"}
ALWAYS_IN_ROW = {"year", "volume", "first_page", "last_page"}
_NAME = re.compile(r"^(?P<family>.+?)\s+(?P<initials>[A-Z][A-Za-z\-]{0,3})$")


def parse_names(text: str) -> list[PersonName]:
    """Vancouver names, "Kim JS, Han BG" -> [Kim JS, Han BG]; a name without initials is all family name."""
    names = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        match = _NAME.match(part)
        names.append(PersonName(family=match["family"], initials=match["initials"]) if match
                     else PersonName(family=part))
    return names


def show_names(names: list[PersonName] | None) -> str:
    return ", ".join(n.vancouver() for n in names or [])


def _whole(low: int, high: int, what: str):
    def parse(text: str) -> int | None:
        text = text.strip()
        if not text:
            return None
        if not text.isdigit() or not low <= int(text) <= high:
            raise ValueError(f"{what} is a whole number from {low} to {high}")
        return int(text)
    return parse


SECTION_NAMES = {"abstract": "Abstract", "introduction": "Introduction", "patient": "Patient",
                 "clinical_findings": "Clinical findings", "discussion": "Discussion",
                 "patient_perspective": "Patient perspective", "consent": "Consent",
                 "treatment_courses": "Treatment course", "outcomes": "Outcome", "timeline": "Timeline event"}


def place_name(report: CaseReport, pointer: str) -> str:
    """Where a text field is, for a person: "/abstract/background" -> "Abstract — background"."""
    parts = pointer.strip("/").split("/")
    name = SECTION_NAMES.get(parts[0], parts[0].replace("_", " ").capitalize())
    if len(parts) >= 3 and parts[1].isdigit():
        item = getattr(report, parts[0])[int(parts[1])]
        label = item.label() if hasattr(item, "label") and callable(item.label) else f"{int(parts[1]) + 1}"
        return f"{name} {label} — {parts[2].replace('_', ' ')}"
    if len(parts) == 2:
        return f"{name} — {parts[1].replace('_', ' ')}"
    return name


def snippet_of(report: CaseReport, citation: derived.Citation) -> str:
    """The marker with some of the text around it: "…mainstay of treatment [@ref-3; @ref-7]. Other…"."""
    text = derived.resolve_text(report, citation.path) or ""
    before = text[max(0, citation.start - 60):citation.start].split("\n")[-1]
    after = text[citation.end:citation.end + 20].split("\n")[0]
    return f"…{before.lstrip()}{text[citation.start:citation.end]}{after}…"


def citations_of(report: CaseReport, ref_id: str) -> list[tuple[str, str]]:
    """Each citation of ``ref_id`` as (pointer of the text field, snippet around the marker)."""
    return [(c.path, snippet_of(report, c)) for c in derived.citations(report) if ref_id in c.ref_ids]


class ReferenceForm(QWidget):
    """Bound through the panel's binder; ``navigate_requested`` asks to show a citation's text."""

    navigate_requested = Signal(str)

    def __init__(self, document: Document, binder: Binder, parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.binder = document, binder
        self.rows: dict[str, QWidget] = {}  # a row of the form, by the field that decides whether it shows
        self.parts: dict[str, QWidget] = {}  # short fields sharing a row (month, issue, …)
        box = QGroupBox("Reference", self)
        self.form = narrow_form(box)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build()
        name_fields(self.form)
        cited = QGroupBox("Cited in (double-click to go there)", self)
        self.cited_in = QListWidget(cited)
        self.cited_in.setWordWrap(True)
        self.cited_in.setMinimumHeight(70)
        self.cited_in.itemActivated.connect(self._go_to_citation)
        self.cited_in.setAccessibleName("Cited in")
        QVBoxLayout(cited).addWidget(self.cited_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(box)
        layout.addWidget(cited)
        layout.addStretch(1)
        document.changed.connect(self._document_changed)

    def _line(self, name: str, label: str, placeholder: str = "", parse=None, show=None, width: int = 0) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if width:
            edit.setMaximumWidth(width)
        self.binder.bind_line(edit, f"/{name}", parse=parse, show=show)
        self.rows[name] = edit
        self.form.addRow(label, edit)
        return edit

    def _row(self, key: str, label: str, *edits: tuple[str, str, int, object]) -> None:
        """Several short fields on one row (volume, issue, supplement)."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for name, placeholder, width, parse in edits:
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setToolTip(placeholder)
            edit.setMaximumWidth(width)
            self.binder.bind_line(edit, f"/{name}", parse=parse)
            self.parts[name] = edit
            layout.addWidget(edit)
        layout.addStretch(1)
        self.rows[key] = row
        self.form.addRow(label, row)

    def _build(self) -> None:
        self.kind = QComboBox()
        self.binder.bind_combo(self.kind, "/kind", [(KIND_LABELS[k], k) for k in ReferenceKind])
        self.kind.activated.connect(lambda _i: self.show_fields())
        self.rows["kind"] = self.kind
        self.form.addRow("&Kind", self.kind)
        authors = self._line("authors", "&Authors", "Family Initials, separated by commas: Kim JS, Han BG",
                             parse=self._parse_authors, show=show_names)
        authors.setToolTip("Vancouver style: family name then initials, e.g. “Kim JS, Han BG”")
        self.et_al = QCheckBox("the list was cut with “et al.”")
        self.binder.bind_check(self.et_al, "/et_al")
        self.rows["et_al"] = self.et_al
        self.form.addRow("", self.et_al)
        self._line("group_author", "&Group author", "e.g. KDIGO Glomerular Diseases Work Group")
        self.title = note_edit("title as published")
        self.title.setFixedHeight(48)
        self.binder.bind_text(self.title, "/title")
        self.rows["title"] = self.title
        self.form.addRow("&Title", self.title)
        self.container = self._line("container", "&Journal", "abbreviated as in NLM, e.g. Kidney Int")
        self._line("editors", "&Editors", "Family Initials, separated by commas",
                   parse=parse_names, show=show_names)
        self._line("edition", "Edition", "e.g. 2nd")
        self._line("place", "Place", "city of publication")
        self._line("publisher", "Publisher")
        self._row("date", "&Year, month, day", ("year", "year", 70, _whole(1000, 2100, "The year")),
                  ("month", "month", 60, _whole(1, 12, "The month")), ("day", "day", 50, _whole(1, 31, "The day")))
        self._row("issue_row", "&Volume, issue, suppl.", ("volume", "volume", 80, None),
                  ("issue", "issue", 70, None), ("supplement", "supplement", 90, None))
        self._row("pages", "&Pages", ("first_page", "first page", 90, None), ("last_page", "last page (in full)", 130, None))
        self._line("article_number", "Article number", "e-locator, e.g. 1630365")
        self._line("doi", "&DOI", "10.xxxx/…")
        self._line("pmid", "P&MID", "digits only", width=140)
        self._line("pmcid", "PMCID", "PMC…", width=140)
        self._line("url", "&URL", "https://…")
        self._line("accessed", "Accessed", "YYYY-MM-DD", width=140)
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setFixedHeight(48)
        self.raw.setPlaceholderText("the text this reference was parsed from, if any")
        self.binder.bind_text(self.raw, "/raw")
        self.form.addRow("Parsed from", self.raw)

    def _parse_authors(self, text: str) -> list[PersonName]:
        """Keep the given names already known for authors whose family name and initials are unchanged."""
        ref = self.reference()
        known = {(a.family, a.initials): a for a in (ref.authors if ref is not None else [])}
        return [known.get((n.family, n.initials), n) for n in parse_names(text)]

    # --- following the selection ------------------------------------------------
    def reference(self):
        return item_at(self.document, self.binder.base)

    def show_fields(self) -> None:
        """Show the fields that fit the reference's kind, with labels that fit it too."""
        ref = self.reference()
        kind = ref.kind if ref is not None else ReferenceKind.JOURNAL
        wanted = FIELDS_BY_KIND.get(kind)  # None: "other" shows everything
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, wanted is None or ROW_FIELD.get(key, key) in wanted)
        for name, widget in self.parts.items():
            widget.setVisible(wanted is None or name in wanted or name in ALWAYS_IN_ROW)
        for name, labels, default in (("container", CONTAINER_LABEL, "&Journal / series"),
                                      ("publisher", PUBLISHER_LABEL, "Publisher"),
                                      ("article_number", NUMBER_LABEL, "Number")):
            label = self.form.labelForField(self.rows[name])
            if isinstance(label, QLabel):
                label.setText(labels.get(kind, default))
                name_field(self.rows[name], label_words(label.text()))  # "Book title" for a chapter

    def show_citations(self) -> None:
        self.cited_in.clear()
        ref = self.reference()
        if ref is None or not ref.id:
            return
        report = self.document.report
        for citation in derived.citations(report):
            if ref.id in citation.ref_ids:
                item = QListWidgetItem(f"{place_name(report, citation.path)}: {snippet_of(report, citation)}",
                                       self.cited_in)
                item.setData(Qt.ItemDataRole.UserRole, citation)
                item.setToolTip(citation.path)
        if not self.cited_in.count():
            hint = QListWidgetItem("Not cited anywhere yet. Cite it in a text as [@" + ref.id + "].", self.cited_in)
            hint.setFlags(Qt.ItemFlag.NoItemFlags)

    def _go_to_citation(self, item: QListWidgetItem) -> None:
        """Ask the window to show the text field, then select the marker in it."""
        citation = item.data(Qt.ItemDataRole.UserRole)
        if citation is None:
            return
        self.navigate_requested.emit(citation.path)
        field = self.window().focusWidget()  # the field the window has just focused
        if isinstance(field, QPlainTextEdit) and len(field.toPlainText()) >= citation.end:
            cursor = field.textCursor()
            cursor.setPosition(citation.start)
            cursor.setPosition(citation.end, QTextCursor.MoveMode.KeepAnchor)
            field.setTextCursor(cursor)

    def _document_changed(self, change: Change) -> None:
        base = self.binder.base
        if not base:
            return
        paths = change.paths()
        if any(p.startswith(base + "/kind") or base.startswith(p) for p in paths):
            self.show_fields()
        if any(not p.startswith("/references/") or p.startswith(base) for p in paths):
            self.show_citations()
