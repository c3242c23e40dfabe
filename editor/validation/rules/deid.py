"""De-identification: free text must not identify the patient.

Every free-text field is scanned (all text of the report except the
references, the authors and affiliations, and investigation names, values and
units, which are measurements): names with titles, dates of birth, exact dates
of care, record numbers, phone numbers, e-mail and street addresses, postcodes,
ages over 89 and national identifiers. Scans are local and cached per text
(per paragraph for long texts), so typing in one field rescans that paragraph.
"""

from __future__ import annotations

import typing
from datetime import date

from ...domain.offsets import presentation_date
from ...domain.report import CaseReport
from ..deid_patterns import Hit, scan
from ..fieldset import FieldSet
from ..finding import Severity
from ..order import _inner_model
from ..paragraphs import LONG, per_paragraph
from ..registry import flag, rule

REMOVED = "[removed]"
_SKIP_FIELDS = {"id", "unit", "anchor", "date", "course_ids", "evidence_ids", "affiliation_ids", "schema_version",
                "language", "article_type", "authors", "affiliations", "references", "investigations", "code",
                "dose", "cumulative_dose", "duration", "age", "location"}
_cache: dict[str, tuple[Hit, ...]] = {}
_CACHE_LIMIT = 50_000


_PLANS: dict[type, tuple[str, ...]] = {}


def _plan(cls: type) -> tuple[str, ...]:
    """The fields of a model class that may hold free text (or models holding it)."""
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = tuple(n for n in cls.model_fields if n not in _SKIP_FIELDS)
    return plan


def text_patterns(cls: type = CaseReport, prefix: str = "") -> list[str]:
    """Pointer patterns of the free-text fields of ``cls`` (those ``_plan`` keeps), read from the annotations."""
    out: list[str] = []
    for name in _plan(cls):
        annotation = cls.model_fields[name].annotation
        args = typing.get_args(annotation) or (annotation,)
        origin = typing.get_origin(annotation)
        if str in args and origin not in (list, dict):
            out.append(f"{prefix}/{name}")
            continue
        inner = _inner_model(annotation)
        many = origin in (list, dict) or any(typing.get_origin(a) in (list, dict) for a in args)
        path = f"{prefix}/{name}/*" if many else f"{prefix}/{name}"
        if inner is not None:
            out.extend(text_patterns(inner, path))
        elif many and any(str in typing.get_args(a) for a in (annotation, *args)):
            out.append(path)  # a list of strings (keywords)
    return out


# Every free text, plus the age (over 89 identifies); investigation notes are the one text of a measurement.
TEXTS = FieldSet([*text_patterns(), "/investigations/*/note", "/patient/age"])


def hits_in(text: str) -> tuple[Hit, ...]:
    """The identifying spans of one text, from the cache when the text (or, for a long one, a paragraph) was seen."""
    found = _cache.get(text)
    if found is not None:
        return found
    if len(_cache) > _CACHE_LIMIT:
        _cache.clear()
    if len(text) <= LONG:
        found = scan(text)
    else:
        found = tuple(Hit(hit.kind, hit.start + offset, hit.end + offset, hit.day)
                      for offset, hits in per_paragraph(_cache, scan, text) for hit in hits)
    _cache[text] = found
    return found


def relative_time(day: date, presented: date) -> str:
    """A date of care as a time from presentation: "day 3", "2 weeks after presentation"."""
    days = (day - presented).days
    if days == 0:
        return "at presentation"
    if days < 0:
        return f"{-days} day{'s' * (days != -1)} before presentation"
    if days < 14:
        return f"day {days}"
    if days % 7 == 0 and days <= 84:
        return f"{days // 7} weeks after presentation"
    return f"{days} days after presentation"


def _replaced(text: str, hit: Hit, new: str) -> str:
    return text[: hit.start] + new + text[hit.end :]


