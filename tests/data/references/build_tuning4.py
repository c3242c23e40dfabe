"""Build tuning4.jsonl: the Vancouver-like SciELO references of scieloorg/packtools not used before.

    python build_tuning4.py XML_DIR > tuning4.jsonl      (XML_DIR: packtools' test XML, flattened)

Labels are drafted from each <element-citation> exactly as extract_jats.py does (its functions are
reused), then cleaned by the mechanical rules below (see the README, "Fourth corpus"). The file
list is chosen mechanically too: files that share a reference (by normalised text) with
heldout.jsonl, or that are one of its sources, are left out whole; a file is kept when at least
60% of its references start with Vancouver names ("Family INITIALS,") and do not put the year
right after the names; references already in tuning.jsonl are skipped.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
_ns: dict = {}
exec((HERE / "extract_jats.py").read_text(encoding="utf-8").split("rows = []")[0], _ns)
txt, fields = _ns["txt"], _ns["fields"]

NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.?)\s+")
VANCOUVER = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’\-]+(?:\s(?:[a-zà-ÿ]{1,3}\s)?[A-ZÀ-Þ][\w'’\-]+){0,3})\s(?:Jr\s|Filho\s|Neto\s|Junior\s)?"
    r"[A-Z]{1,4}(?:,\s|\.\s|\s(?:et al|[a-z]))")
AUTHOR_DATE = re.compile(r"^[^.]{0,300}?[A-Z]{1,4}[.,]?\s*\(?(?:1[89]|20)\d{2}[a-z]?\)?[.,]")
DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
SUPPL = re.compile(r"^(?P<before>.*?)\(?\s*(?:Suppl?|Supl|Supple?ment[oa]?)\.?\s*(?P<number>[\w-]*)\)?\s*$", re.IGNORECASE)
MONTHS = {m: i + 1 for i, names in enumerate((
    "jan january janeiro enero", "feb february fev fevereiro febrero", "mar march março marzo",
    "apr april abr abril", "may maio mayo", "jun june junho junio", "jul july julho julio",
    "aug august ago agosto", "sep sept september set setembro septiembre", "oct october out outubro octubre",
    "nov november novembro noviembre", "dec december dez dezembro dic diciembre")) for m in names.split()}


def norm(raw: str) -> str:
    return re.sub(r"\W+", "", NUMBER.sub("", raw)).lower()


def access_date(text: str | None) -> str | None:
    """'[cited 2022 Mar 5]', '[acesso em 29 de setembro de 2020]', 'citado 12 jan 2019' -> ISO."""
    if not text:
        return None
    words = re.findall(r"\d+|[^\W\d]+", text.lower())
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
    month = next((MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if not (year and month):
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def full_last_page(first: str, last: str) -> str:
    """'1961'-'3' -> '1963'; 'S331'-'6' -> 'S336'."""
    if first.isdigit() and last.isdigit() and len(last) < len(first):
        return first[: len(first) - len(last)] + last
    m = re.match(r"^([A-Za-z]+)(\d+)$", first)
    if m and last.isdigit() and len(last) < len(m.group(2)):
        return m.group(1) + full_last_page(m.group(2), last)
    if m and re.match(r"^[A-Za-z]+\d+$", last) is None and last.isdigit():
        return m.group(1) + last
    return last


SUFFIX = r"(?:Filho|Neto|N[eé]to|J[uú]nior|Jr|Sobrinho)"
PARTICLE = r"(?:de|De|da|Da|do|dos|das|del|Del|van|Van|von|Von|van der|Van der|La|Le|Di|Du)"
EDITOR_WORD = re.compile(r"\b(?:editors?|editores|eds?|organizador(?:es|as)?|orgs?|coordenador(?:es)?|coord|compiladores)\b\.?", re.IGNORECASE)
IN_MARK = re.compile(r"\b(?:In|Em|En)\s*:")


def printed_family(raw: str, family: str, initials: str) -> str:
    """'Eluf' printed 'Eluf-Neto J', 'Cocker' printed 'De Cocker KA': the family name as printed."""
    name = rf"((?:{PARTICLE}[\s-])?{re.escape(family)}(?:[\s-]{SUFFIX})?)"
    for m in re.finditer(rf"(?:^|[\s,;:.])" + name + rf",?\s+{re.escape(initials)}\b", raw):
        return m.group(1)
    return family


def as_printed(raw: str, value: str) -> str | None:
    """The printed span that a label spells with other punctuation ('ELMO 1 0' for 'ELMO 1.0')."""
    words = re.findall(r"\w+", value)
    if not words or value in raw:
        return None
    m = re.search(r"\W{0,3}".join(map(re.escape, words)), raw)
    return m.group(0) if m and m.group(0) != value else None


def clean(raw: str, exp: dict, counts: Counter) -> dict:
    """The README's conventions, applied mechanically to one drafted label."""
    if IN_MARK.search(raw) and EDITOR_WORD.search(raw[IN_MARK.search(raw).end():] or "") and exp.get("authors"):
        # chapter editors drafted as authors: the names after "In:" are editors
        head = raw[: IN_MARK.search(raw).start()]
        people = exp["authors"]
        n, at = 0, 0
        while n < len(people) and people[n]["family"] and head.find(people[n]["family"], at) >= 0:
            at = head.find(people[n]["family"], at) + len(people[n]["family"])
            n += 1
        if 0 < n < len(people):
            exp["editors"] = exp.get("editors", []) + people[n:]
            exp["authors"] = people[:n]
            counts["chapter editors moved out of authors"] += 1
    if IN_MARK.search(raw) and exp.get("kind") == "book" and exp.get("editors") and exp.get("title"):
        chapter = re.search(r"^(?:.*?\b[A-Z]{1,4}\.\s)(.+?)\.?\s*" + IN_MARK.pattern, raw)
        if chapter and exp["title"] in raw[IN_MARK.search(raw).end():]:
            exp["container"], exp["title"], exp["kind"] = exp["title"], chapter.group(1).rstrip(". "), "chapter"
            counts["chapters drafted as books"] += 1
    for who in ("authors", "editors"):
        for person in exp.get(who, []):
            if person.get("initials"):
                person["initials"] = re.sub(r"[.\s]", "", person["initials"])
    for who in ("authors", "editors"):
        for person in exp.get(who, []):
            if person.get("family") and person.get("initials"):
                printed = printed_family(raw, person["family"], person["initials"])
                if printed != person["family"]:
                    counts["family names as printed (suffix, particle)"] += 1
                    person["family"] = printed
    if "; " in (exp.get("group_author") or "") and exp["group_author"].replace("; ", ". ") in raw:
        exp["group_author"] = exp["group_author"].replace("; ", ". ")
        counts["group authors as printed"] += 1
    for key in ("title", "container"):
        if exp.get(key):
            value = re.sub(r"\s*\[(?:Internet|online|Online)\]\s*", " ", exp[key]).strip()
            exp[key] = value.rstrip(" .")
            printed = as_printed(raw, exp[key])
            if printed:
                exp[key] = printed.rstrip(" .")
                counts[key + " as printed"] += 1
    if exp.get("kind") == "journal" and exp.get("place") and exp.get("container") and f"{exp['container']} ({exp['place']})" in raw:
        exp["container"] = f"{exp.pop('container')} ({exp.pop('place')})"  # "Health Aff (Millwood)"
        counts["journal place put back in the journal name"] += 1
    if exp.get("kind") == "other" and exp.get("container") and exp.get("volume"):
        exp["kind"] = "journal"
    if exp.get("kind") in ("book", "report") and exp.get("volume") and re.search(rf"\([^()]*\b{re.escape(exp['volume'])}\)\.?\s*$", raw):
        exp.pop("volume")  # "(WHO Technical Report Series, 854)": a series number, not the volume
        counts["series number dropped as volume"] += 1
    for key in ("volume", "issue"):  # "15 Suppl 2" or "Supl 1": the supplement has its own field
        m = SUPPL.match(exp.get(key) or "")
        if m and re.search(r"sup", exp[key], re.IGNORECASE):
            counts["supplement moved out of " + key] += 1
            exp["supplement"] = m.group("number") or exp.get("supplement") or "1"
            before = m.group("before").strip(" (")
            if before:
                exp[key] = before
            else:
                exp.pop(key)
    if exp.get("supplement"):
        exp["supplement"] = re.sub(r"^(?:Suppl?|Supl)\.?\s*", "", exp["supplement"], flags=re.IGNORECASE).lstrip("0") or "1"
    first, last = exp.get("first_page"), exp.get("last_page")
    if first and last:
        exp["last_page"] = full_last_page(first, last)
        if exp["last_page"] == first:
            exp.pop("last_page")
    if exp.get("kind") == "journal" and exp.get("volume") and not first and not exp.get("article_number"):
        # a locator printed after the labelled volume but missing from the label
        m = re.search(rf";\s*{re.escape(exp['volume'])}(?:\([^)]*\))?\s*:\s*([A-Za-z]?\d+)(?:-(\d+))?\.?(?:\s|$)", raw)
        if m:
            first, last = m.group(1), m.group(2) and full_last_page(m.group(1), m.group(2))
            exp["first_page"] = first
            if last:
                exp["last_page"] = last
            counts["printed pages added"] += 1
    last = exp.get("last_page")
    if first and not last and not exp.get("article_number") and (first.lower().startswith("e") and first[1:].isdigit() or len(first) >= 5 and first.isdigit()):
        exp["article_number"] = exp.pop("first_page")
    url = exp.get("url") or ""
    if "doi.org/" in url:
        exp.setdefault("doi", url.split("doi.org/", 1)[1])
        exp.pop("url")
    printed = DOI.search(raw)
    if printed and not exp.get("doi"):
        exp["doi"] = printed.group(0).rstrip(".,;")
        counts["printed DOI added"] += 1
    if exp.get("doi"):
        exp["doi"] = re.sub(r"^(?:\s|https?://(?:dx\.)?doi\.org/|doi:)+", "", exp["doi"], flags=re.IGNORECASE).rstrip(".")
    if exp.get("pmid"):
        exp["pmid"] = exp["pmid"].rstrip(".")
    if re.search(r"\bet al\b", raw) and not exp.get("et_al"):
        exp["et_al"] = True
        counts["et al added"] += 1
    if exp.get("kind") in ("other", "journal", "book") and not exp.get("container") and not exp.get("edition") and (
            "[Internet]" in raw or re.search(r"Available (?:from|at)|Dispon[íi]vel em|Disponible en", raw)):
        exp["kind"] = "web"
    return exp


