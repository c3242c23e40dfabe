"""The patient, diagnoses, investigations, timeline events and consent."""

from __future__ import annotations

from .base import DocModel, Number, StrEnum
from .quantity import Quantity, TimePoint


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    OTHER = "other"
    UNKNOWN = "unknown"


class Patient(DocModel):
    """De-identified by design: no name, exact birth date or record number."""

    age: Quantity | None = None
    sex: Sex | None = None
    ethnicity: str | None = None
    occupation: str | None = None
    presenting_symptoms: str | None = None
    medical_history: str | None = None
    family_history: str | None = None
    psychosocial_history: str | None = None
    comorbidities: str | None = None


class Code(DocModel):
    system: str | None = None  # e.g. "ICD-10", "SNOMED CT"
    value: str | None = None


class Diagnosis(DocModel):
    id: str | None = None
    label: str | None = None
    code: Code | None = None
    basis: str | None = None
    time: TimePoint | None = None
    primary: bool = False


class Investigation(DocModel):
    id: str | None = None
    name: str | None = None
    value: Number | str | None = None
    unit: str | None = None
    reference_range: str | None = None
    time: TimePoint | None = None
    note: str | None = None


class TimelineEvent(DocModel):
    id: str | None = None
    time: TimePoint | None = None
    description: str | None = None


class Consent(DocModel):
    obtained: bool | None = None
    obtained_from: str | None = None  # patient, parent, next of kin, ...
    statement: str | None = None


class CareNote(DocModel):
    """Per CARE item: where the report covers it, or why it is not reported."""

    location: str | None = None
    not_reported: bool = False
    reason: str | None = None
