"""Turn JATS ``<mixed-citation>`` references into labelled rows, mechanically.

    python tests/data/references/extract_mixed.py FILE.xml ... > rows.jsonl

In a typeset ``mixed-citation`` the text content is the printed reference and the inline tags
(``surname``, ``article-title``, ``source``, ``year``, ``volume``, ``fpage``…) are its labels.
A reference is kept only when both hold (see README, "Third corpus"):

- it is typeset: every two labelled parts are separated by printed punctuation or space
  (PMC's tag-only "mixed" citations, ``<surname>Avery</surname><given-names>SV``, are not);
- its labels are complete: the text outside the tags holds only punctuation and glue words
  ("et al.", "In:", "editors", "doi:", "Available from:", "p."), so nothing printed is unlabelled;
- it is Vancouver-like: each name is "Family Initials" (initials of one to four capitals), not
  "Family, J." nor "John Family" (author-date and full-name styles are counted as skipped);
- its publication type is one the parser names (journal, book, chapter, web, report, conference,
  thesis); data sets, software, patents and preprints' "other" are skipped.

Each row: ``{"raw", "expected", "source", "group"}``; ``group`` is the citing article, used to
split tuning and held-out halves by article.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

KIND = {"journal": "journal", "book": "book", "chapter": "chapter", "web": "web", "webpage": "web",
        "website": "web", "report": "report", "thesis": "thesis", "confproc": "conference",
        "conf-proc": "conference", "conference": "conference"}
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                      "nov", "dec"), 1)}
LABELLED = {"name", "string-name", "collab", "article-title", "chapter-title", "source", "year", "month",
            "day", "volume", "issue", "supplement", "fpage", "lpage", "elocation-id", "pub-id", "ext-link",
            "uri", "date-in-citation", "publisher-loc", "publisher-name", "edition", "person-group", "etal",
            "season", "comment", "size", "page-range", "issue-title", "trans-title", "part-title",
            "conf-name", "conf-loc", "conf-date", "institution", "series", "std", "data-title", "version",
            "label"}
# text outside the tags that carries no field of its own
GLUE = re.compile(
    r"et\.?\s*al|and|In|editors?|eds?|doi|DOI|PMID|PMCID|PubMed|Available|from|at|online|Internet|Accessed"
    r"|accessed|cited|Cited|Epub|ahead|of|print|p|pp|Suppl|Supplement|Suppl\.|p\.|URL|https?|org|dx|Retrieved"
    r"|Vol|vol|No|no|Published|[A-Za-z]",  # a lone letter: "e" of e-locators, "S" of supplements
)
DOI = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")
INITIALS = re.compile(r"^[A-ZÀ-ÖØ-Þ](?:[.\s\-]*[A-ZÀ-ÖØ-Þ]){0,3}\.?$")


def text(el) -> str:
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else ""


def local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def strip_end(value: str) -> str:
    value = value.strip()
    while value.endswith((".", ",", ";", ":")) and not value.endswith("..."):
        value = value[:-1].rstrip()
    return value


def expand(first: str, last: str) -> str:
    """'1961', '3' -> '1963'; 'S331', '6' -> 'S336'."""
    fm, lm = re.match(r"^([A-Za-z]*)(\d+)([A-Za-z]*)$", first), re.match(r"^([A-Za-z]*)(\d+)([A-Za-z]*)$", last)
    if not fm or not lm:
        return last
    digits, tail = fm.group(2), lm.group(2)
    if len(tail) < len(digits):
        tail = digits[: len(digits) - len(tail)] + tail
    return (lm.group(1) or fm.group(1)) + tail + lm.group(3)


def is_article_number(value: str) -> bool:
    return bool(re.match(r"^(?:[eE][A-Za-z]?\d+|\d{5,}[\dA-Z]*|[A-Za-z]{1,3}\d{5,})$", value))


def iso_date(value: str) -> str | None:
    value = value.strip().rstrip(".")
    m = re.match(r"^(\d{4})[\s\-]+([A-Za-z]{3,9}|\d{1,2})\.?(?:[\s\-]+(\d{1,2}))?$", value)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
    else:
        m = re.match(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$", value)
        if not m:
            return None
        day, month, year = m.group(1) or m.group(3), m.group(2), m.group(4)
    number = int(month) if month.isdigit() else MONTHS.get(month[:3].lower())
    if not number or not 1 <= number <= 12:
        return None
    return f"{year}-{number:02d}-{int(day):02d}" if day else f"{year}-{number:02d}"


class Skip(Exception):
    """The reference does not meet one of the rules above; the message says which."""


def _names(group, people: list, etal: list, collabs: list) -> None:
    for child in group:
        tag = local(child)
        if tag in ("name", "string-name"):
            sur, given = child.find("surname"), child.find("given-names")
            if sur is None or given is None:
                raise Skip("name")
            if child.index(given) < child.index(sur):
                raise Skip("author-date/full-name style")  # "John Smith"
            between = (sur.tail or "")
            if "," in between:
                raise Skip("author-date/full-name style")  # "Smith, J."
            if not between.strip() and not between:
                raise Skip("not typeset")
            if not INITIALS.match(text(given)):
                raise Skip("author-date/full-name style")
            if child.find("suffix") is not None:
                raise Skip("name")
            people.append({"family": text(sur), "initials": re.sub(r"[.\s]", "", text(given))})
        elif tag == "etal":
            etal.append(True)
        elif tag == "collab":
            collabs.append(strip_end(text(child)))


def fields(mc) -> dict:
    ptype = mc.get("publication-type") or mc.get("citation-type") or "journal"
    kind = KIND.get(ptype)
    if kind is None:
        raise Skip(f"type {ptype}")
    out: dict = {}
    authors: list = []
    editors: list = []
    collabs: list = []
    etal: list = []
    children = [c for c in mc if isinstance(c.tag, str)]
    if any(local(c) not in LABELLED and local(c) not in ("italic", "bold", "sup", "sub", "sc") for c in children):
        raise Skip("unknown tag")
    # glue text: mixed-citation's own text and every child's tail
    glue = (mc.text or "") + " ".join((c.tail or "") for c in children)
    glue_words = re.findall(r"[A-Za-z]+|\d+", glue)
    if any(not GLUE.fullmatch(w) for w in glue_words):
        raise Skip("unlabelled text")
    for prev, nxt in zip(children, children[1:]):
        if not (prev.tail or "").strip(" ") and local(prev) not in ("italic", "bold", "etal") and local(nxt) not in ("etal",):
            if not (prev.tail or ""):
                raise Skip("not typeset")
    for c in children:
        tag = local(c)
        if tag == "person-group":
            role = c.get("person-group-type", "author")
            _names(c, editors if role == "editor" else authors, etal, collabs)
            if re.search(r"\bet\.?\s*al", "".join((x.tail or "") for x in c) + (c.tail or "")):
                etal.append(True)
        elif tag in ("name", "string-name", "collab", "etal"):
            _names([c], authors, etal, collabs)
    if re.search(r"\bet\.?\s*al\b", glue):
        etal.append(True)
    if "editor" in glue.lower() and not editors:
        raise Skip("editors untagged")
    if authors:
        out["authors"] = authors
    if editors:
        out["editors"] = editors
    if collabs:
        out["group_author"] = "; ".join(collabs)
    if etal:
        out["et_al"] = True
    get = {local(c): c for c in reversed(children)}  # the first of each tag
    title, chapter, source = get.get("article-title"), get.get("chapter-title"), get.get("source")
    if chapter is not None:
        out["title"], kind = strip_end(text(chapter)), "chapter"
        if source is not None:
            out["container"] = strip_end(text(source))
    elif title is not None:
        out["title"] = strip_end(text(title))
        if source is not None:
            out["container"] = strip_end(text(source))
    elif source is not None:
        out["title"] = strip_end(text(source))
    if kind == "book" and re.search(r"\bIn\b", glue) and source is not None and title is not None:
        kind = "chapter"
    for tag, key in (("volume", "volume"), ("issue", "issue"), ("supplement", "supplement"),
                     ("edition", "edition"), ("publisher-loc", "place"), ("publisher-name", "publisher")):
        if get.get(tag) is not None and text(get[tag]):
            out[key] = strip_end(text(get[tag]))
    if "edition" in out:
        out["edition"] = re.sub(r"\s*(?:ed|edn|edition)\.?$", "", out["edition"], flags=re.I)
    issue = out.get("issue", "")
    m = re.match(r"^(.*?)\s*(?:Suppl(?:ement)?|Supp)\.?\s*(\S*)$", issue, re.I)
    if m:
        out.pop("issue")
        if m.group(1):
            out["issue"] = m.group(1)
        out["supplement"] = m.group(2).strip(".")
    vol = out.get("volume", "")
    m = re.match(r"^(.*?)\s*(?:Suppl(?:ement)?|Supp)\.?\s*(\S*)$", vol, re.I)
    if m:
        out["volume"] = m.group(1)
        out["supplement"] = m.group(2).strip(".")
        if not out["volume"]:
            out.pop("volume")
    if re.search(r"\bSuppl", glue) and "supplement" not in out:
        raise Skip("supplement untagged")
    year = get.get("year")
    if year is not None:
        m = re.match(r"(\d{4})", text(year))
        if m:
            out["year"] = int(m.group(1))
    month = get.get("month")
    if month is not None and text(month):
        mt = text(month)
        number = int(mt) if mt.isdigit() else MONTHS.get(mt[:3].lower())
        if number:
            out["month"] = number
            day = get.get("day")
            if day is not None and text(day).isdigit():
                out["day"] = int(text(day))
    first, last = get.get("fpage"), get.get("lpage")
    if first is not None and text(first):
        fp = text(first)
        lp = expand(fp, text(last)) if last is not None and text(last) else None
        if lp and lp != fp:
            out["first_page"], out["last_page"] = fp, lp
        elif is_article_number(fp):
            out["article_number"] = fp
        else:
            out["first_page"] = fp
    if get.get("elocation-id") is not None:  # the same convention as a single page
        value = text(get["elocation-id"])
        pages = re.match(r"^(\d+)\s*[-–]\s*(\d+)$", value)
        if pages:  # a page range tagged as an e-locator: the printed form decides
            out["first_page"], out["last_page"] = pages.group(1), expand(pages.group(1), pages.group(2))
            value = ""
        if value:
            out["article_number" if is_article_number(value) or not value.isdigit() else "first_page"] = value
    for c in children:
        if local(c) == "pub-id":
            t = c.get("pub-id-type")
            if t in ("doi", "pmid", "pmcid"):
                out[t] = text(c).strip().rstrip(".")
                if t == "pmcid" and not out[t].upper().startswith("PMC"):
                    out[t] = "PMC" + out[t]
        elif local(c) in ("ext-link", "uri"):
            href = c.get("{http://www.w3.org/1999/xlink}href") or text(c)
            doi = DOI.search(href) if "doi.org" in href else None
            if doi:
                out["doi"] = doi.group(0)
            else:
                out["url"] = text(c) or href
        elif local(c) == "date-in-citation":
            out["accessed"] = c.get("iso-8601-date") or iso_date(re.sub(r"^\W*(?:cited|accessed)\s*", "", text(c), flags=re.I).rstrip("]"))
            if not out["accessed"]:
                raise Skip("access date")
    if "doi" not in out:  # printed, not tagged: the text is the truth
        m = DOI.search(text(mc))
        if m:
            out["doi"] = m.group(0).rstrip(".,;")
    if "title" not in out:
        raise Skip("no title")
    for key in ("title", "container"):  # a label cut inside brackets: "R. Br.) in Niger..."
        value = out.get(key, "")
        if value.count("(") != value.count(")") or value.count("[") != value.count("]"):
            raise Skip("label cut inside brackets")
    out["kind"] = kind
    return out


def group_of(path: Path, tree) -> str:
    nlm = tree.xpath("//*[local-name()='journal-id'][@journal-id-type='nlm-ta']")
    if nlm:
        return text(nlm[0])
    m = re.search(r"(\d{4}\.\d{2}\.\d{2}\.\d+)", path.name)
    return m.group(1) if m else path.stem.split("__")[0]


PER_ARTICLE = 30  # at most this many from one citing article, so no single style dominates


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Per citing article: order by MD5 of the text, keep PER_ARTICLE, deal alternately."""
    tuning, heldout = [], []
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["group"], []).append(row)
    for name in sorted(groups):
        ordered = sorted(groups[name], key=lambda r: hashlib.md5(r["raw"].encode()).hexdigest())[:PER_ARTICLE]
        tuning += ordered[0::2]
        heldout += ordered[1::2]
    return tuning, heldout


