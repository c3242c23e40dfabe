"""JATS import: a JATS or NLM article (1.0 to 1.3, as PubMed Central serves them) becomes a draft.

The XML is read with external entities, DTD loading and network access off.
Front matter gives the title, authors with affiliations, keywords, the abstract
and funding; body sections go to the report's parts by their titles
(``import_sections``); back matter gives acknowledgements, conflicts of
interest and the references (``jats_import_refs``). What has no place is left
as unsorted text in the ``ImportResult``. A file holding several articles
(``pmc-articleset``) gives the first, and the summary says so.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from editor.domain.metadata import Affiliation, Author
from editor.domain.report import CaseReport

from .import_front import split_abstract
from .import_result import ImportFailed, ImportResult, Progress, count
from .import_sections import Para, Placer, normalise_title, top_part
from .jats_import_refs import (
    TextReader, first, flat, kids, local, read_reference, reference_ids,
)

_ORCID = re.compile(r"(\d{4}-\d{4}-\d{4}-\d{3}[\dXx])")
_ID_OK = re.compile(r"^[A-Za-z0-9_][\w:.\-]*$")
ABSTRACT_PARTS = (
    (r"^(background|introduction|context|objectives?)", "background"),
    (r"^(case|presentation|patient|clinical|methods?|results?|findings|observations?)", "case_presentation"),
    (r"^(conclusions?|discussion|lessons?|take-?away|implications)", "conclusion"),
)


def parse_xml(data: bytes, source: str) -> etree._Element:
    """The root element; a one-line ``ImportFailed`` with the line number when the XML is broken."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if exc.position else "?")
        message = (exc.msg or str(exc)).split(", line ")[0]
        raise ImportFailed(f"{source}: not well-formed XML at line {line}: {message}") from None


