"""Where an imported section goes: its title decides the part of the report.

Shared by the JATS, plain-text and Word imports. A section is given as its
title and its paragraphs (``Para``: text with an optional run-in label, or a
table flattened to text). ``Placer.place`` puts it into the report and notes
what it did in the ``ImportResult``; what has no field of its own (a diagnosis
line, a treatment table, an unknown section) is left as unsorted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.domain.clinical import Sex
from editor.domain.quantity import Quantity
from editor.domain.report import CaseReport

from .import_result import ImportResult


@dataclass(frozen=True)
class Para:
    text: str
    label: str | None = None  # a run-in label: "Family history"
    table: str = ""  # "table" or "figure" for a float flattened to text


# Top-level section titles (normalised: lower case, no numbering) and the part they fill.
TOP_PARTS: tuple[tuple[str, str], ...] = (
    (r"^(abstract|summary)$", "abstract"),
    (r"^(key ?words?|index terms)$", "keywords"),
    (r"^(introduction|background)$", "introduction"),
    (r"^(case (presentation|report|description|history|summary|details)s?|presentation of (the )?case|"
     r"(the |clinical )?case( \d+)?|patient presentation|clinical (presentation|summary))$", "case"),
    (r"^discussion( and conclusions?)?$", "discussion"),
    (r"^(conclusions?|concluding remarks|summary and conclusions?)$", "conclusion"),
    (r"^patient'?s?'? (perspective|view|voice)", "perspective"),
    (r"\bconsent\b", "consent"),
    (r"^acknowledge?ments?$", "acknowledgements"),
    (r"^(funding|financial support|sources? of funding)", "funding"),
    (r"(conflicts? of interests?|competing interests?|declarations? of interests?|disclosures?)$", "conflicts"),
    (r"^(references|bibliography|literature cited|works cited)$", "references"),
)

# Subsections of the case presentation.
CASE_PARTS: tuple[tuple[str, str], ...] = (
    (r"^(patient (information|history|details|characteristics)|(past )?medical history|history|patient)$", "patient"),
    (r"^(presenting (symptoms|complaints?)|chief complaint|presentation)$", "presenting"),
    (r"^family history$", "family"),
    (r"^(clinical findings|physical examination|examination|findings|clinical examination)$", "findings"),
)

# Case subsections whose content lives in structured panels, not in a text field.
STRUCTURED = {
    "diagnostic assessment": "diagnoses and investigations are entered in the Diagnoses and Investigations panels",
    "therapeutic intervention": "treatment courses are entered in the Treatment panel",
    "follow-up and outcomes": "outcomes are entered in the Outcomes panel",
    "timeline": "the timeline is drawn from dated items; add events in the Timeline panel",
}

# Run-in labels of the patient section and the field each fills.
PATIENT_LABELS = {
    "presenting symptoms": "presenting_symptoms",
    "medical history": "medical_history",
    "family history": "family_history",
    "psychosocial history": "psychosocial_history",
    "comorbidities": "comorbidities",
}
FIELD_NAMES = {
    "introduction": "Introduction",
    "clinical_findings": "Clinical findings",
    "discussion": "Discussion",
    "patient_perspective": "Patient perspective",
    "consent": "Consent statement",
    "acknowledgements": "Acknowledgements",
    "funding": "Funding",
    "conflicts_of_interest": "Conflicts of interest",
    "statement": "Consent statement",
}

_NUMBERING = re.compile(r"^\s*(?:[IVX]+|\d+(?:\.\d+)*|[A-Z])[.)]?\s+(?=\w)")
_AGE = re.compile(r"Age:\s*(\d+(?:\.\d+)?)\s*(year|month|week|day)s?", re.I)
_PAIR = re.compile(r"(Sex|Ethnicity|Occupation):\s*([^;]+?)\s*(?:;|\.?$)", re.I)


def normalise_title(title: str) -> str:
    title = _NUMBERING.sub("", title.strip())
    title = title.replace("’", "'").strip(" :.").lower()
    return re.sub(r"\s+", " ", title)


def _match(table: tuple[tuple[str, str], ...], title: str) -> str | None:
    norm = normalise_title(title)
    return next((key for pattern, key in table if re.search(pattern, norm)), None)


def top_part(title: str) -> str | None:
    return _match(TOP_PARTS, title)


def case_part(title: str) -> str | None:
    return _match(CASE_PARTS, title)


def join_paragraphs(paras: list[Para]) -> str:
    return "\n\n".join(p.text.strip() for p in paras if p.text.strip())


class Placer:
    """Puts sections into ``result.report``; records each step in ``result``."""

    def __init__(self, result: ImportResult):
        self.result = result

    @property
    def report(self) -> CaseReport:
        return self.result.report

    def place(self, title: str, paras: list[Para], subsections: list[tuple[str, list[Para], list]] = ()) -> None:
        """A top-level section with its paragraphs and (title, paragraphs, subsections) children."""
        key = top_part(title)
        if key == "case":
            self._case(title, paras, subsections)
            return
        target = {
            "introduction": (self.report, "introduction"),
            "discussion": (self.report, "discussion"),
            "conclusion": (self.report, "discussion"),
            "perspective": (self.report, "patient_perspective"),
            "consent": (self.report.consent, "statement"),
            "acknowledgements": (self.report.metadata, "acknowledgements"),
            "funding": (self.report.metadata, "funding"),
            "conflicts": (self.report.metadata, "conflicts_of_interest"),
        }.get(key or "")
        if target is None:
            reason = STRUCTURED.get(normalise_title(title), "no part of a case report has this title")
            self.leave_section(title, paras, subsections, reason)
            return
        self._into(target[0], target[1], title, paras)
        for sub_title, sub_paras, sub_subs in subsections:  # kept in the same field, after the parent's text
            self._into(target[0], target[1], sub_title, sub_paras, quiet=True)
            self.leave_section(sub_title, [], sub_subs, "nested too deep to place")

    def _into(self, obj, attr: str, title: str, paras: list[Para], quiet: bool = False) -> None:
        text_paras = [p for p in paras if not p.table]
        for p in paras:
            if p.table:
                self.result.leave(title, p.text, _float_reason(p))
        text = join_paragraphs([Para(f"{p.label}. {p.text}" if p.label else p.text) for p in text_paras])
        if not text:
            return
        old = getattr(obj, attr)
        setattr(obj, attr, f"{old}\n\n{text}" if old else text)
        if not quiet:
            name = FIELD_NAMES.get(attr, attr.replace("_", " ").capitalize())
            self.result.recognise(f"section “{title.strip()}” → {name}")

    def _case(self, title: str, paras: list[Para], subsections) -> None:
        self.result.recognise(f"section “{title.strip()}” → Case presentation")
        self._case_paras(title, paras, default="clinical_findings")
        for sub_title, sub_paras, sub_subs in subsections:
            key = case_part(sub_title)
            if key is None:
                reason = STRUCTURED.get(normalise_title(sub_title), "no field of the case presentation has this title")
                self._case_paras(sub_title, sub_paras, default=None, reason=reason)
                self.leave_section(sub_title, [], sub_subs, reason)
                continue
            default = {"patient": "medical_history", "presenting": "presenting_symptoms",
                       "family": "family_history", "findings": "clinical_findings"}[key]
            self.result.recognise(f"subsection “{sub_title.strip()}” of the case presentation")
            self._case_paras(sub_title, sub_paras, default=default)
            for deeper_title, deeper, more in sub_subs:
                self._case_paras(deeper_title, deeper, default=default)
                self.leave_section(deeper_title, [], more, "nested too deep to place")

    def _case_paras(self, title: str, paras: list[Para], default: str | None, reason: str = "") -> None:
        """Labelled paragraphs go to their patient field; the rest to ``default`` (or unsorted)."""
        for para in paras:
            label = (para.label or "").strip().rstrip(".").lower()
            if para.table:
                self.result.leave(title, para.text, reason or _float_reason(para))
            elif label in PATIENT_LABELS:
                _append(self.report.patient, PATIENT_LABELS[label], para.text)
            elif label.startswith(("primary diagnosis", "diagnosis")):
                self.result.leave(title, f"{para.label}. {para.text}", STRUCTURED["diagnostic assessment"])
            elif label.startswith(("response to", "note on")):
                self.result.leave(title, f"{para.label}. {para.text}", STRUCTURED["therapeutic intervention"])
            elif not para.label and self._demographics(para.text):
                continue
            elif default is None:
                self.result.leave(title, _labelled(para), reason)
            elif default == "clinical_findings":
                _append(self.report, "clinical_findings", _labelled(para))
            else:
                _append(self.report.patient, default, _labelled(para))

    def _demographics(self, text: str) -> bool:
        """"Age: 21 years; Sex: male." as the exports write it."""
        age = _AGE.search(text)
        pairs = {k.lower(): v.strip().rstrip(".") for k, v in _PAIR.findall(text)}
        if not age and not pairs:
            return False
        patient = self.report.patient
        if age:
            value = float(age.group(1))
            patient.age = Quantity(value=int(value) if value.is_integer() else value, unit=age.group(2).lower())
        if pairs.get("sex", "").lower() in Sex.values():
            patient.sex = Sex(pairs["sex"].lower())
        patient.ethnicity = pairs.get("ethnicity") or patient.ethnicity
        patient.occupation = pairs.get("occupation") or patient.occupation
        self.result.recognise("patient demographics (" + ", ".join((["age"] if age else []) + list(pairs)) + ")")
        return True

    def leave_section(self, title: str, paras: list[Para], subsections, reason: str) -> None:
        for para in paras:
            self.result.leave(title, _labelled(para), reason)
        for sub_title, sub_paras, sub_subs in subsections:
            self.leave_section(f"{title} ▸ {sub_title}", sub_paras, sub_subs, reason)


def _float_reason(para: Para) -> str:
    if para.table == "figure":
        return "a figure caption: figures are not part of the draft"
    return "a table: its rows are not read back into a field"


def _labelled(para: Para) -> str:
    return f"{para.label}. {para.text}" if para.label else para.text


def _append(obj, attr: str, text: str) -> None:
    text = text.strip()
    if text:
        old = getattr(obj, attr)
        setattr(obj, attr, f"{old}\n\n{text}" if old else text)
