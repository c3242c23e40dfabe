"""The whole case report."""

from __future__ import annotations

from typing import Iterator

from pydantic import Field, ValidationInfo, field_validator

from .base import DocModel
from .clinical import CareNote, Consent, Diagnosis, Investigation, Patient, TimelineEvent
from .metadata import Abstract, Metadata
from .references import Reference
from .treatment import AdverseEvent, Outcome, TreatmentCourse

SCHEMA_VERSION = "1.0"
TEMPLATE_PREFIX = "Replace this:"  # how the instructions of the CARE template (resources/templates) begin

# List fields whose items carry an id, with the prefix used for new ids.
ID_LISTS: dict[str, str] = {
    "diagnoses": "dx",
    "investigations": "inv",
    "treatment_courses": "course",
    "outcomes": "outcome",
    "adverse_events": "ae",
    "timeline": "event",
    "references": "ref",
}


class CaseReport(DocModel):
    schema_version: str = SCHEMA_VERSION
    metadata: Metadata = Field(default_factory=Metadata)
    abstract: Abstract = Field(default_factory=Abstract)
    introduction: str | None = None
    patient: Patient = Field(default_factory=Patient)
    clinical_findings: str | None = None
    diagnoses: list[Diagnosis] = Field(default_factory=list)
    investigations: list[Investigation] = Field(default_factory=list)
    treatment_courses: list[TreatmentCourse] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    adverse_events: list[AdverseEvent] = Field(default_factory=list)
    timeline: list[TimelineEvent] = Field(default_factory=list)
    discussion: str | None = None
    patient_perspective: str | None = None
    consent: Consent = Field(default_factory=Consent)
    references: list[Reference] = Field(default_factory=list)
    care_notes: dict[str, CareNote] = Field(default_factory=dict)

    @field_validator(*ID_LISTS, mode="after")
    @classmethod
    def _fill_missing_ids(cls, items: list, info: ValidationInfo) -> list:
        """Give an id to every item that lacks one, so drafts typed by hand load.

        A field validator, not a model one: setting another field (every keystroke
        in the editor) does not walk all the lists again.
        """
        if any(item.id is None for item in items):
            prefix = ID_LISTS[info.field_name]
            taken = {item.id for item in items if item.id is not None}
            for item in items:
                if item.id is None:
                    item.id = new_id(prefix, taken)
                    taken.add(item.id)
        return items

    def identified_items(self) -> Iterator[tuple[str, int, object]]:
        """Every item with an id, as (list name, index, item)."""
        for list_name in ID_LISTS:
            for index, item in enumerate(getattr(self, list_name)):
                yield list_name, index, item

    def find(self, item_id: str) -> tuple[str, int, object] | None:
        for list_name, index, item in self.identified_items():
            if item.id == item_id:
                return list_name, index, item
        return None

    def course(self, course_id: str) -> TreatmentCourse | None:
        return next((c for c in self.treatment_courses if c.id == course_id), None)

    def reference(self, ref_id: str) -> Reference | None:
        return next((r for r in self.references if r.id == ref_id), None)


def new_id(prefix: str, taken: set[str | None]) -> str:
    """The first ``prefix-N`` not in ``taken``."""
    n = len(taken) + 1
    while f"{prefix}-{n}" in taken:
        n += 1
    return f"{prefix}-{n}"