def import_jats(path: str | Path, progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    return import_jats_bytes(data, str(path), progress)


def import_jats_bytes(data: bytes, source: str = "JATS XML", progress: Progress | None = None) -> ImportResult:
    root = parse_xml(data, source)
    articles = [root] if local(root) == "article" else [e for e in root.iter() if local(e) == "article"]
    if not articles:
        raise ImportFailed(f"{source}: no <article> element: this is not a JATS or PubMed Central article")
    result = ImportResult(CaseReport(), source, "JATS XML", progress=progress)
    if len(articles) > 1:
        result.notes.append(f"the file holds {len(articles)} articles; only the first was imported")
    _JatsReader(articles[0], result).read()
    return result.finish()


class _JatsReader:
    def __init__(self, article, result: ImportResult):
        self.article = article
        self.result = result
        self.report = result.report
        self.refs = [r for r in article.iter() if local(r) == "ref" and _in_back(r)]
        self.ref_map = reference_ids(self.refs)
        order = [self.ref_map.get(r.get("id") or f"#{n}") for n, r in enumerate(self.refs, 1)]
        self.text = TextReader({k: v for k, v in self.ref_map.items() if not k.startswith("#")}, order)

    def read(self) -> None:
        lang = self.article.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang:
            self.report.metadata.language = lang
        meta = first(self.article, "article-meta")
        if meta is not None:
            self._front(meta)
        body = kids(self.article, "body")
        if body:
            self._body(body[0])
        for back in kids(self.article, "back"):
            self._back(back)
        self._references()

    # --- front ---------------------------------------------------------------
    def _front(self, meta) -> None:
        m = self.report.metadata
        title = first(meta, "article-title")
        if title is not None and flat(title):
            m.title = self.text.text(title)
            self.result.recognise("title")
        running = next((e for e in meta.iter() if local(e) == "alt-title"
                        and e.get("alt-title-type") == "running-head"), None)
        if running is not None:
            m.running_title = flat(running)
            self.result.recognise("running title")
        self._affiliations(meta)
        self._authors(meta)
        keywords = [flat(k) for g in meta.iter() if local(g) == "kwd-group"
                    and "abbrev" not in (g.get("kwd-group-type") or "") for k in kids(g, "kwd")]
        if keywords:
            m.keywords = [k for k in keywords if k]
            self.result.recognise(count(len(m.keywords), "keyword"))
        abstracts = kids(meta, "abstract")
        if abstracts:
            self._abstract(abstracts[0])
            for extra in abstracts[1:]:
                kind = extra.get("abstract-type") or "second abstract"
                self.result.leave(f"abstract ({kind})", self.text.text(extra), "a case report has one abstract")
        funding = first(meta, "funding-statement")
        sources = [flat(s) for s in meta.iter() if local(s) == "funding-source"]
        if funding is not None or sources:
            m.funding = self.text.text(funding) if funding is not None else "; ".join(sources)
            self.result.recognise("funding")
        for fn in meta.iter():
            if local(fn) == "fn" and fn.get("fn-type") in ("conflict", "COI-statement", "coi-statement"):
                self._conflicts(fn)

    def _affiliations(self, meta) -> None:
        taken: set[str] = set()
        self.aff_ids: dict[str, str] = {}
        for n, aff in enumerate((a for a in meta.iter() if local(a) == "aff"), 1):
            wanted = aff.get("id") or ""
            new = wanted if _ID_OK.match(wanted) and wanted not in taken else f"aff-{n}"
            taken.add(new)
            self.aff_ids[wanted] = new
            self.report.metadata.affiliations.append(_affiliation(aff, new))
        if self.aff_ids:
            self.result.recognise(count(len(self.aff_ids), "affiliation"))

    def _authors(self, meta) -> None:
        corresp_emails = [flat(e) for c in meta.iter() if local(c) == "corresp" for e in c.iter() if local(e) == "email"]
        for contrib in (c for c in meta.iter() if local(c) == "contrib"):
            if (contrib.get("contrib-type") or "author") != "author":
                continue
            collab = kids(contrib, "collab")
            if collab and not kids(contrib, "name", "string-name"):
                self.result.leave("authors", flat(collab[0]), "a group author: add it as a note or acknowledgement")
                continue
            self.report.metadata.authors.append(self._author(contrib, corresp_emails))
        if self.report.metadata.authors:
            self.result.recognise(count(len(self.report.metadata.authors), "author"))

    def _author(self, contrib, corresp_emails: list[str]) -> Author:
        name = first(contrib, "name")
        author = Author()
        if name is not None:
            author.family = flat(first(name, "surname")) or None
            given = first(name, "given-names")
            author.given = flat(given) or None
            author.initials = given.get("initials") if given is not None else None
            if author.given and not author.initials:
                author.initials = "".join(w[0] for w in re.split(r"[\s\-]+", author.given) if w[:1].isalpha())
        else:
            words = flat(first(contrib, "string-name")).split()
            author.family, author.given = (words[-1] if words else None), " ".join(words[:-1]) or None
        orcid = next((c for c in kids(contrib, "contrib-id") if "orcid" in (c.get("contrib-id-type") or "")), None)
        if orcid is not None and (match := _ORCID.search(flat(orcid))):
            author.orcid = match.group(1).upper()
        email = first(contrib, "email")
        author.email = flat(email) or None if email is not None else None
        author.degrees = flat(first(contrib, "degrees")) or None
        role = kids(contrib, "role")
        author.contribution = flat(role[0]) or None if role else None
        xrefs = kids(contrib, "xref")
        author.affiliation_ids = [self.aff_ids[r] for x in xrefs if x.get("ref-type") == "aff"
                                  for r in (x.get("rid") or "").split() if r in self.aff_ids]
        author.corresponding = contrib.get("corresp") == "yes" or any(x.get("ref-type") == "corresp" for x in xrefs) \
            or bool(author.email and author.email in corresp_emails)
        return author

    def _abstract(self, abstract) -> None:
        parts = kids(abstract, "sec")
        a = self.report.abstract
        if not parts:
            text = "\n\n".join(self.text.text(p) for p in kids(abstract, "p"))
            split = split_abstract(text)
            for field, value in split.items():
                setattr(a, field, value)
            self.result.recognise("abstract (" + ", ".join(f.replace("_", " ") for f in split) + ")")
            return
        placed = []
        for sec in parts:
            title = flat(kids(sec, "title")[0]) if kids(sec, "title") else ""
            field = next((f for pattern, f in ABSTRACT_PARTS if re.search(pattern, normalise_title(title))),
                         "case_presentation")
            text = "\n\n".join(self.text.text(p) for p in kids(sec, "p"))
            if field == "case_presentation" and not re.search(ABSTRACT_PARTS[1][0], normalise_title(title)):
                text = f"{title}: {text}"  # a heading of its own ("Results") stays in the text
            old = getattr(a, field)
            setattr(a, field, f"{old}\n\n{text}" if old else text)
            placed.append(f"“{title}” → {field.replace('_', ' ')}")
        self.result.recognise("structured abstract: " + "; ".join(placed))

    def _conflicts(self, fn) -> None:
        self.report.metadata.conflicts_of_interest = "\n\n".join(self.text.text(p) for p in kids(fn, "p")) \
            or self.text.text(fn)
        self.result.recognise("conflicts of interest")

    # --- body and back ---------------------------------------------------------
    def _section(self, sec) -> tuple[str, list[Para], list]:
        title = kids(sec, "title")
        heading = flat(title[0]) if title else ""
        paras: list[Para] = []
        for child in sec:
            name = local(child)
            if name == "p":
                paras.append(self._paragraph(child))
                paras.extend(self._floats(child))
            elif name in ("table-wrap", "fig", "boxed-text", "list", "disp-quote", "def-list"):
                paras.extend(self._floats_of(child))
        subsections = [self._section(s) for s in kids(sec, "sec")]
        return heading, paras, subsections

    def _paragraph(self, p) -> Para:
        """A paragraph; a leading ``<bold>Label.</bold>`` becomes a run-in label."""
        children = list(p)
        if children and local(children[0]) == "bold" and not (p.text or "").strip():
            label = flat(children[0])
            if label.endswith(".") and 0 < len(label) <= 60:
                rest = etree.fromstring(etree.tostring(p))
                rest.remove(rest[0])
                rest.text = (children[0].tail or "").lstrip()
                return Para(self.text.text(rest), label.rstrip("."))
        return Para(self.text.text(p))

    def _floats(self, p) -> list[Para]:
        return [para for child in p.iter() if child is not p and local(child) in ("table-wrap", "fig")
                for para in self._floats_of(child)]

    def _floats_of(self, element) -> list[Para]:
        name = local(element)
        if name == "table-wrap":
            rows = [" | ".join(flat(c) for c in tr if local(c) in ("td", "th")) for tr in element.iter()
                    if local(tr) == "tr"]
            caption = " ".join(filter(None, [flat(first(element, "label")), flat(first(element, "caption"))]))
            return [Para("\n".join(filter(None, [caption, *rows])), table="table")]
        if name == "fig":
            text = " ".join(filter(None, [flat(first(element, "label")), self.text.text(first(element, "caption"))
                                          if first(element, "caption") is not None else ""]))
            return [Para(text, table="figure")] if text else []
        return [Para(self.text.text(element))]

    def _body(self, body) -> None:
        placer = Placer(self.result)
        loose = [Para(self.text.text(p)) for p in kids(body, "p")]
        if loose and not (len(loose) == 1 and loose[0].text == "This case report has no sections yet."):
            # PMC articles often open without an "Introduction" heading: those paragraphs are the introduction.
            if any(top_part(flat(t)) == "introduction" for s in kids(body, "sec") for t in kids(s, "title")):
                placer.leave_section("body text outside any section", loose, [], "it has no section title")
            else:
                placer.place("Introduction", loose)
                self.result.recognised[-1] = "opening paragraphs without a heading → Introduction"
        for sec in kids(body, "sec"):
            title, paras, subs = self._section(sec)
            if not title:
                placer.leave_section("untitled section", paras, subs, "a section without a title")
            else:
                placer.place(title, paras, subs)

    def _back(self, back) -> None:
        placer = Placer(self.result)
        for child in back:
            name = local(child)
            if name == "ack":
                self._ack(child)
            elif name == "sec":
                title, paras, subs = self._section(child)
                placer.place(title or "back matter", paras, subs)
            elif name == "fn-group":
                for fn in kids(child, "fn"):
                    if fn.get("fn-type") in ("conflict", "COI-statement", "coi-statement"):
                        self._conflicts(fn)
                    else:
                        self.result.leave("footnote", self.text.text(fn), "footnotes have no place in the report")
            elif name not in ("ref-list", "title", "label"):
                self.result.leave(name, self.text.text(child), "back matter the report does not hold")

    def _ack(self, ack) -> None:
        text = "\n\n".join(self.text.text(p) for p in ack.iter() if local(p) == "p")
        if text:
            m = self.report.metadata
            m.acknowledgements = f"{m.acknowledgements}\n\n{text}" if m.acknowledgements else text
            self.result.recognise("acknowledgements")

    def _references(self) -> None:
        how: dict[str, int] = {}
        for n, ref in enumerate(self.refs, 1):
            self.result.step(n - 1, len(self.refs))
            new_id = self.ref_map[ref.get("id") or f"#{n}"]
            reference, way = read_reference(ref, new_id)
            self.report.references.append(reference)
            how[way] = how.get(way, 0) + 1
        if self.refs:
            ways = ", ".join(f"{n} {way}" for way, n in how.items())
            self.result.recognise(f"{count(len(self.refs), 'reference')} ({ways})")


def _in_back(ref) -> bool:
    parent = ref.getparent()
    while parent is not None:
        if local(parent) == "ref-list":
            return True
        parent = parent.getparent()
    return False


def _affiliation(aff, new_id: str) -> Affiliation:
    institutions = [e for e in aff.iter() if local(e) == "institution"]
    dept = next((flat(e) for e in institutions if e.get("content-type") in ("dept", "department")), None)
    inst = [flat(e) for e in institutions if e.get("content-type") not in ("dept", "department")]
    city = flat(first(aff, "city")) or next((flat(e) for e in aff.iter() if local(e) == "addr-line"
                                             and e.get("content-type") == "city"), "")
    country = flat(first(aff, "country"))
    if institutions or city or country:
        return Affiliation(id=new_id, department=dept, institution=", ".join(inst) or None,
                           city=city or None, country=country or None)
    text = "".join(t for e in [aff] for t in _text_without_label(e)).strip(" ,")
    return Affiliation(id=new_id, institution=re.sub(r"\s+", " ", text) or None)


def _text_without_label(aff):
    yield aff.text or ""
    for child in aff:
        if local(child) != "label":
            yield "".join(child.itertext())
        yield child.tail or ""
