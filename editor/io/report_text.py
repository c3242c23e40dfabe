"""What every export shows, in what order, as plain strings.

HTML, Markdown, JATS and DOCX all render the same ``Outline``: the front matter
(title, authors with numbered affiliations, structured abstract, keywords), the
sections in CARE order with their tables as rows of strings, and the reference
list (numbered, or alphabetical for an author-date style such as APA). Text may
still hold citation markers (``[@ref-1]``); each format turns them into its own
inline form with ``split_citations`` ("[1,2]" or "(Kim et al., 2016)"). Empty sections are
left out, so an export never shows a heading with nothing under it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from editor.domain.derived import CITATION, CITATION_KEY, reference_numbers, reference_order
from editor.domain.report import CaseReport
from editor.domain.timepoints import describe

from .citation_text import CitationMark, CitationNumbers, author_date_numbers, citation_mark  # noqa: F401 (re-exported)

from .report_tables import (
    Table,
    amount,
    adverse_event_table,
    investigation_table,
    outcome_table,
    timeline_table,
    treatment_table,
)

# Called as progress(done, total); returning False cancels the export.
Progress = Callable[[int, int], bool]


class ExportCancelled(Exception):
    """The person cancelled a long export through the progress callback."""


@dataclass
class Paragraph:
    text: str
    label: str | None = None  # a run-in label: "Family history"


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Paragraph | Table] = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.blocks and all(s.is_empty for s in self.subsections)


@dataclass
class AuthorLine:
    name: str
    affiliation_numbers: list[int]
    corresponding: bool
    orcid: str | None
    email: str | None
    degrees: str | None


@dataclass
class NumberedReference:
    number: int  # the export's number: printed only by numbered styles, always the anchor ("ref-3")
    ref_id: str
    text: str  # formatted in the chosen style, plain text


@dataclass
class Outline:
    title: str
    authors: list[AuthorLine]
    affiliations: list[tuple[int, str]]  # (number, "Department, Institution, City, Country")
    affiliation_numbers: dict[str, int]  # affiliation id -> its number
    abstract: list[tuple[str, str]]  # (heading, text), only the parts that are filled
    keywords: list[str]
    sections: list[Section]
    references: list[NumberedReference]  # in the style's order (APA: alphabetical)
    numbers: dict[str, int]  # reference id -> citation number (a CitationNumbers for APA)
    author_date: bool = False  # True: citations "(Kim et al., 2016)", the list unnumbered


ABSTRACT_PARTS = (
    ("background", "Background"),
    ("case_presentation", "Case presentation"),
    ("conclusion", "Conclusion"),
)
UNTITLED = "Untitled case report"


def build_outline(report: CaseReport, style: str = "vancouver") -> Outline:
    """The report as every export shows it."""
    from .reference_format import is_author_date

    numbers = export_numbers(report)
    references = numbered_references(report, numbers, style)
    author_date = is_author_date(style)
    if author_date:
        by_id = {ref.id: ref for ref in report.references}
        numbers = author_date_numbers(numbers, [by_id[r.ref_id] for r in references])
    affiliations, authors = _authors(report)
    meta = report.metadata
    return Outline(
        title=(meta.title or "").strip() or UNTITLED,
        authors=authors,
        affiliations=affiliations,
        affiliation_numbers=affiliation_numbers(report),
        abstract=[(h, t) for k, h in ABSTRACT_PARTS if (t := (getattr(report.abstract, k) or "").strip())],
        keywords=[k.strip() for k in meta.keywords if k and k.strip()],
        sections=[s for s in _sections(report) if not s.is_empty],
        references=references,
        numbers=numbers,
        author_date=author_date,
    )


def export_numbers(report: CaseReport) -> dict[str, int]:
    """Citation numbers; references nobody cites follow the cited ones, so none is lost."""
    numbers = dict(reference_numbers(report))
    for ref in report.references:
        if ref.id and ref.id not in numbers:
            numbers[ref.id] = len(numbers) + 1
    return numbers


def numbered_references(report: CaseReport, numbers: dict[str, int], style: str) -> list[NumberedReference]:
    """The reference list in ``style``: numbered styles in the export's numbering (cited,
    then uncited), APA alphabetically; each keeps its export number for links."""
    from .reference_format import is_author_date, styled_list

    refs = [ref for _, ref in reference_order(report)]
    entries = styled_list(refs, style)
    if not is_author_date(style):
        entries.sort()
    return [NumberedReference(numbers[refs[i].id], refs[i].id, text) for i, text in entries]


def split_citations(text: str, numbers: dict[str, int]) -> list[str | CitationMark]:
    """Text cut into plain runs and citation marks; unknown ids show as "?".

    ``numbers`` from ``build_outline`` (a ``CitationNumbers``) decides numbered or author-date marks."""
    parts: list[str | CitationMark] = []
    last = 0
    for match in CITATION.finditer(text):
        ids = tuple(CITATION_KEY.findall(match.group(1)))
        if not ids:
            continue
        if match.start() > last:
            parts.append(text[last : match.start()])
        parts.append(citation_mark(ids, numbers))
        last = match.end()
    if last < len(text):
        parts.append(text[last:])
    return parts


def plain_text(text: str, numbers: dict[str, int]) -> str:
    """Text with citations as "[1]", "[2-4]", or "(Kim et al., 2016)" in an author-date style."""
    return "".join(p if isinstance(p, str) else p.text for p in split_citations(text, numbers))


def paragraphs_of(text: str | None) -> list[str]:
    """A narrative field cut at blank lines into paragraphs."""
    if not text:
        return []
    chunks = [c.strip() for c in text.replace("\r\n", "\n").split("\n\n")]
    return [" ".join(c.split("\n")) for c in chunks if c]


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled("export cancelled")


# --- front matter ---------------------------------------------------------------


def affiliation_numbers(report: CaseReport) -> dict[str, int]:
    """Affiliations numbered in order of first mention by an author; unmentioned ones last."""
    by_id = {a.id: a for a in report.metadata.affiliations if a.id}
    order: dict[str, int] = {}
    for author in report.metadata.authors:
        for aff_id in author.affiliation_ids:
            if aff_id in by_id:
                order.setdefault(aff_id, len(order) + 1)
    for aff in report.metadata.affiliations:
        if aff.id and aff.id not in order and aff.display():
            order[aff.id] = len(order) + 1
    return order


def _authors(report: CaseReport) -> tuple[list[tuple[int, str]], list[AuthorLine]]:
    order = affiliation_numbers(report)
    by_id = {a.id: a for a in report.metadata.affiliations if a.id}
    lines = []
    for author in report.metadata.authors:
        nums = list(dict.fromkeys(order[i] for i in author.affiliation_ids if i in order))
        lines.append(
            AuthorLine(author.display_name(), nums, author.corresponding, author.orcid, author.email, author.degrees)
        )
    return [(n, by_id[i].display()) for i, n in order.items()], lines


# --- sections ------------------------------------------------------------------


def _text_section(key: str, title: str, text: str | None) -> Section:
    return Section(key, title, [Paragraph(p) for p in paragraphs_of(text)])


def _labelled(label: str, text: str | None) -> list[Paragraph]:
    paras = paragraphs_of(text)
    return [Paragraph(p, label if i == 0 else None) for i, p in enumerate(paras)]


def _patient_section(report: CaseReport) -> Section:
    p = report.patient
    demographics = []
    if p.age is not None and p.age.display():
        demographics.append(f"Age: {amount(p.age)}")
    for label, value in (("Sex", p.sex.value if p.sex else None), ("Ethnicity", p.ethnicity),
                         ("Occupation", p.occupation)):
        if value:
            demographics.append(f"{label}: {value}")
    blocks: list[Paragraph | Table] = []
    if demographics:
        blocks.append(Paragraph("; ".join(demographics) + "."))
    for label, text in (
        ("Presenting symptoms", p.presenting_symptoms),
        ("Medical history", p.medical_history),
        ("Family history", p.family_history),
        ("Psychosocial history", p.psychosocial_history),
        ("Comorbidities", p.comorbidities),
    ):
        blocks.extend(_labelled(label, text))
    return Section("patient", "Patient information", blocks)


def _diagnostic_section(report: CaseReport) -> Section:
    blocks: list[Paragraph | Table] = []
    for dx in report.diagnoses:
        if not dx.label:
            continue
        parts = [dx.label]
        if dx.code and dx.code.value:
            parts.append(f"({dx.code.system or 'code'} {dx.code.value})")
        details = []
        if dx.basis:
            details.append(f"based on {dx.basis.strip().rstrip('.')}")
        if dx.time and describe(dx.time, report):
            details.append(describe(dx.time, report))
        text = " ".join(parts) + (f", {', '.join(details)}" if details else "") + "."
        blocks.append(Paragraph(text, "Primary diagnosis" if dx.primary else "Diagnosis"))
    table = investigation_table(report)
    if table:
        blocks.append(table)
    return Section("diagnostic", "Diagnostic assessment", blocks)


def _treatment_section(report: CaseReport) -> Section:
    blocks: list[Paragraph | Table] = []
    table = treatment_table(report)
    if table:
        blocks.append(table)
    for course in report.treatment_courses:
        for label, text in (("Response to", course.response), ("Note on", course.note)):
            for i, para in enumerate(paragraphs_of(text)):
                blocks.append(Paragraph(para, f"{label} {course.label()}" if i == 0 else None))
    return Section("treatment", "Therapeutic intervention", blocks)


def _outcome_section(report: CaseReport) -> Section:
    blocks: list[Paragraph | Table] = [t for t in (outcome_table(report), adverse_event_table(report)) if t]
    return Section("outcomes", "Follow-up and outcomes", blocks)


def _consent_section(report: CaseReport) -> Section:
    consent = report.consent
    paras = paragraphs_of(consent.statement)
    if not paras and consent.obtained:
        who = consent.obtained_from or "the patient"
        paras = [f"Informed consent for publication was obtained from {who}."]
    return Section("consent", "Informed consent", [Paragraph(p) for p in paras])


def _sections(report: CaseReport) -> list[Section]:
    meta = report.metadata
    case = Section(
        "case",
        "Case presentation",
        subsections=[
            _patient_section(report),
            _text_section("findings", "Clinical findings", report.clinical_findings),
            _diagnostic_section(report),
            _treatment_section(report),
            _outcome_section(report),
        ],
    )
    case.subsections = [s for s in case.subsections if not s.is_empty]
    timeline = timeline_table(report)
    return [
        _text_section("introduction", "Introduction", report.introduction),
        case,
        Section("timeline", "Timeline", [timeline] if timeline else []),
        _text_section("discussion", "Discussion", report.discussion),
        _text_section("perspective", "Patient perspective", report.patient_perspective),
        _consent_section(report),
        _text_section("acknowledgements", "Acknowledgements", meta.acknowledgements),
        _text_section("funding", "Funding", meta.funding),
        _text_section("conflicts", "Conflicts of interest", meta.conflicts_of_interest),
    ]
