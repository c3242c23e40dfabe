"""Bibliographic references (DESIGN section 3, ``Reference``)."""

from __future__ import annotations

from pydantic import Field

from .base import DocModel, StrEnum


class ReferenceKind(StrEnum):
    JOURNAL = "journal"
    BOOK = "book"
    CHAPTER = "chapter"
    WEB = "web"
    REPORT = "report"
    CONFERENCE = "conference"
    THESIS = "thesis"
    OTHER = "other"


class PersonName(DocModel):
    family: str | None = None
    initials: str | None = None
    given: str | None = None

    def vancouver(self) -> str:
        return " ".join(p for p in (self.family, self.initials) if p)


class Reference(DocModel):
    id: str | None = None
    kind: ReferenceKind = ReferenceKind.JOURNAL
    authors: list[PersonName] = Field(default_factory=list)
    group_author: str | None = None
    et_al: bool = False
    title: str | None = None
    container: str | None = None  # journal abbreviation, or book title for a chapter
    editors: list[PersonName] = Field(default_factory=list)
    edition: str | None = None
    place: str | None = None
    publisher: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    volume: str | None = None
    issue: str | None = None
    supplement: str | None = None
    first_page: str | None = None
    last_page: str | None = None  # in full: "1961-3" is first 1961, last 1963
    article_number: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    url: str | None = None
    accessed: str | None = None
    raw: str | None = None

    def first_author(self) -> str:
        if self.authors:
            return self.authors[0].vancouver()
        return self.group_author or ""
