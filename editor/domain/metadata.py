"""Metadata, authors, affiliations and the structured abstract."""

from __future__ import annotations

from pydantic import Field

from .base import DocModel


class Author(DocModel):
    family: str | None = None
    given: str | None = None
    initials: str | None = None
    degrees: str | None = None
    orcid: str | None = None
    email: str | None = None
    affiliation_ids: list[str] = Field(default_factory=list)
    corresponding: bool = False
    contribution: str | None = None

    def display_name(self) -> str:
        return " ".join(p for p in (self.given, self.family) if p) or "(unnamed author)"


class Affiliation(DocModel):
    id: str | None = None
    department: str | None = None
    institution: str | None = None
    city: str | None = None
    country: str | None = None

    def display(self) -> str:
        return ", ".join(p for p in (self.department, self.institution, self.city, self.country) if p)


class Metadata(DocModel):
    title: str | None = None
    running_title: str | None = None
    article_type: str = "case-report"
    language: str = "en"
    keywords: list[str] = Field(default_factory=list)
    authors: list[Author] = Field(default_factory=list)
    affiliations: list[Affiliation] = Field(default_factory=list)
    funding: str | None = None
    conflicts_of_interest: str | None = None
    acknowledgements: str | None = None
    target_journal: str | None = None


class Abstract(DocModel):
    """The CARE structured abstract."""

    background: str | None = None
    case_presentation: str | None = None
    conclusion: str | None = None
