"""Treatment courses, outcomes and adverse events."""

from __future__ import annotations

from pydantic import Field

from .base import DocModel, Number, StrEnum
from .numbers import format_number
from .quantity import Quantity, TimePoint, TimeUnit


class CourseKind(StrEnum):
    DRUG = "drug"
    PROCEDURE = "procedure"
    OTHER = "other"


class Route(StrEnum):
    ORAL = "oral"
    INTRAVENOUS = "intravenous"
    SUBCUTANEOUS = "subcutaneous"
    INTRAMUSCULAR = "intramuscular"
    TOPICAL = "topical"
    INHALED = "inhaled"
    OTHER = "other"


class DoseBasis(StrEnum):
    FIXED = "fixed"
    PER_KG = "per_kg"
    PER_M2 = "per_m2"


class Intent(StrEnum):
    INDUCTION = "induction"
    MAINTENANCE = "maintenance"
    RESCUE = "rescue"


class StopReason(StrEnum):
    COMPLETED = "completed"
    NO_RESPONSE = "no_response"
    TOXICITY = "toxicity"
    RELAPSE = "relapse"
    OTHER = "other"


class Frequency(DocModel):
    """Every ``interval`` ``unit`` (every 1 week), or a ``schedule`` name ("once daily")."""

    interval: Number | None = None
    unit: TimeUnit | None = None
    schedule: str | None = None

    def display(self) -> str:
        if self.schedule:
            return self.schedule
        if self.interval is not None and self.unit is not None:
            if self.interval == 1:
                return f"every {self.unit.value}"
            return f"every {format_number(self.interval)} {self.unit.value}s"
        return ""


class TreatmentCourse(DocModel):
    id: str | None = None
    kind: CourseKind = CourseKind.DRUG
    agent: str | None = None
    drug_class: str | None = None
    route: Route | None = None
    dose: Quantity | None = None
    dose_basis: DoseBasis | None = None
    frequency: Frequency | None = None
    number_of_doses: int | None = None
    start: TimePoint | None = None
    end: TimePoint | None = None
    cumulative_dose: Quantity | None = None  # as reported; the derived one is computed
    line: int | None = None
    regimen: str | None = None
    intent: Intent | None = None
    stop_reason: StopReason | None = None
    response: str | None = None
    note: str | None = None

    def label(self) -> str:
        """How a clinician names the course: "rituximab 500 mg, line 4"."""
        parts = [self.agent or "(no agent)"]
        if self.dose is not None and self.dose.display():
            parts.append(self.dose.display())
        text = " ".join(parts)
        return f"{text}, line {self.line}" if self.line else text


class OutcomeKind(StrEnum):
    COMPLETE_REMISSION = "complete_remission"
    PARTIAL_REMISSION = "partial_remission"
    NO_RESPONSE = "no_response"
    RELAPSE = "relapse"
    PROGRESSION = "progression"
    DIALYSIS_DEPENDENCE = "dialysis_dependence"
    END_STAGE_DISEASE = "end_stage_disease"
    DEATH = "death"
    OTHER = "other"


class Outcome(DocModel):
    id: str | None = None
    kind: OutcomeKind | None = None
    time: TimePoint | None = None
    course_ids: list[str] = Field(default_factory=list)
    evidence_ids: list[str] = Field(default_factory=list)
    description: str | None = None
    duration: Quantity | None = None


class AdverseEvent(DocModel):
    id: str | None = None
    description: str | None = None
    course_ids: list[str] = Field(default_factory=list)
    grade: int | None = None  # CTCAE 1-5; out-of-range values are a finding, not a load error
    time: TimePoint | None = None
    action_taken: str | None = None
    resolved: bool | None = None
