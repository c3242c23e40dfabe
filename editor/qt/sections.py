"""The navigator's table: each section of the report and the panel that edits it.

Panels are named by "module:Class" strings and imported when first shown, so
start-up loads none of them. ``pointers`` are the JSON Pointer prefixes a
section owns: a finding at one of them goes to that section's panel.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .document import Document
from .panels.base import Panel


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    panel: str  # "module.path:ClassName"
    pointers: tuple[str, ...]
    issue: int = 4  # the issue that builds the panel, named by the placeholder until then


SECTIONS: tuple[Section, ...] = (
    Section("metadata", "Metadata", "editor.qt.panels.metadata:MetadataPanel",
            ("/metadata/title", "/metadata/running_title", "/metadata/article_type", "/metadata/language",
             "/metadata/keywords", "/metadata/funding", "/metadata/conflicts_of_interest",
             "/metadata/acknowledgements", "/metadata/target_journal", "/metadata", "/schema_version")),
    Section("authors", "Authors", "editor.qt.panels.authors:AuthorsPanel",
            ("/metadata/authors", "/metadata/affiliations")),
    Section("abstract", "Abstract", "editor.qt.panels.abstract:AbstractPanel", ("/abstract",)),
    Section("introduction", "Introduction", "editor.qt.panels.narrative:IntroductionPanel", ("/introduction",)),
    Section("patient", "Patient", "editor.qt.panels.patient:PatientPanel", ("/patient",)),
    Section("clinical_findings", "Clinical findings", "editor.qt.panels.narrative:ClinicalFindingsPanel",
            ("/clinical_findings",)),
    Section("diagnoses", "Diagnoses", "editor.qt.panels.diagnoses:DiagnosesPanel", ("/diagnoses",)),
    Section("investigations", "Investigations", "editor.qt.panels.investigations:InvestigationsPanel",
            ("/investigations",)),
    # --- panels helper (issue 5): these three lines are theirs to point at their classes ---
    Section("treatment_courses", "Treatment courses", "editor.qt.panels.courses:TreatmentCoursesPanel",
            ("/treatment_courses",), issue=5),
    Section("outcomes", "Outcomes", "editor.qt.panels.outcomes:OutcomesPanel",
            ("/outcomes", "/adverse_events"), issue=5),
    # --- end of the panels helper's lines ---
    Section("timeline_events", "Timeline events", "editor.qt.panels.timeline_events:TimelineEventsPanel",
            ("/timeline",)),
    Section("discussion", "Discussion", "editor.qt.panels.narrative:DiscussionPanel", ("/discussion",)),
    Section("patient_perspective", "Patient perspective", "editor.qt.panels.narrative:PatientPerspectivePanel",
            ("/patient_perspective",)),
    Section("consent", "Consent", "editor.qt.panels.consent:ConsentPanel", ("/consent",)),
    # --- panels helper (issue 5) ---
    Section("references", "References", "editor.qt.panels.references_panel:ReferencesPanel", ("/references",), issue=5),
    Section("care_checklist", "CARE checklist", "editor.qt.panels.care_checklist:CareChecklistPanel", ("/care_notes",),
            issue=7),
    # what an import could not place (the extra field "unsorted"); says "Nothing unsorted" when empty
    Section("unsorted", "Unsorted text", "editor.qt.panels.unsorted:UnsortedTextPanel", ("/unsorted",), issue=8),
)


def section(section_id: str) -> Section:
    return next(s for s in SECTIONS if s.id == section_id)


def section_for(pointer: str) -> Section | None:
    """The section owning ``pointer``: the longest matching prefix wins."""
    best: tuple[int, Section] | None = None
    for candidate in SECTIONS:
        for prefix in candidate.pointers:
            if pointer == prefix or pointer.startswith(prefix + "/"):
                if best is None or len(prefix) > best[0]:
                    best = (len(prefix), candidate)
    if best is None and pointer in ("", "/"):
        return SECTIONS[0]
    return best[1] if best else None


class PlaceholderPanel(Panel):
    """Stands in for a panel whose module does not exist yet, and says so."""

    def __init__(self, document: Document, sect: Section, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.section, self.title, self.pointers = sect.id, sect.title, sect.pointers
        label = QLabel(f"<h3>{sect.title}</h3><p>This panel is coming in issue {sect.issue}. "
                       "Until then this part of the report can be edited in the file itself; "
                       "the preview and the problems list already show it.</p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch(1)


def make_panel(sect: Section, document: Document, parent: QWidget | None = None) -> Panel:
    """The section's panel, or a placeholder while its module is not written yet."""
    module_name, class_name = sect.panel.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise  # the panel exists but something it imports is missing: a real bug
        return PlaceholderPanel(document, sect, parent)
    panel = getattr(module, class_name)(document, parent)
    panel.section = sect.id
    return panel