_WHAT = {
    "name": ("A person's name", "Call the person 'the patient' (or by their relation, 'his mother')."),
    "birth-date": ("A date of birth", "Give the age instead (e.g. 'a 54-year-old woman')."),
    "record-number": ("A medical record or hospital number", "Remove record and hospital numbers."),
    "phone": ("A phone or fax number", "Remove contact numbers."),
    "email": ("An e-mail address", "Remove the address; authors' e-mails belong in the author list."),
    "address": ("A street address", "Give at most the region or country."),
    "postcode": ("A postcode", "Give at most the region or country."),
    "age-over-89": ("An age over 89", "Write '90 years or older' instead of the exact age."),
    "national-id": ("A national identity number", "Remove identity numbers (SSN, NI number, CPF, DNI)."),
}
# what the quick fix takes out, as its menu entry says it: "Remove the record number"
_REMOVES = {"name": "the name", "birth-date": "the date of birth", "record-number": "the record number",
            "phone": "the phone number", "email": "the e-mail address", "address": "the street address",
            "postcode": "the postcode", "age-over-89": "the age", "national-id": "the identity number"}


def _place(pointer: str) -> str:
    return pointer.strip("/").replace("_", " ").replace("/", " › ")


@rule(id="deid.identifier", severity=Severity.WARNING, title="Free text identifies the patient", fields=TEXTS)
def identifier(pointer, value, report):
    """Free text must not contain what identifies the patient: names, date of birth, record numbers,
    contact details, street addresses, postcodes, ages over 89 or national identity numbers.

    Bad: "Mrs Jane Doe (MRN 4451-223, DOB 03/04/1961) was admitted."
    Good: "A 62-year-old woman was admitted."
    """
    if pointer == "/patient/age":
        if value.unit in ("year", "years", "a") and isinstance(value.value, (int, float)) and value.value > 89:
            yield flag("/patient/age/value", "The patient's exact age is over 89, which can identify them.",
                       "Give the age as a range from 90 (low 90, no high), i.e. '90 years or older'.")
        return
    if type(value) is not str:  # enums are str subclasses and are not free text
        return
    for hit in hits_in(value):
        if hit.kind == "care-date":
            continue
        what, hint = _WHAT[hit.kind]
        yield flag(pointer, f"{what} appears in {_place(pointer)} (characters {hit.start + 1}–{hit.end}).",
                   f"{hint} The quick fix replaces it with '{REMOVED}'.", start=hit.start, end=hit.end,
                   fix=((pointer, _replaced(value, hit, REMOVED)),),
                   fix_label=f"Remove {_REMOVES.get(hit.kind, 'it')}")


@rule(id="deid.care-date", severity=Severity.WARNING, title="Free text gives an exact calendar date of care",
      fields=TEXTS, context=lambda report: presentation_date(report), scope=["timeline"])
def care_date(pointer, text, presented):
    """Exact dates of care identify a patient; case reports count time from presentation instead.

    Bad: "On 14 March 2021 she received rituximab."
    Good: "Two weeks after presentation she received rituximab." (the structured course may keep its date)
    """
    if type(text) is not str:
        return
    for hit in hits_in(text):
        if hit.kind != "care-date":
            continue
        where = f"{_place(pointer)} (characters {hit.start + 1}–{hit.end})"
        if hit.day is not None and presented is not None:
            relative = relative_time(hit.day, presented)
            yield flag(pointer, f"An exact date of care appears in {where}.",
                       f"Count from presentation instead; the quick fix writes '{relative}'.",
                       start=hit.start, end=hit.end, fix=((pointer, _replaced(text, hit, relative)),),
                       fix_label=f"Replace with '{relative}'")
        else:
            yield flag(pointer, f"An exact date of care appears in {where}.",
                       "Write a time from presentation instead ('day 3', 'after 2 weeks'); the quick fix "
                       f"replaces it with '{REMOVED}'.", start=hit.start, end=hit.end,
                       fix=((pointer, _replaced(text, hit, REMOVED)),), fix_label="Remove the date")
