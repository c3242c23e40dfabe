"""Pair each JATS <mixed-citation> (text as printed) with its <element-citation> fields."""
import json, re, sys, glob
from lxml import etree

def txt(el):
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip() if el is not None else None

KIND = {"journal": "journal", "book": "book", "thesis": "thesis", "webpage": "web", "report": "report",
        "confproc": "conference", "conf-proc": "conference", "other": "other"}

def fields(ec):
    out = {}
    kind = KIND.get(ec.get("publication-type", "other"), "other")
    ptype = ec.get("publication-type")
    authors, editors = [], []
    group = []
    etal = False
    for pg in ec.iter("{*}person-group", "person-group"):
        role = pg.get("person-group-type", "author")
        for child in pg:
            tag = etree.QName(child).localname
            if tag in ("name", "string-name"):
                p = {"family": txt(child.find("surname")), "initials": txt(child.find("given-names"))}
                (authors if role == "author" else editors).append(p)
            elif tag == "collab" and role == "author":
                group.append(txt(child))
            elif tag == "etal" and role == "author":
                etal = True
    if authors: out["authors"] = authors
    if editors: out["editors"] = editors
    if group: out["group_author"] = "; ".join(group)
    if etal: out["et_al"] = True
    at, src = ec.find("article-title"), ec.find("source")
    chap = ec.find("chapter-title")
    if chap is not None:
        out["title"] = txt(chap); out["container"] = txt(src); kind = "chapter"
    elif at is not None:
        out["title"] = txt(at)
        if src is not None: out["container"] = txt(src)
    elif src is not None:
        out["title"] = txt(src)
    for tag, key in (("volume","volume"),("issue","issue"),("supplement","supplement"),("fpage","first_page"),("lpage","last_page"),("elocation-id","article_number"),("edition","edition"),("publisher-loc","place"),("publisher-name","publisher")):
        e = ec.find(tag)
        if e is not None and txt(e): out[key] = txt(e)
    y = ec.find("year")
    if y is not None and re.match(r"\d{4}", txt(y) or ""): out["year"] = int(txt(y)[:4])
    for tag in ("month","day"):
        e = ec.find(tag)
        if e is not None and (txt(e) or "").isdigit(): out[tag] = int(txt(e))
    dic = ec.find("date-in-citation")
    if dic is not None and dic.get("iso-8601-date"): out["accessed"] = dic.get("iso-8601-date")
    for pid in ec.findall("pub-id"):
        t = pid.get("pub-id-type")
        if t in ("doi","pmid","pmcid"): out[t] = txt(pid)
    el = ec.find("ext-link")
    if el is None:
        el = ec.find("comment/ext-link")
    if el is not None: out["url"] = el.get("{http://www.w3.org/1999/xlink}href") or txt(el)
    out["kind"] = kind
    return out

rows = []
for path in sys.argv[1:]:
    try:
        tree = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=True))
    except Exception as e:
        continue
    for ref in tree.iter("ref"):
        mc, ec = ref.find("mixed-citation"), ref.find("element-citation")
        if mc is None or ec is None:
            continue
        raw = txt(mc)
        raw = re.sub(r"^[.\s]+", "", raw)
        rows.append({"raw": raw, "expected": fields(ec), "source": path.split("/")[-1]})
seen=set(); out=[]
for r in rows:
    if r["raw"] in seen: continue
    seen.add(r["raw"]); out.append(r)
for r in out: print(json.dumps(r, ensure_ascii=False))
