"""Metadata: title, running title, keywords, target journal, funding, conflicts, acknowledgements."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..document import Document
from ..widgets.keyword_list import KeywordListEditor
from .forms import FormPanel, add_row, line, text_box
from .list_form import focus_in_list


class MetadataPanel(FormPanel):
    section = "metadata"
    title = "Metadata"
    pointers = ("/metadata",)
    intro = "CARE 1 and 2: a title naming the diagnosis or intervention with the words “case report”, and 2–5 keywords."

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.title_field = line("e.g. Rituximab in refractory FSGS: a case report")
        self.running_title = line("a short title for page headers")
        # no parent yet: it joins the Tab order at its row, between running title and target journal
        self.keywords = KeywordListEditor(document)
        self.target_journal = line("e.g. BMJ Case Reports")
        self.funding = text_box(2, "Grants that supported this report, or “None”")
        self.conflicts = text_box(2, "Competing interests of the authors, or “None declared”")
        self.acknowledgements = text_box(2)
        f = self.form
        add_row(f, "&Title:", self.title_field)
        add_row(f, "&Running title:", self.running_title)
        add_row(f, "&Keywords:", self.keywords.entry, field=self.keywords)
        add_row(f, "Target &journal:", self.target_journal)
        add_row(f, "&Funding:", self.funding)
        add_row(f, "&Conflicts of interest:", self.conflicts)
        add_row(f, "&Acknowledgements:", self.acknowledgements)
        b = self.binder
        b.bind_line(self.title_field, "/metadata/title")
        b.bind_line(self.running_title, "/metadata/running_title")
        b.bind_line(self.target_journal, "/metadata/target_journal")
        b.bind_text(self.funding, "/metadata/funding")
        b.bind_text(self.conflicts, "/metadata/conflicts_of_interest")
        b.bind_text(self.acknowledgements, "/metadata/acknowledgements")

    def focus_path(self, pointer: str) -> bool:
        if pointer == "/metadata/keywords" or pointer.startswith("/metadata/keywords/"):
            self.scroll.ensureWidgetVisible(self.keywords)
            if pointer == "/metadata/keywords":
                self.keywords.entry.setFocus()
                return True
            return focus_in_list(self.keywords.list, self, pointer)
        if super().focus_path(pointer):
            return True
        self.title_field.setFocus()  # a finding about the metadata as a whole
        return pointer in ("/metadata", "", "/")
