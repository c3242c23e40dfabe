"""Story against structure: the drugs the text names and the courses recorded tell the same story.

Drug names come from ``resources/drugs.txt`` (the list the course form offers);
a few abbreviations and spellings clinicians use (MMF, CsA, ciclosporin) map
to the same drug.
"""

from __future__ import annotations

import re
from functools import lru_cache

from editor.resources import resource

from ...domain.derived import NARRATIVE_FIELDS
from ..fieldset import FieldSet
from ..finding import Severity
from ..paragraphs import LONG, per_paragraph
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


STORY = FieldSet([*NARRATIVE_FIELDS, "outcomes/*/description", "timeline/*/description",
                  "adverse_events/*/description"])


@lru_cache(maxsize=4096)
def _words(agent: str, drug_class: str | None) -> tuple[str, ...]:
    """The words whose presence in the text counts as mentioning a course of ``agent``."""
    canon = canonical(agent)
    words = {canon, agent.lower(), canon.split()[0]}
    words.update(k for k, v in SYNONYMS.items() if v == canon)
    words.update(family for family, members in FAMILIES.items() if canon in members)
    if drug_class:
        words.add(drug_class.lower())
    return tuple(sorted(w for w in words if len(w) >= 3))


def _words_for(course) -> tuple[str, ...]:
    return _words(course.agent, course.drug_class)


@lru_cache(maxsize=4096)
def _word_pattern(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w]){re.escape(word)}")


class _Vocabulary:
    """The course words looked for, and what each text (or paragraph) was found to mention of them."""

    def __init__(self, words: frozenset[str]) -> None:
        self.words = words
        self.short: dict[str, frozenset[str]] = {}
        self.long: dict[str, frozenset[str]] = {}

    def found_in(self, text: str) -> frozenset[str]:
        if len(text) > LONG:
            found = self.long.get(text)
            if found is None:
                if len(self.long) > 16:
                    self.long.clear()
                parts = [f for _, f in per_paragraph(self.short, self._search, text) if f]
                found = self.long[text] = frozenset().union(*parts)
            return found
        found = self.short.get(text)
        if found is None:
            if len(self.short) > 50_000:
                self.short.clear()
            found = self.short[text] = self._search(text)
        return found

    def _search(self, text: str) -> frozenset[str]:
        lowered = text.lower()  # the fast substring test first; the word start is checked only on a hit
        return frozenset(w for w in self.words if w in lowered and _word_pattern(w).search(lowered))


_vocabulary = _Vocabulary(frozenset())


def _mentioned_words(report) -> frozenset[str]:
    """The course words that the narrative mentions (the context of ``story.course-not-mentioned``)."""
    global _vocabulary
    words = frozenset(w for c in report.treatment_courses if c.agent and c.agent.strip() for w in _words_for(c))
    if words != _vocabulary.words:
        _vocabulary = _Vocabulary(words)
    vocabulary = _vocabulary
    found = [vocabulary.found_in(text) for _, text in STORY.values(report) if type(text) is str]
    return frozenset().union(*found)


@rule(id="story.course-not-mentioned", severity=Severity.WARNING,
      title="A treatment course is never mentioned in the text", fields=FieldSet(["treatment_courses/*"]),
      context=_mentioned_words, scope=[*("/".join(p) for p in STORY.patterns), "treatment_courses/*/agent",
                                       "treatment_courses/*/drug_class"])
def course_not_mentioned(path, course, mentioned):
    """Each treatment course appears somewhere in the narrative (abstract, case, discussion, outcomes).

    Bad: a methotrexate course, and no sentence of the report names methotrexate.
    Good: "Methotrexate 15 mg weekly was added in month 4." in the case presentation.
    """
    if not course.agent or not course.agent.strip():
        return
    if not any(w in mentioned for w in _words_for(course)):
        yield flag(f"{path}/agent",
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
