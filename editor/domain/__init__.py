"""The document model: pydantic models and the operations that change a report. No Qt, no I/O."""

from .base import DocModel, Number, StrEnum
from .clinical import CareNote, Code, Consent, Diagnosis, Investigation, Patient, Sex, TimelineEvent
from .metadata import Abstract, Affiliation, Author, Metadata
from .quantity import Quantity, TimePoint, TimeUnit
from .references import PersonName, Reference, ReferenceKind
from .report import ID_LISTS, SCHEMA_VERSION, CaseReport, new_id
from .treatment import (
    AdverseEvent,
    CourseKind,
    DoseBasis,
    Frequency,
    Intent,
    Outcome,
    OutcomeKind,
    Route,
    StopReason,
    TreatmentCourse,
)

__all__ = [name for name in dir() if not name.startswith("_")]