def main(paths: list[str]) -> int:
    out_dir = None
    if paths[:1] == ["--out"]:
        out_dir, paths = Path(paths[1]), paths[2:]
    rows: list[dict] = []
    seen: set[str] = set()
    skipped: Counter = Counter()
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    for name in paths:
        path = Path(name)
        try:
            tree = etree.parse(str(path), parser)
        except (etree.XMLSyntaxError, OSError):
            skipped["unreadable file"] += 1
            continue
        if tree.getroot() is None:
            continue
        for mc in tree.iter("{*}mixed-citation", "mixed-citation"):
            if any(isinstance(e.tag, str) and "XSL" in (etree.QName(e).namespace or "") for e in mc.iter()):
                continue  # a stylesheet instruction, not a reference
            raw = re.sub(r"^[.\s]+", "", text(mc))
            if raw in seen or not raw:
                continue
            seen.add(raw)
            try:
                expected = fields(mc)
            except Skip as why:
                skipped[str(why)] += 1
                continue
            row = {"raw": raw, "expected": expected, "source": path.name.split("__")[0], "group": group_of(path, tree)}
            rows.append(row)
    if out_dir is None:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        for name, part in zip(("tuning3", "heldout3"), split(rows)):
            with (out_dir / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
                handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in part)
            print(f"{name}: {len(part)} references", file=sys.stderr)
    print(f"kept {len(rows)} from {len({r['group'] for r in rows})} citing articles", file=sys.stderr)
    for why, count in skipped.most_common():
        print(f"skipped {count:5d}: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
