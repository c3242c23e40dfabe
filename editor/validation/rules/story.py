"""Story against structure: the drugs the text names and the courses recorded tell the same story.

Drug names come from ``resources/drugs.txt`` (the list the course form offers);
a few abbreviations and spellings clinicians use (MMF, CsA, ciclosporin) map
to the same drug.
"""

from __future__ import annotations

import re
from functools import lru_cache

from editor.resources import resource

from ...domain.derived import NARRATIVE_FIELDS, resolve_text
from ..finding import Severity
from ..registry import flag, rule

DRUGS_FILE = resource("drugs.txt")

# Spellings and abbreviations -> the name used to compare (lower case).
SYNONYMS = {
    "ciclosporin": "cyclosporine", "ciclosporin a": "cyclosporine", "cyclosporin": "cyclosporine",
    "cyclosporin a": "cyclosporine", "cyclosporine a": "cyclosporine", "csa": "cyclosporine",
    "cya": "cyclosporine", "mmf": "mycophenolate mofetil", "mpa": "mycophenolic acid", "cyc": "cyclophosphamide",
    "rtx": "rituximab", "mtx": "methotrexate", "tac": "tacrolimus", "hemodialysis": "haemodialysis",
    "aspirin": "acetylsalicylic acid", "ivig": "immunoglobulin", "acth": "corticotropin",
}
# Abbreviations are matched only as written (upper case), so "cyc" in a word is no drug.
ABBREVIATIONS = ("MMF", "CsA", "CSA", "CyA", "MPA", "CYC", "RTX", "MTX", "IVIG", "ACTH")
# Names in the list that also name laboratory tests or nutrients; a text naming them is no treatment.
NOT_A_TREATMENT = {"albumin", "vitamin d", "oxygen", "glucose"}
# Words that make a mention count for every course of a family ("high dose steroid" names prednisolone).
FAMILIES = {
    "steroid": ("prednisolone", "prednisone", "methylprednisolone", "dexamethasone", "hydrocortisone",
                "deflazacort", "budesonide"),
}
_NEGATION = re.compile(r"\b(no|not|without|never|nor|instead of|avoid(ed|ing)?|declined|refused)\b[^.;]{0,25}$",
                       re.IGNORECASE)
_SPONTANEOUS = re.compile(r"\b(spontaneous\w*|without (any )?treatment|untreated|natural course|no treatment)\b",
                          re.IGNORECASE)
_NARRATIVE_SCOPE = [p.strip("/") for p in NARRATIVE_FIELDS] + [
    "outcomes/*/description", "timeline/*/description", "adverse_events/*/description",
    "treatment_courses/*/agent", "treatment_courses/*/drug_class", "treatment_courses/*/kind"]


def canonical(name: str) -> str:
    folded = " ".join(name.lower().replace("-", " ").split())
    return SYNONYMS.get(folded, folded)


@lru_cache(maxsize=1)
def drug_names() -> tuple[str, ...]:
    """Generic drug names (no procedures) from resources/drugs.txt, without parenthesised notes."""
    names: list[str] = []
    for line in DRUGS_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("# procedures"):
            break
        if line and not line.startswith("#"):
            name = line.split("(")[0].strip()
            if name.lower() not in NOT_A_TREATMENT:
                names.append(name)
    return tuple(names)


@lru_cache(maxsize=1)
def _drug_pattern() -> re.Pattern:
    names = sorted({n.lower() for n in drug_names()} | {k for k in SYNONYMS if len(k) > 4}, key=len, reverse=True)
    words = "|".join(re.escape(n).replace(r"\ ", r"[\s-]+") for n in names)
    abbreviations = "|".join(ABBREVIATIONS)
    return re.compile(rf"(?<![\w-])(?:(?i:{words})(?:\s+A\b)?|(?:{abbreviations}))(?![\w-])")


def drugs_named(text: str) -> list[tuple[str, int, int]]:
    """(canonical drug, start, end) for each drug named in ``text`` and not negated ("no NSAIDs")."""
    found = []
    for match in _drug_pattern().finditer(text):
        if _NEGATION.search(text, max(0, match.start() - 40), match.start()):
            continue
        found.append((canonical(match.group(0)), match.start(), match.end()))
    return found


def _given(drug: str, agents: set[str]) -> bool:
    return any(drug == a or a.startswith(drug + " ") or drug.startswith(a + " ") for a in agents)


@rule(id="story.drug-without-course", severity=Severity.WARNING,
      title="A drug named in the case presentation has no treatment course",
      scope=["abstract/case_presentation", "treatment_courses/*/agent"])
def drug_without_course(report):
    """Every drug the abstract's case presentation says the patient received is a treatment course.

    Bad: "She then received tacrolimus." and no tacrolimus course.
    Good: the same sentence, and a course with agent "tacrolimus" (dose, route, dates).
    """
    text = report.abstract.case_presentation
    if not text:
        return
    agents = {canonical(c.agent) for c in report.treatment_courses if c.agent}
    seen: set[str] = set()
    for drug, start, end in drugs_named(text):
        if drug in seen or _given(drug, agents):
            continue
        seen.add(drug)
        yield flag("/abstract/case_presentation",
                   f"The case presentation says the patient had {text[start:end]}, but no treatment course "
                   "records it.",
                   f"Add a treatment course for {drug} (dose, route, start and end), or reword the sentence if it "
                   "was not given.", start=start, end=end)


