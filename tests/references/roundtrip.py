"""Read back what our own formatters write: Reference -> Vancouver text -> parse -> same fields?

Shared by tests/references/test_parser_roundtrip.py and benchmarks/bench_parser.py.

What is compared is what Vancouver *prints*: a field counts only when clearing it changes the
formatted text (so a URL behind a DOI, or a publisher of a journal article, is not asked back), and
authors only as far as the sixth (Vancouver cuts the list there and writes "et al.").
Printed forms that Vancouver writes the same way are compared as equal:
a title or journal ending in a period ("J Epidemiol." prints as "J Epidemiol."), a supplement with
its word ("Suppl. 2" and "2" both print "Suppl 2"), an edition with or without its ordinal
("6" prints "6th ed."), a single locator as first page or article number ("d7400"), and a lone
place or publisher ("Brasília; 2012" cannot say which it is), and a chapter or a conference paper
(both print "In: Editor A, editor. Name. Place: Publisher; Year."; only a meeting word in the name tells).

Labels that no printed text could give back (``ambiguous``) are counted, not compared: names
that are not "Family INITIALS" (``Vega C G``, a family name missing) and journal articles without
a title or without a journal (the one sentence left cannot tell which it is).
"""

from __future__ import annotations

import glob
import json
import re
from pathlib import Path

from editor.domain.references import Reference, ReferenceKind
from editor.references.parser import parse_reference
from editor.references.vancouver import (
    MAX_AUTHORS,
    format_reference,
    initials_of,
    normal_doi,
)

from .corpus import CORPUS_DIR, load_corpus

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("tuning", "heldout", "tuning2", "heldout2", "tuning3", "heldout3")
_NOT_COMPARED = {"id", "raw"}
_INITIALS = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž](?:-?[A-ZÀ-ÖØ-ÞĀ-Ž]){0,5}$")
_INITIAL_WORD = re.compile(r"\s[A-Z]{1,2}$")
_SUPPLEMENT_WORD = re.compile(r"^(?:Suppl|Supl|Supp|Supplement)\.?\s*", re.IGNORECASE)
_INTERNET = re.compile(r"\s*\[Internet\]", re.IGNORECASE)
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th|a|ª|º)?\.?$")


def sample_references() -> list[tuple[str, Reference]]:
    found = []
    for path in sorted(glob.glob(str(ROOT / "samples" / "*.case.json"))):
        for item in json.loads(Path(path).read_text(encoding="utf-8")).get("references", []):
            found.append((Path(path).name, Reference.model_validate(item)))
    return found


def corpus_references(names=CORPORA) -> list[tuple[str, Reference]]:
    return [(name, Reference.model_validate(row["expected"]))
            for name in names for row in load_corpus(CORPUS_DIR / f"{name}.jsonl")]


def ambiguous(ref: Reference) -> str | None:
    """Why no printed text could give this label back, or None when it could."""
    for person in [*ref.authors[:MAX_AUTHORS], *ref.editors]:
        family = (person.family or "").strip()
        if not family or _INITIAL_WORD.search(family) or not _INITIALS.match(initials_of(person)):
            return "a name that is not 'Family INITIALS'"
    if ReferenceKind(ref.kind) is ReferenceKind.JOURNAL and not (ref.title and ref.container):
        return "a journal article without its title or its journal"
    return None


def printed_fields(ref: Reference) -> dict:
    """The fields Vancouver prints, in a form where equal text means equal value."""
    text = format_reference(ref)
    fields = {}
    for name, info in Reference.model_fields.items():
        if name in _NOT_COMPARED:
            continue
        value, default = getattr(ref, name), info.get_default(call_default_factory=True)
        if value != default and format_reference(ref.model_copy(update={name: default})) == text:
            value = default  # not printed: nothing to read back
        fields[name] = value
    return _normal(fields, len(ref.authors))


def _normal(fields: dict, people: int) -> dict:
    fields["authors"] = [(p.family, initials_of(p)) for p in fields["authors"][:MAX_AUTHORS]]
    fields["editors"] = [(p.family, initials_of(p)) for p in fields["editors"]]
    fields["et_al"] = bool(fields["et_al"] or people > MAX_AUTHORS) and bool(fields["authors"])
    for name in ("title", "container", "group_author"):
        if fields[name]:  # "[Internet]" is a medium, not part of a title (the corpora's convention)
            fields[name] = _INTERNET.sub("", fields[name]).strip().rstrip(".").strip() or None
    if fields["last_page"] and fields["last_page"] == fields["first_page"]:
        fields["last_page"] = None  # "18-18" prints as "18"
    if fields["supplement"]:
        fields["supplement"] = _SUPPLEMENT_WORD.sub("", fields["supplement"].strip()) or ""
    if fields["edition"] and (m := _ORDINAL.match(fields["edition"].strip())):
        fields["edition"] = m.group(1)
    if fields["first_page"] and not fields["last_page"] and not fields["article_number"]:
        fields["article_number"], fields["first_page"] = fields["first_page"], None  # one locator
    if bool(fields["place"]) != bool(fields["publisher"]):
        fields["place"], fields["publisher"] = None, fields["place"] or fields["publisher"]
    fields["doi"] = normal_doi(fields["doi"]) or None
    if fields["kind"] == ReferenceKind.CONFERENCE:
        fields["kind"] = ReferenceKind.CHAPTER  # same printed form ("In: Proceedings ...")
    return fields


def read_back(ref: Reference) -> tuple[str, list[str]]:
    """Format ``ref`` in Vancouver, parse the text, and name the printed fields that differ."""
    text = format_reference(ref)
    parsed = parse_reference(text)
    want = printed_fields(ref)
    got = _normal({name: getattr(parsed, name) for name in want}, len(parsed.authors))
    return text, sorted(name for name in want if want[name] != got[name])


# --- AMA (CSL) ------------------------------------------------------------------------------

AMA_FIELDS = ("title", "container", "year", "volume", "issue", "supplement", "first_page", "last_page",
              "article_number", "doi", "group_author")
_PERIODS = re.compile(r"\.(?=\s|$)")


def ama_texts(refs: list[Reference]) -> list[str]:
    """Each reference rendered alone in AMA 11th (CSL), in the given order."""
    from editor.domain.report import CaseReport
    from editor.references.styles import render_bibliography

    numbered = [ref.model_copy(update={"id": f"r{i}"}) for i, ref in enumerate(refs)]
    return [text for _, text in render_bibliography(CaseReport(references=numbered), "ama")]


def _ama_value(name: str, value):
    if isinstance(value, str):
        value = value.strip().rstrip(".")
        if name == "container":  # AMA prints journal abbreviations without periods: "J Appl Physiol"
            value = _PERIODS.sub("", value)
        if name == "supplement":
            value = _SUPPLEMENT_WORD.sub("", value)
    return value or None


def read_back_ama(ref: Reference, text: str) -> list[str]:
    """Fields of a journal article that the parse of its AMA text gets wrong.

    AMA lists six authors or three then "et al", without hyphens in initials: the names read back
    must be the first ones of the reference, as many as AMA printed.
    """
    parsed = parse_reference(text)
    wrong = [name for name in AMA_FIELDS if _ama_value(name, getattr(ref, name)) != _ama_value(name, getattr(parsed, name))]
    names = [(p.family, initials_of(p).replace("-", "")) for p in ref.authors]
    got = [(p.family, (p.initials or "").replace("-", "")) for p in parsed.authors]
    if got != names[: len(got)] or len(got) < min(len(names), 3):
        wrong.append("authors")
    return wrong
