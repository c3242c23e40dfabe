"""Draft labels for Vancouver-like references from span-labelled training data (second corpus).

Two span formats are read, both real reference strings with each part tagged:
  * GROBID TEI ``<bibl>``: <author>, <title level="a|j|m">, <date>, <biblScope type|unit=...>,
    <pubPlace>, <publisher>, <idno type="DOI|PMID">, <ptr type="web">;
  * AnyStyle ``<sequence>``: <author>, <title>, <journal>, <date>, <volume>, <pages>, <doi>, <url>,
    <publisher>, <location>, <edition>, <citation-number>.
``raw`` is the text of the spans joined as printed (whitespace collapsed); ``expected`` is derived
from the spans mechanically. Only references whose author span is a Vancouver name list
("Smith AB, Jones C, et al") and whose spans are all understood are kept; the rest are skipped,
so every label comes from the tags, never from the parser under test.

    python extract_spans.py grobid FILE... > batch.jsonl
    python extract_spans.py anystyle FILE... > batch.jsonl
"""
import json
import re
import sys

from lxml import etree

UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
PARTICLE = r"(?:van|von|der|den|de|del|della|da|das|do|dos|di|du|la|le|ten|ter|al|el)"
NAME = re.compile(
    r"^(?P<family>(?:" + PARTICLE + r"\s+)*[" + UP + r"][\w'’\-]*(?:[\s\-](?:" + PARTICLE + r"\s+)*[" + UP + r"][\w'’\-]*){0,2}?)"
    r"\s+(?P<initials>[" + UP + r"](?:\.?\s?-?[" + UP + r"]){0,3}\.?)$"
)
ETAL = re.compile(r"[,\s]*\bet\.?\s*al\b\.?", re.I)
MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
SUPPL = re.compile(r"^(?P<before>.*?)\s*(?:Suppl|Supplement|Supp)\.?\s*(?P<num>\w*)$", re.I)


def clean(text):
    return re.sub(r"\s+", " ", text or "").strip()


def trim(text):
    """A field's text without the punctuation that separates it from the next field."""
    text = clean(text).strip(" ,;:")
    text = re.sub(r"^[\"“(\[]+|[\"”)\]]+$", "", text).strip()
    while text.endswith(".") and not text.endswith("..."):
        text = text[:-1].rstrip()
    return text


def authors(span):
    """Vancouver name list -> (people, et_al), or None when any piece is not 'Family INITIALS'."""
    span = clean(span).rstrip(".,:; ")
    et_al = bool(ETAL.search(span))
    span = ETAL.sub("", span).strip(" ,.")
    people = []
    for piece in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", span):
        m = NAME.match(piece.strip())
        if not m:
            return None
        initials = m.group("initials").replace(".", "").replace(" ", "")
        people.append({"family": m.group("family"), "initials": initials})
    return people, et_al


def full_pages(text, out):
    text = trim(re.sub(r"^(?:pp?|pages?)\.?\s*", "", clean(text)))
    parts = re.split(r"\s*[-–—‐‑‒−]\s*", text, maxsplit=1)
    first = parts[0]
    if len(parts) == 1:
        if re.match(r"^(?:e\w*\d+|\d{5,}\w*)$", first):
            out["article_number"] = first
        elif first:
            out["first_page"] = first
        return
    last = parts[1]
    fd, ld = re.match(r"^([A-Za-z]*)(\d+)$", first), re.match(r"^([A-Za-z]*)(\d+)$", last)
    if fd and ld and len(ld.group(2)) < len(fd.group(2)):
        last = (ld.group(1) or fd.group(1)) + fd.group(2)[: len(fd.group(2)) - len(ld.group(2))] + ld.group(2)
    elif fd and ld and not ld.group(1) and fd.group(1):
        last = fd.group(1) + last
    out["first_page"], out["last_page"] = first, last


def date(text, out):
    m = re.search(r"(?<!\d)((?:1[6-9]|20)\d\d)(?!\d)(?:\s+([A-Za-z]{3})[a-z]*\.?(?:\s+(\d{1,2})(?!\d))?)?", clean(text))
    if not m:
        return False
    out["year"] = int(m.group(1))
    month = MONTHS.get((m.group(2) or "").lower())
    if month:
        out["month"] = month
        if m.group(3):
            out["day"] = int(m.group(3))
    return True


def volume_issue(vol, issue, out):
    vol = clean(re.sub(r"^Vol(?:ume)?\.?\s*", "", clean(vol or ""), flags=re.I)).strip(" ,;.")
    m = re.match(r"^(?P<v>[^():]*?)\s*(?:\((?P<i>[^()]+)\))?\s*(?::\s*(?P<p>[\w\-–]+))?\s*:?$", vol)
    if m:
        vol, issue = m.group("v"), issue or m.group("i")
        if m.group("p") and "first_page" not in out and "article_number" not in out:
            full_pages(m.group("p"), out)
    else:
        return False
    for name, value in (("volume", vol), ("issue", trim(issue or ""))):
        if not value:
            continue
        s = SUPPL.match(value)
        if s:
            out["supplement"] = s.group("num")
            value = s.group("before").strip()
        if value:
            out[name] = value
    return True


