"""Shared base for every document model: unknown fields survive a load and save."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict

Number = int | float


class DocModel(BaseModel):
    """Base of all document models.

    ``extra="allow"`` keeps fields this version does not know, so a file
    written by a newer editor loses nothing when saved by this one.
    """

    model_config = ConfigDict(extra="allow", use_enum_values=False, validate_default=False)


class StrEnum(str, Enum):
    """An enum whose members serialise as their plain string value."""

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]