_lowered: dict[str, tuple[str, str]] = {}
_verdicts: dict = {}  # words -> mentioned?, for the narrative held under "key"


def _story_texts(report) -> list[str]:
    """The narrative in lower case; each field is lowered again only when its text changed."""
    out: list[str] = []
    fields = [(p, resolve_text(report, p)) for p in NARRATIVE_FIELDS]
    for name in ("outcomes", "timeline", "adverse_events"):
        fields.extend((f"/{name}/{i}", item.description) for i, item in enumerate(getattr(report, name)))
    for pointer, text in fields:
        if not text:
            continue
        cached = _lowered.get(pointer)
        if cached is None or cached[0] is not text:
            cached = _lowered[pointer] = (text, text.lower())
        out.append(cached[1])
    return out


def _words_for(course) -> tuple[str, ...]:
    """The words whose presence in the text counts as mentioning the course."""
    agent = canonical(course.agent)
    words = {agent, course.agent.lower(), agent.split()[0]}
    words.update(k for k, v in SYNONYMS.items() if v == agent)
    words.update(family for family, members in FAMILIES.items() if agent in members)
    if course.drug_class:
        words.add(course.drug_class.lower())
    return tuple(w for w in words if len(w) >= 3)


def _mentioned(words: tuple[str, ...], texts: list[str]) -> bool:
    for word in words:
        pattern = None
        for text in texts:
            if word in text:  # fast test first; the word boundary is checked only on a hit
                pattern = pattern or re.compile(rf"(?<![\w]){re.escape(word)}")
                if pattern.search(text):
                    return True
    return False


@rule(id="story.course-not-mentioned", severity=Severity.WARNING,
      title="A treatment course is never mentioned in the text", scope=_NARRATIVE_SCOPE)
def course_not_mentioned(report):
    """Each treatment course appears somewhere in the narrative (abstract, case, discussion, outcomes).

    Bad: a methotrexate course, and no sentence of the report names methotrexate.
    Good: "Methotrexate 15 mg weekly was added in month 4." in the case presentation.
    """
    texts = _story_texts(report)
    key = tuple(texts)  # compared by identity first, so an unchanged narrative costs little
    if _verdicts.get("key") != key:
        _verdicts.clear()
        _verdicts["key"] = key
    verdicts = _verdicts
    for i, course in enumerate(report.treatment_courses):
        if not course.agent or not course.agent.strip():
            continue
        words = _words_for(course)
        if words not in verdicts:
            verdicts[words] = _mentioned(words, texts)
        if not verdicts[words]:
            yield flag(f"/treatment_courses/{i}/agent",
                       f"The {course.agent} course ({course.label()}) is not mentioned anywhere in the text.",
                       "Describe this treatment in the case presentation or the narrative, or delete the course "
                       "if it was entered by mistake.")


@rule(id="story.outcome-without-course", severity=Severity.WARNING,
      title="An outcome is not attributed to any treatment course", each="outcomes")
def outcome_without_course(outcome, path, report):
    """Each outcome names the course (or courses) it followed, so readers see what worked.

    Bad: "complete remission" with no course attributed.
    Good: "complete remission" attributed to the first rituximab course; or a description saying it was
    spontaneous.
    """
    if outcome.course_ids or not report.treatment_courses:
        return
    if outcome.description and _SPONTANEOUS.search(outcome.description):
        return
    what = outcome.kind.value.replace("_", " ") if outcome.kind else "outcome"
    yield flag(f"{path}/course_ids", f"This {what} is not attributed to any treatment course.",
               "Choose the course(s) it followed; if it happened without treatment, say so in its description "
               "(e.g. 'spontaneous remission').")


@rule(id="story.course-without-result", severity=Severity.WARNING,
      title="A treatment course has no response, outcome or stop reason",
      scope=["treatment_courses/*/response", "treatment_courses/*/stop_reason", "treatment_courses/*/id",
             "outcomes/*/course_ids"])
def course_without_result(report):
    """A reader needs to know how each course ended: its response, an outcome attributed to it, or why it stopped.

    Bad: cyclophosphamide 500 mg × 6, no response, no outcome pointing at it, no stop reason.
    Good: the same course with stop reason "no response", or an outcome "partial remission" attributed to it.
    """
    attributed = {cid for outcome in report.outcomes for cid in outcome.course_ids}
    for i, course in enumerate(report.treatment_courses):
        if course.response and course.response.strip() or course.stop_reason is not None:
            continue
        if course.id in attributed:
            continue
        yield flag(f"/treatment_courses/{i}/response",
                   f"The report does not say how the patient responded to {course.label()} or why it stopped.",
                   "Record the response, attribute an outcome to this course, or give the reason it stopped.")