SIMPLE = re.compile(r"^[A-Za-z]?\d+[A-Za-z]?$")


def vancouver_like(raw, out):
    """Numbered-medical styles only: title ends a sentence before the journal, plain locators, and
    the year either after the journal ('J 2010;4:1-9') or right after the names ('(2010)', '2010.')."""
    title, container = out.get("title", ""), out.get("container", "")
    if container.lower().startswith("in ") or title.startswith(("«", "“", '"')):
        return False
    for name in ("volume", "issue", "first_page", "last_page"):
        if name in out and not SIMPLE.match(out[name]):
            return False
    at_title = raw.find(title)
    at_journal = raw.find(container, at_title + len(title)) if at_title >= 0 else -1
    if at_title < 0 or at_journal < 0:
        return False
    between = raw[at_title + len(title):at_journal].strip(" \"”")
    if not (between[:1] in (".", "?", "!") or (not between and title[-1:] in "?!")):
        return False
    year = str(out.get("year"))
    before_title = raw[:at_title]
    if year in before_title:
        return bool(re.search(r"\(" + year + r"[a-z]?\)|[.:]\s" + year + r"[a-z]?\.\s*$", before_title.rstrip()))
    return year in raw[at_journal:]


def finish(raw, out, source):
    if not vancouver_like(raw, out):
        return None
    out.setdefault("kind", "journal")
    doi = re.search(r"\b10\.\d{4,9}/\S+", raw)
    if doi and "doi" not in out:
        out["doi"] = doi.group(0).rstrip(".,;")
    return {"raw": raw, "expected": out, "source": source}


def from_grobid(bibl, source):
    out, raw = {}, clean("".join(bibl.itertext()))
    raw = re.sub(r"\s+([.,;:)])", r"\1", raw).replace("( ", "(")
    vol = issue = None
    for el in bibl:
        tag, text = etree.QName(el).localname, "".join(el.itertext())
        kind = el.get("type") or el.get("unit") or el.get("level")
        if tag == "author":
            found = authors(text)
            if not found:
                return None
            out["authors"], et_al = found
            tail = clean(el.tail or "")
            if et_al or ETAL.match(tail):
                out["et_al"] = True
        elif tag == "title" and kind == "a":
            out["title"] = trim(text)
        elif tag == "title" and kind == "j":
            out["container"] = trim(text)
        elif tag == "date":
            if not date(text, out):
                return None
        elif tag == "biblScope" and kind in ("vol", "volume"):
            vol = text
        elif tag == "biblScope" and kind == "issue":
            issue = text
        elif tag == "biblScope" and kind in ("pp", "page"):
            full_pages(text, out)
        elif tag == "idno" and kind in ("DOI", "PMID"):
            out[kind.lower()] = re.sub(r"^(?:PMID|doi)\s*:?\s*", "", clean(text), flags=re.I)
        else:
            return None
    if not {"authors", "title", "container", "year"} <= set(out):
        return None
    if not volume_issue(vol, issue, out) or "<" in raw:
        return None
    return finish(raw, out, source)


def from_anystyle(seq, source):
    out, pieces, vol = {}, [], None
    for el in seq:
        text = clean(el.text)
        pieces.append(text)
        if el.tag == "citation-number":
            continue
        if el.tag == "author":
            found = authors(text)
            if not found:
                return None
            out["authors"], et_al = found
            if et_al:
                out["et_al"] = True
        elif el.tag == "title" and "title" not in out:
            out["title"] = trim(text)
        elif el.tag == "journal":
            out["container"] = trim(text)
        elif el.tag == "date" and "year" not in out:
            if not date(text, out):
                return None
        elif el.tag == "volume":
            vol = text
        elif el.tag == "pages":
            full_pages(text, out)
        elif el.tag == "doi":
            doi = re.search(r"10\.\d{4,9}/\S+", text)
            if doi:
                out["doi"] = doi.group(0).rstrip(".,;)")
        else:
            return None
    if not {"authors", "title", "container", "year"} <= set(out):
        return None
    raw = " ".join(pieces)
    if not volume_issue(vol, None, out) or "<" in raw:
        return None
    return finish(raw, out, source)


def main(argv):
    fmt, paths = argv[1], argv[2:]
    seen = set()
    for path in paths:
        root = etree.parse(path, etree.XMLParser(recover=True, resolve_entities=False, no_network=True)).getroot()
        if root is None:
            continue
        items = root.iter("{*}bibl") if fmt == "grobid" else root.iter("sequence")
        for item in items:
            row = (from_grobid if fmt == "grobid" else from_anystyle)(item, path.split("corpus/")[-1].split("/")[-1])
            if row and row["raw"] not in seen:
                seen.add(row["raw"])
                print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