def main(xml_dir: str) -> None:
    heldout = [json.loads(line) for line in (HERE / "heldout.jsonl").open(encoding="utf-8")]
    tuning = [json.loads(line) for line in (HERE / "tuning.jsonl").open(encoding="utf-8")]
    held_text = {norm(r["raw"]) for r in heldout}
    held_files = {r["source"].split()[-1].replace("/", "_").split("_")[-1] for r in heldout}
    tuning_text = {norm(r["raw"]) for r in tuning}
    counts, seen, out = Counter(), set(), []
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True)
    for path in sorted(Path(xml_dir).glob("*.xml")):
        refs = []
        try:
            tree = etree.parse(str(path), parser)
        except etree.XMLSyntaxError:  # packtools also keeps deliberately broken files
            continue
        for ref in tree.iter("ref"):
            mc, ec = ref.find("mixed-citation"), ref.find("element-citation")
            if mc is not None and ec is not None:
                refs.append((re.sub(r"^[.\s]+", "", txt(mc)), ec))
        if not refs:
            continue
        if path.name.split("_")[-1] in held_files or any(norm(raw) in held_text for raw, _ in refs):
            counts["files left out: held-out source or sharing a reference"] += 1
            continue
        vancouver = sum(bool(VANCOUVER.match(NUMBER.sub("", raw))) and not AUTHOR_DATE.match(NUMBER.sub("", raw)) for raw, _ in refs)
        if vancouver < 0.6 * len(refs):
            counts["files left out: not Vancouver"] += 1
            continue
        counts["files kept"] += 1
        for raw, ec in refs:
            key = norm(raw)
            if key in tuning_text or key in seen:
                counts["references already in tuning or repeated"] += 1
                continue
            seen.add(key)
            exp = fields(ec)
            month = txt(ec.find("month")) or ""
            if not exp.get("month") and month.lower()[:3] in MONTHS:  # "Sep", "Mar-Apr": the first month
                exp["month"] = MONTHS[month.lower()[:3]]
                counts["month printed as a word labelled"] += 1
            accessed = access_date(txt(ec.find("date-in-citation")))
            if accessed:
                exp["accessed"] = accessed
            if (exp.get("kind") == "journal" and not any(exp.get(k) for k in ("volume", "issue", "first_page", "article_number"))
                    and re.search(r"[.:;]\s*[^.:;]{2,60};\s*(?:1[89]|20)\d{2}\.?\s*$", raw)):
                counts["dropped: a book ('Place: Publisher; Year') labelled as a journal article"] += 1
                continue
            out.append({"raw": raw, "expected": clean(raw, exp, counts),
                        "source": "scieloorg/packtools tests/" + path.name.split("tests_", 1)[-1]})
    for row in out:
        print(json.dumps(row, ensure_ascii=False))
    print(dict(counts), len(out), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
