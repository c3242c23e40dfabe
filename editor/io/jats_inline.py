"""Shared JATS building blocks: element helpers, XML ids, and text with citation xrefs."""

from __future__ import annotations

import re

from lxml import etree

from .report_text import split_citations

# XML 1.0 forbids most control characters; a stray one pasted into a field must not break the file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


def clean(text: str | None) -> str:
    return _CONTROL.sub("", text or "")


def sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    """A child element; attribute names use "_" for "-" (``pub_id_type`` -> ``pub-id-type``)."""
    element = etree.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attrs.items()})
    if text is not None:
        element.text = clean(text)
    return element


class Ids:
    """Unique XML ids: a document id is kept when it is a valid XML name, else a fallback is made."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def make(self, wanted: str | None, fallback: str) -> str:
        candidate = wanted if wanted and _NCNAME.match(wanted) else fallback
        base, n = candidate, 1
        while candidate in self.taken:
            n += 1
            candidate = f"{base}-{n}"
        self.taken.add(candidate)
        return candidate


class Inline:
    """Writes text into elements, turning citation markers into ``xref ref-type="bibr"``."""

    def __init__(self, numbers: dict[str, int], rid_by_number: dict[int, str]):
        self.numbers = numbers
        self.rid_by_number = rid_by_number

    def fill(self, element: etree._Element, text: str) -> etree._Element:
        for part in split_citations(text, self.numbers):
            if isinstance(part, str):
                append_text(element, part)
            elif part.pieces:  # author-date: "(Kim et al., 2016; Lee, 2019)", each work an xref
                self._author_date(element, part.pieces)
            else:
                self._citation(element, part.label)
        return element

    def _author_date(self, element: etree._Element, pieces) -> None:
        for text, ref_id in pieces:
            rid = self.rid_by_number.get(self.numbers[ref_id]) if ref_id else None
            if rid:
                sub(element, "xref", text, ref_type="bibr", rid=rid).tail = ""
            else:
                append_text(element, text)

    def _citation(self, element: etree._Element, label: str) -> None:
        append_text(element, "[")
        for i, piece in enumerate(label.split(",")):
            if i:
                append_text(element, ",")
            rids = self._rids(piece)
            if rids:
                xref = sub(element, "xref", piece, ref_type="bibr", rid=" ".join(rids))
                xref.tail = ""
            else:
                append_text(element, piece)
        append_text(element, "]")

    def _rids(self, piece: str) -> list[str]:
        if piece == "?":
            return []
        low, _, high = piece.partition("-")
        numbers = range(int(low), int(high or low) + 1)
        return [self.rid_by_number[n] for n in numbers if n in self.rid_by_number]


def append_text(element: etree._Element, text: str) -> None:
    text = clean(text)
    children = list(element)
    if children:
        children[-1].tail = (children[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def paragraph(parent: etree._Element, inline: Inline, text: str, label: str | None = None) -> etree._Element:
    p = sub(parent, "p")
    if label:
        bold = sub(p, "bold", f"{label}.")
        bold.tail = " "
    return inline.fill(p, text)
