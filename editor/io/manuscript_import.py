"""A manuscript as a list of blocks (headings and paragraphs) becomes a draft.

The plain-text import cuts text into blocks and guesses which are headings;
the Word import takes headings from paragraph styles. Both hand the blocks to
``assemble``: the title and author lines come first, then the abstract and
keywords (with or without headings), the sections by their titles, and the
reference list, parsed with the reference parser. A manuscript without a
"References" heading (a journal web page saved as text) has its references
found as the run of reference-like paragraphs at the end; what follows them
("Full Text: PDF") is listed as unsorted, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.domain.metadata import Affiliation
from editor.references.parser import parse_reference, split_references

from .import_front import keyword_line, link_numbered_citations, parse_author_line, split_abstract
from .import_result import ImportResult, count
from .import_sections import Para, Placer, case_part, normalise_title, top_part


@dataclass
class Block:
    text: str
    level: int = 0  # 0: a paragraph; 1, 2, ...: a heading of that level
    is_title: bool = False  # styled as the document title (Word)
    label: str | None = None  # a bold run-in label (Word)
    table: str = ""  # "table" when the block is a table flattened to text
    lines: list[str] = field(default_factory=list)  # the original lines (plain text)
    marks: list[str] = field(default_factory=list)  # superscripts after each name of an author line (Word)


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}[a-z]?\b")
_LOCATOR = re.compile(r"\d+\s*\(\d+[^)]*\)|;\s*\d|:\s*[A-Za-z]?\d+|\bpp?\.\s*\d|\bdoi\b|\bPMID\b|https?://", re.I)
_AUTHORISH = re.compile(r"^(?:\[?\d{1,3}[.)\]]?\s+)?[A-ZÀ-Þ][\w'’\-]+(?:\s+[A-Z]{1,4})?[,.]")
_CORRESPONDING = re.compile(r"^\*?\s*Correspond(?:ing author|ence)\s*[:\-]?\s*(?P<who>[^(<]+?)\s*[(<]?(?P<email>[\w.+\-]+@[\w.\-]+)?[)>]?\s*$", re.I)


def looks_like_reference(text: str) -> bool:
    text = text.strip()
    return bool(len(text) < 1200 and _YEAR.search(text) and _LOCATOR.search(text) and
                (_AUTHORISH.match(text) or re.match(r"^\[?\d{1,3}[.)\]]\s", text) or text[:1].isupper()))


class Assembler:
    def __init__(self, blocks: list[Block], result: ImportResult):
        self.blocks = [b for b in blocks if b.text.strip()]
        self.result = result
        self.report = result.report
        self.placer = Placer(result)
        self.ref_texts: list[str] = []
        self.author_marks: list[set[str]] = []  # per author: affiliation numbers and "*"

    def run(self) -> ImportResult:
        first_heading = next((i for i, b in enumerate(self.blocks) if b.level), len(self.blocks))
        front, rest = self.blocks[:first_heading], self.blocks[first_heading:]
        if not any(top_part(b.text) == "references" for b in rest if b.level):
            front, rest, trailing = self._trailing_references(front, rest)
        else:
            trailing = []
        self._front(front, has_abstract_heading=any(top_part(b.text) == "abstract" for b in rest if b.level))
        self._sections(rest)
        for block in trailing:
            self.result.leave("after the references", block.text, "page text after the reference list")
        self._references()
        return self.result

    # --- front matter --------------------------------------------------------
    def _front(self, blocks: list[Block], has_abstract_heading: bool) -> None:
        blocks = list(blocks)
        m = self.report.metadata
        if blocks and (blocks[0].is_title or (len(blocks[0].text) <= 300 and "\n" not in blocks[0].text.strip())):
            m.title = " ".join(blocks.pop(0).text.split())
            self.result.recognise("title")
        while blocks and not blocks[0].is_title:
            authors = parse_author_line(blocks[0].text)
            if not authors:
                break
            block = blocks.pop(0)
            m.authors.extend(authors)
            marks = block.marks if len(block.marks) == len(authors) else [""] * len(authors)
            for author, mark in zip(authors, marks):
                author.corresponding = author.corresponding or "*" in mark
                self.author_marks.append(set(re.findall(r"\d+", mark)))
        if m.authors:
            self.result.recognise(count(len(m.authors), "author"))
        for block in blocks:
            if self._front_block(block, has_abstract_heading):
                continue
            self.result.leave("front matter", block.text, "text before the first heading that is not a title, "
                                                          "author, affiliation, abstract or keyword line")

    def _front_block(self, block: Block, has_abstract_heading: bool) -> bool:
        text = block.text.strip()
        m = self.report.metadata
        keywords = keyword_line(text, labelled_only=bool(m.keywords))
        if keywords and not m.keywords:
            m.keywords = keywords
            self.result.recognise(count(len(keywords), "keyword"))
            return True
        if re.match(r"^\d{1,2}\s+\S", text) and m.authors and len(text) < 300 and not looks_like_reference(text):
            aff_id = f"aff-{len(m.affiliations) + 1}"
            number, _, rest = text.partition(" ")
            m.affiliations.append(Affiliation(id=aff_id, **_affiliation_parts(rest)))
            for author, marks in zip(m.authors, self.author_marks):
                if number in marks:
                    author.affiliation_ids.append(aff_id)
            self.result.recognise(f"affiliation {number}")
            return True
        corresponding = _CORRESPONDING.match(text)
        if corresponding and m.authors:
            who = corresponding.group("who").strip().rstrip(",")
            for author in m.authors:
                if author.display_name() == who or (author.family and author.family in who):
                    author.corresponding = True
                    author.email = corresponding.group("email") or author.email
            self.result.recognise("corresponding author")
            return True
        labelled = re.match(r"^(abstract|summary)\s*[:.\-–]\s*", text, re.I)
        if labelled or (not has_abstract_heading and not self._has_abstract() and len(text.split()) >= 40):
            self._abstract(text[labelled.end():] if labelled else text)
            return True
        return False

    def _has_abstract(self) -> bool:
        a = self.report.abstract
        return bool(a.background or a.case_presentation or a.conclusion)

    def _abstract(self, text: str) -> None:
        parts = split_abstract(text)
        a = self.report.abstract
        for name, value in parts.items():
            old = getattr(a, name)
            setattr(a, name, f"{old}\n\n{value}" if old else value)
        self.result.recognise("abstract (" + ", ".join(p.replace("_", " ") for p in parts) + ")")

    # --- sections --------------------------------------------------------------
    def _sections(self, blocks: list[Block]) -> None:
        i = 0
        while i < len(blocks):
            heading = blocks[i]
            j = i + 1
            while j < len(blocks) and not (blocks[j].level and blocks[j].level <= heading.level
                                           and not self._is_case_child(heading, blocks[j])):
                j += 1
            self._section(heading, blocks[i + 1: j])
            i = j

    @staticmethod
    def _is_case_child(parent: Block, block: Block) -> bool:
        """Plain text has no heading levels: "Patient information" after "Case presentation" belongs to it."""
        return (block.level == parent.level and top_part(parent.text) == "case" and top_part(block.text) is None
                and (case_part(block.text) is not None or normalise_title(block.text) in (
                    "diagnostic assessment", "therapeutic intervention", "follow-up and outcomes")))

    def _section(self, heading: Block, body: list[Block]) -> None:
        key = top_part(heading.text)
        if key == "abstract":
            keyword_blocks = [b for b in body if not b.level and keyword_line(b.text, labelled_only=True)]
            for b in keyword_blocks:
                self._front_block(b, True)
            self._abstract("\n".join(b.text for b in body if not b.level and b not in keyword_blocks))
        elif key == "keywords":
            items = [k for b in body for k in (keyword_line(b.text) or keyword_line("Keywords: " + b.text) or [])]
            self.report.metadata.keywords = items
            self.result.recognise(count(len(items), "keyword"))
        elif key == "references":
            lines = [line for b in body for line in (b.lines or [b.text]) + [""]]
            self.ref_texts.extend(split_references(lines))
        else:
            paras, subsections = self._split(body, heading.level)
            self.placer.place(heading.text, paras, subsections)

    def _split(self, body: list[Block], level: int) -> tuple[list[Para], list]:
        paras: list[Para] = []
        subsections: list = []
        i = 0
        while i < len(body):
            block = body[i]
            if not block.level:
                paras.append(Para(block.text.strip(), block.label, block.table))
                i += 1
                continue
            j = i + 1
            while j < len(body) and not (body[j].level and body[j].level <= block.level):
                j += 1
            sub_paras, sub_subs = self._split(body[i + 1: j], block.level)
            subsections.append((block.text.strip(), sub_paras, sub_subs))
            i = j
        return paras, subsections

    # --- references --------------------------------------------------------------
    def _trailing_references(self, front, rest):
        """Without a References heading: the reference-like paragraphs at the end, and what follows them."""
        pool = rest if rest else front
        end = len(pool)
        while end > 0 and not looks_like_reference(pool[end - 1].text):
            end -= 1
        start = end
        while start > 0 and not pool[start - 1].level and looks_like_reference(pool[start - 1].text):
            start -= 1
        if end - start < 1:
            return front, rest, []
        self.ref_texts = [b.text.strip() for b in pool[start:end]]
        trailing = pool[end:]
        kept = pool[:start]
        return (front, kept, trailing) if rest else (kept, rest, trailing)

    def _references(self) -> None:
        texts = [t for t in self.ref_texts if t.strip()]
        while texts and not looks_like_reference(texts[-1]):
            self.result.leave("after the references", texts.pop(), "page text after the reference list")
        refs = []
        for n, text in enumerate(texts, 1):
            self.result.step(n - 1, len(texts))
            ref = parse_reference(text)
            ref.id = f"ref-{n}"
            refs.append(ref)
        self.report.references = refs
        if refs:
            self.result.recognise(f"{count(len(refs), 'reference')} (parsed from text)")
            self._link_citations([r.id for r in refs])

    def _link_citations(self, ids: list[str]) -> None:
        r = self.report
        for obj, name in ((r, "introduction"), (r, "clinical_findings"), (r, "discussion"),
                          (r, "patient_perspective"), (r.abstract, "background"), (r.abstract, "case_presentation"),
                          (r.abstract, "conclusion"), (r.patient, "presenting_symptoms"),
                          (r.patient, "medical_history")):
            text = getattr(obj, name)
            if text:
                setattr(obj, name, link_numbered_citations(text, ids))


def _affiliation_parts(text: str) -> dict:
    parts = [p.strip() for p in text.strip().rstrip(".").split(",")]
    if len(parts) == 4:
        return dict(zip(("department", "institution", "city", "country"), parts))
    if len(parts) == 3:
        return dict(zip(("institution", "city", "country"), parts))
    return {"institution": text.strip()}


def assemble(blocks: list[Block], result: ImportResult) -> ImportResult:
    return Assembler(blocks, result).run().finish()
