"""Build heldout5.jsonl: a fresh held-out corpus from publishers no other set draws on.

    python build_fresh.py collect NAME REPO COMMIT:PATH=FILE ...   # copy the reference lists in
    python build_fresh.py build > heldout5.jsonl                     # label them (counts on stderr)

``collect`` copies every ``<mixed-citation>`` of a JATS file (with its journal id) into
``fresh_src/NAME/``, so the corpus can be rebuilt without the source repository. ``build``
labels them exactly as the third corpus is labelled (``extract_mixed.fields``: typeset,
completely tagged, Vancouver-named references only) and cleans the labels with the fourth
corpus's rules (``build_tuning4.clean``). Added here, all mechanical (README.md, "Fifth corpus"):

- identifiers the archive added: a PMID or PMCID ``<pub-id>`` or ``<object-id>`` with no
  printed label before it ("...389-93.30842659", PMC's ``<?supplied-pmid?>``, PLOS's PubMed
  link ``<object-id pub-id-type="pmid">``) is not part of the printed reference; it is cut from
  the text and from the labels;
- layout whitespace: a line break before the closing tag of a name or other inner element
  ("Yan Y\\n</string-name>, Tan X") is not printed ("Yan Y , Tan X" becomes "Yan Y, Tan X");
- a reference that quotes its title or labels its volume "vol." (IEEE, Chicago) is skipped,
  as the README's Vancouver filter asks ("plain volume/issue/page labels");
- whole articles in other styles are left out: an article is kept only when at least 60% of
  its references that name people name them "Family Initials" (not "Family, J." nor "John
  Family"), the rule tuning4 applies to SciELO files;
- references printed in any other corpus file (text compared without numbering, spaces and
  punctuation) or repeated are skipped; at most PER_ARTICLE per citing article and PER_JOURNAL
  per citing journal, taken in MD5 order of the text.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
SRC = HERE / "fresh_src"
sys.path.insert(0, str(HERE))
import build_tuning4  # noqa: E402  (its label-cleaning rules)
import extract_mixed  # noqa: E402  (the third corpus's labelling rules)

PER_ARTICLE = 40  # so that no citing article's style dominates
PER_JOURNAL = 120  # so that no citing journal (PLoS ONE has 32 articles in allofplos) dominates
KEEP_SHARE = 0.6
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=True)
QUOTED_OR_VOL = re.compile(r"[“\"]|\bvol\.")
LABEL_BEFORE = re.compile(r"(?:PMID|PMCID|PubMed|PMC)\W{0,3}$", re.I)


def collect(name: str, repo: str, items: list[str]) -> None:
    """Copy the mixed-citations of each COMMIT:PATH=FILE into fresh_src/NAME/."""
    out_dir = SRC / name
    out_dir.mkdir(parents=True, exist_ok=True)
    for item in items:
        where, file = item.split("=", 1)
        commit, path = where.split(":", 1)
        tree = etree.parse(file, PARSER)
        mcs = list(tree.iter("{*}mixed-citation", "mixed-citation"))
        if not mcs:
            continue
        root = etree.Element("refs", repo=repo, commit=commit, path=path, journal=extract_mixed.group_of(Path(file), tree))
        for mc in mcs:
            kept = copy.deepcopy(mc)
            kept.tail = "\n"
            root.append(kept)
        stem = re.sub(r"[^\w.-]+", "_", path)
        etree.ElementTree(root).write(str(out_dir / f"{stem}.refs.xml"), encoding="utf-8", xml_declaration=True)


def _drop(el) -> None:
    """Remove an element, keeping the text that follows it; no doubled or spaced-off stop is left
    where it was ("277-87. <id/>." -> "277-87.", "doi: X <id/>." -> "doi: X.")."""
    parent, prev = el.getparent(), el.getprevious()
    joined = (prev.tail if prev is not None else parent.text) or ""
    joined += el.tail or ""
    joined = re.sub(r"\s+([.;,])", r"\1", re.sub(r"([.;,])\s*\1", r"\1", joined))
    if prev is not None:
        prev.tail = joined
    else:
        parent.text = joined
    parent.remove(el)


def tidy(mc):
    """The printed reference only: archive-added identifiers and layout line breaks removed."""
    mc = copy.deepcopy(mc)
    rules: list[str] = []
    for pi in [n for n in mc.iter() if isinstance(n, etree._ProcessingInstruction)]:
        _drop(pi)
    added = False
    for el in list(mc):
        if extract_mixed.local(el) in ("pub-id", "object-id") and el.get("pub-id-type") in ("pmid", "pmcid"):
            prev = el.getprevious()
            before = (prev.tail if prev is not None else mc.text) or ""
            if not LABEL_BEFORE.search(before.rstrip()):
                _drop(el)
                added = True
    if added:
        rules.append("archive-added PMID/PMCID/object-id cut")
        last = mc[-1] if len(mc) else None
        if last is not None:
            last.tail = re.sub(r"[\s;,]+$", "", last.tail or "")
    glue = (mc.text or "") + " ".join(c.tail or "" for c in mc)
    chapter = [c for c in mc if extract_mixed.local(c) == "chapter-title"]
    source = [c for c in mc if extract_mixed.local(c) == "source"]
    if chapter and not re.search(r"\bIn\b", glue):
        if source:  # PLOS: whole books, even articles, tagged chapter-title + source
            raise extract_mixed.Skip("chapter-title of no book (no 'In', a source beside it)")
        chapter[0].tag = "source"  # the book's own title: a book
        rules.append("chapter-title alone is the book's title")
    for el in mc:
        if extract_mixed.local(el) == "part-title":  # the part (chapter, paper) of the book in <source>
            el.tag = "chapter-title"
            rules.append("part-title is the chapter's title")
    for el in mc.iter():
        if el is mc or not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        if parent is not mc and el.getnext() is None and el.tail and not el.tail.strip() and "\n" in el.tail:
            el.tail = ""
    mc.set("rules", ";".join(rules))
    return mc


def vancouver_named(mc) -> bool | None:
    """True/False: the first person is named 'Family Initials' or not; None: no person."""
    for el in mc.iter("{*}name", "name", "{*}string-name", "string-name"):
        try:
            extract_mixed._names([el], [], [], [])
        except extract_mixed.Skip as why:
            return False if "style" in str(why) else None  # "Smith, J." / "John Smith" vs untypeset
        return True
    return None


def norm(raw: str) -> str:
    return build_tuning4.norm(raw)


def build() -> int:
    counts: Counter = Counter()
    known = set()
    for path in sorted(HERE.glob("*.jsonl")):
        if path.name != "heldout5.jsonl":
            known |= {norm(json.loads(line)["raw"]) for line in path.open(encoding="utf-8") if line.strip()}
    rows, seen = [], set()
    for path in sorted(SRC.glob("*/*.refs.xml")):
        root = etree.parse(str(path), PARSER).getroot()
        mcs = []
        for mc in root:
            try:
                mcs.append(tidy(mc))
            except extract_mixed.Skip as why:
                mc.set("skip", str(why))
                mcs.append(mc)
        styles = [s for s in (vancouver_named(mc) for mc in mcs) if s is not None]
        if not styles or sum(styles) < KEEP_SHARE * len(styles):
            why = "names not typeset (tag-only)" if not styles else "under 60% Vancouver-named"
            counts[f"articles left out: {why}"] += 1
            counts["references in articles left out"] += len(mcs)
            continue
        counts["articles kept"] += 1
        article = []
        for mc in mcs:
            raw = re.sub(r"^[.\s]+", "", extract_mixed.text(mc))
            key = norm(raw)
            if not raw or key in seen:
                counts["skipped: repeated"] += 1
                continue
            seen.add(key)
            if key in known:
                counts["skipped: already in another corpus file"] += 1
                continue
            try:
                if mc.get("skip"):
                    raise extract_mixed.Skip(mc.get("skip"))
                expected = extract_mixed.fields(mc)
                if QUOTED_OR_VOL.search(raw) and (re.search(r"\bvol\.\s*\d", raw) or re.search(
                        r"[“\"]\s*" + re.escape(expected["title"][:20]), raw)):
                    raise extract_mixed.Skip("not Vancouver-like: quoted title or 'vol.' label (IEEE, Chicago)")
            except extract_mixed.Skip as why:
                counts[f"skipped: {why}"] += 1
                continue
            source = f"{root.get('repo')}@{root.get('commit')[:8]} {root.get('path')}"
            article.append({"raw": raw, "expected": expected, "source": source, "group": root.get("path"),
                            "journal": root.get("journal"), "rules": mc.get("rules", "")})
        article.sort(key=lambda r: hashlib.md5(r["raw"].encode()).hexdigest())
        counts["skipped: over the per-article cap"] += max(0, len(article) - PER_ARTICLE)
        rows += article[:PER_ARTICLE]
    journals: dict[str, list] = {}
    for row in rows:
        journals.setdefault(row.pop("journal"), []).append(row)
    rows = []
    for name in sorted(journals):
        ordered = sorted(journals[name], key=lambda r: hashlib.md5(r["raw"].encode()).hexdigest())
        counts["skipped: over the per-journal cap"] += max(0, len(ordered) - PER_JOURNAL)
        rows += ordered[:PER_JOURNAL]
    cleaned: Counter = Counter()
    for row in rows:  # the label conventions, counted on the references kept
        cleaned.update(rule for rule in row.pop("rules").split(";") if rule)
        row["expected"] = build_tuning4.clean(row["raw"], row["expected"], cleaned)
    for rule, count in cleaned.items():
        counts[f"kept, label rule: {rule}"] += count
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    print(f"kept {len(rows)} references from {len({r['group'] for r in rows})} citing articles", file=sys.stderr)
    for why, count in sorted(counts.items()):
        print(f"{count:6d}  {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["collect"]:
        collect(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        raise SystemExit(build())
