"""Citation numbers for rule messages, the same as the References panel's, cheap to recheck after an edit.

A rule that names a reference names it as every screen does (``derived.reference_name``):
"Reference 7 (Maschio G 1996)" by its number of first citation, or "Uncited reference (…)".
Those numbers change when a text gains or loses a citation, so such rules take
``citation_numbers`` as their context and ``NUMBERING_SCOPE`` as its scope: an edit of
a text recomputes the numbers (per paragraph, from what is kept) and reruns the rule
only when they changed. The result equals ``derived.reference_numbers`` exactly.
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter

from ..domain.derived import CITATION, CITATION_KEY, NARRATIVE_FIELDS, resolve_text
from .fieldset import FieldSet, in_pass
from .paragraphs import LONG, per_paragraph

# The narrative fields that may carry citation markers (those of ``narrative_texts``).
NARRATIVE = FieldSet([*NARRATIVE_FIELDS, "treatment_courses/*/response", "treatment_courses/*/note",
                      "outcomes/*/description", "timeline/*/description"])
NARRATIVE_SCOPE = ["/".join(p) for p in NARRATIVE.patterns]
# What the numbers depend on: the texts that cite, and the ids the references answer to.
NUMBERING_SCOPE = [*NARRATIVE_SCOPE, "references/*/id"]
# What a reference's name is made of besides its number (``reference_name``).
NAME_SCOPE = ["references/*/id", "references/*/authors", "references/*/group_author", "references/*/title",
              "references/*/year"]
# Each reference whole, for rules that check (and name) one reference at a time.
REFERENCES = FieldSet(["references/*"])

_ID = attrgetter("id")
_LIMIT = 50_000
_short: dict[str, tuple[str, ...]] = {}
_long: dict[str, tuple[str, ...]] = {}
_paragraphs: dict[str, tuple] = {}
_last: list = [None, None]  # (ids cited per text, reference ids) of the last numbering, and its numbers


def _ids_in(text: str) -> tuple[str, ...]:
    """The ids ``text`` cites, in order of first citation, each once."""
    if "[@" not in text:
        return ()
    return tuple(dict.fromkeys(CITATION_KEY.findall(" ".join(CITATION.findall(text)))))


def _paragraph(paragraph: str) -> tuple:
    """Its ids; a None after them when a marker opened at its end may run on past the line break."""
    last = paragraph.rfind("[")
    if last >= 0 and paragraph.startswith("[@", last) and paragraph.rfind("]") < last:
        return (*_ids_in(paragraph), None)
    return _ids_in(paragraph)


def ordered_ids(text: str) -> tuple[str, ...]:
    """``_ids_in(text)``, kept by text; a long text is read per paragraph, so typing rereads one paragraph."""
    if len(text) <= LONG:
        found = _short.get(text)
        if found is None:
            if len(_short) > _LIMIT:
                _short.clear()
            found = _short[text] = _ids_in(text)
        return found
    found = _long.get(text)
    if found is None:
        if len(_long) > 16:
            _long.clear()
        parts = [ids for _, ids in per_paragraph(_paragraphs, _paragraph, text) if ids]
        found = tuple(dict.fromkeys(chain.from_iterable(parts)))
        if None in found:
            found = _ids_in(text)  # a marker runs over a line break: read the text whole
        _long[text] = found
    return found


def _texts(report) -> list[str]:
    """The narrative texts in the order of ``derived.narrative_texts``."""
    texts = [text for pointer in NARRATIVE_FIELDS if (text := resolve_text(report, pointer))]
    texts += [text for course in report.treatment_courses for text in (course.response, course.note) if text]
    texts += [outcome.description for outcome in report.outcomes if outcome.description]
    texts += [event.description for event in report.timeline if event.description]
    return texts


# What the references' ids are read from; ``Validator`` carries them over an edit that does not meet it.
REFERENCE_IDS = ("references", "*", "id")


def reference_ids_key(report) -> tuple:
    return ("reference ids", id(report))


def reference_ids(report) -> tuple:
    """The references' ids in stored order, once per validation pass (and carried over text edits:
    reading 2,000 references after typing costs more than the rest of the numbering)."""
    return in_pass(reference_ids_key(report), lambda: tuple(map(_ID, report.references)))


def _numbers(report) -> dict[str, int]:
    texts = _texts(report)
    cited = list(map(_short.get, texts))  # most texts were read before: looked up at C speed
    if None in cited:
        cited = [ids if ids is not None else ordered_ids(text) for ids, text in zip(cited, texts)]
    key = (cited, reference_ids(report))
    if key == _last[0]:  # typing that adds or moves no citation: kept tuples, compared by identity at C speed
        return _last[1]
    known = set(key[1])
    ordered = [i for i in dict.fromkeys(chain.from_iterable(cited)) if i in known]  # in order of first citation
    numbers = dict(zip(ordered, range(1, len(ordered) + 1)))
    _last[:] = key, numbers
    return numbers


def citation_numbers(report) -> dict[str, int]:
    """Reference id -> number by first citation, as ``derived.reference_numbers``; once per validation pass."""
    return in_pass(("citation numbers", id(report)), lambda: _numbers(report))
