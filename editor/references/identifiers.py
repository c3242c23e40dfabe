"""Identifiers and web details found anywhere in a reference: DOI, PMID, PMCID, URL, access date.

Each finder returns the value and the text with that part cut out, so what remains is the
bibliographic core (authors, title, source, date, locators) for the other modules to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .locators import MONTHS

# SICI DOIs hold angle brackets: 10.1002/(SICI)1097-4695(199701)32:1<123::AID-NEU11>3.0.CO;2-L
_DOI_BODY = r"10\.\d{3,9}/(?:[^\s\"<>]|<[^\s\"<>]{1,40}>)+"
_DOI = re.compile(
    r"(?:\bdoi\s*:?\s*)?(?:https?://(?:dx\.)?doi\.org/|\bdoi\.org/|\bdoi\s*:?\s*|\bDOI\s*:?\s*)(" + _DOI_BODY + ")",
    re.IGNORECASE,
)
_DOI_CORE = re.compile(_DOI_BODY)
# the DOI continues a link: "https://host/path/" or "www.host/path?id=" right before it, no space between
_IN_LINK = re.compile(r"(?:https?://|www\.)[^\s<>]*[/=]$", re.IGNORECASE)
_DOI_LEAD = re.compile(r"(?:\bdoi\s*:?\s*)?(?:https?://(?:dx\.)?doi\.org/|\bdoi\.org/|\bdoi\s*:?\s*)$", re.IGNORECASE)
_BARE_DOI = re.compile(r"(?:\bdoi\s*:?\s*)?(?<![\w/])(" + _DOI_BODY + r")\s*\.?\s*$", re.IGNORECASE)
# "10.1126/science.1193063.PMID:20847271": the PMID glued on is not part of the DOI
_GLUED_ID = re.compile(r"[.,;]?(?:PMID|PMCID|PMC\d)", re.IGNORECASE)
_PMID = re.compile(r"\b(?:PubMed\s+)?PMID\s*:?\s*(\d{1,9})\b", re.IGNORECASE)
_PMCID = re.compile(r"\b(?:(?:PubMed\s+Central\s+)?PMCID\s*:?\s*)?(PMC\d{3,9})\b", re.IGNORECASE)
_NOISE = re.compile(
    r"\[?\bEpub\s+ahead\s+of\s+print\]?\.?|\(?\b(?:Online\s+ahead\s+of\s+print|In\s+press|Forthcoming)\b\)?\.?"
    r"|\beCollection\s+\d{4}(?:\s+[A-Za-z]{3,9}(?:-[A-Za-z]{3,9})?)?(?:\s+\d{1,2})?\.?"
    r"|\bEpub\s+(?:\d{4}/\d{1,2}/\d{1,2}|\d{4}(?:\s+[A-Za-z]{3,9}\.?(?:\s+\d{1,2})?)?|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\.?"
    r"|\bpii\s*:\s*[\w().\-]+\.?"
    r"|\[(?:PubMed|CrossRef|Google Scholar|PMC free article|Medline|Links?|SciELO|Full text)[^\]]*\]",
    re.IGNORECASE,
)
# PubMed's notes after a citation: "Erratum in: N Engl J Med. 2010;362(9):860." "Comment in: ...", up to an id label
_NOTE = re.compile(
    r"(?<=[.;\]])\s*(?:Erratum|Corrigendum|Comment|Retraction|Retracted|Update|Updated|Republished|Corrected and republished"
    r"|Reprinted|Expression of concern|Summary for patients|Free full text|Reply|Response)\s+(?:in|on|of|for|from|to)\s*:"
    r".*?(?=\s*\b(?:PMID|PMCID)\b|$)",
    re.IGNORECASE,
)
_PII_LOCATOR = re.compile(r"(;\s*\d{1,4}(?:\s*\([^()]{1,12}\))?)\.\s*pii\s*:\s*([eE]\d{2,})\b")
_DOI_START = re.compile(r"\b[Dd][Oo][Ii]\s*:?\s*10\.")
# a piece after a line wrap carries a dot or slash of its own ("j.envsci.", "2009.09.007", "1093/jb"), no word ("Epub")
_DOI_PIECE = re.compile(r"[a-z\d][\w\-]*[./][\w\-./]*")


def _join_broken_doi(text: str) -> str:
    """'doi: 10. 1093/jb/mvg083', 'doi: 10.1016/ j.envsci. 2009.09.007': a DOI broken by line wraps after its dots."""
    m = _DOI_START.search(text)
    if m is None:
        return text
    start = m.end() - 3  # at "10."
    pieces = text[start:].split(" ")
    joined = 0
    while joined + 1 < len(pieces) and pieces[joined].endswith((".", "/")) and _DOI_PIECE.fullmatch(pieces[joined + 1].rstrip(".")):
        joined += 1
    if not joined:
        return text
    return text[:start] + "".join(pieces[: joined + 1]) + " " + " ".join(pieces[joined + 1:])
_EPUB_YEAR = re.compile(r"\b(?:Epub|eCollection)\s+(\d{4})\b", re.IGNORECASE)
_ID_MARK = re.compile(r"(?:[\w.()\-]*[\w)]\s*)?\[pii\](?:\s*\.)?|\[(?:doi|pmid|pmc|pmcid|mid)\](?:\s*\.)?", re.IGNORECASE)
# PubMed's publication type after the citation: "...;87(3):356-61. Review."
_PUBLICATION_TYPE = re.compile(
    r"(?<=\d)\.\s+(?:Review|Systematic Review|Meta-Analysis|Editorial|Comment|Letter|Case Reports?|Clinical Trial"
    r"|Randomized Controlled Trial|Multicenter Study|Practice Guideline|Guideline|English Abstract"
    r"|Spanish|Portuguese|French|German|Italian|Chinese|Japanese|Russian|Dutch|Polish|Turkish|Korean)\.$"
)
# the links a publisher's web page prints after each reference, copied along with it (bracketed ones are in _NOISE)
_LINK_LABELS = re.compile(
    r"(?<=[\d.])(?:\s*[.,;|]?\s*\b(?:Crossref|CrossRef|PubMed(?:\s+Central)?|PMC|Google\s+Scholar|Web\s+of\s+Science\u00ae?"
    r"|Medline|MEDLINE|CAS|Scopus|ISI|OpenUrl))+\s*\.?$"
)
_LINK_ENDS = ("Crossref.", "Crossref", "CrossRef", "PubMed.", "PubMed", "Scholar.", "Scholar", "Science", "Science\u00ae",
              "Science.", "CAS", "CAS.", "Medline", "MEDLINE", "Scopus", "ISI", "PMC", "Central")
_TYPE_ENDS = ("Review.", "Analysis.", "Editorial.", "Comment.", "Letter.", "Report.", "Reports.", "Trial.", "Study.",
              "Guideline.", "Abstract.", "ish.", "ese.", "ian.", "man.", "nch.", "tch.")
_URL_LEAD = (
    r"(?:Available\s+(?:from|at|online(?:\s+at)?)|Available(?=\s*:)|Dispon[ií]vel\s+(?:em|no)|Disponible\s+(?:en|em)"
    r"|Accessible\s+at|URL|Retrieved\s+from|From)\s*:?\s*"
)
_URL = re.compile(r"(?:" + _URL_LEAD + r")?<?(https?://[^\s<>]+|www\.[^\s<>]+)>?", re.IGNORECASE)
# "Available from: portalarquivos.saude.gov.br/imagens/x.pdf": a link printed without its scheme
_BARE_URL = re.compile(r"(?:" + _URL_LEAD + r")((?:[a-z0-9-]+\.)+[a-z]{2,6}/[^\s<>]*)", re.IGNORECASE)
_MONTH_WORD = r"[A-Za-zçÇ]{3,10}\.?"
_ACCESS_WORDS = (
    r"(?:cited|citado|citada|accessed|acesso(?:\s+em)?|acessado\s+em|accesso|acceso(?:\s+el)?|consultado(?:\s+el)?"
    r"|consulta|access(?:ed)?\s+on|last\s+accessed|updated|actualizado|atualizado)"
)
_ACCESS = re.compile(
    r"\[[^\]]*?\b(?:cited|citado|citada|accessed|acesso\s+em|acessado\s+em|consultado(?:\s+el)?)\s*:?\s*([^\];]{4,40}?)\s*\]\.?"
    r"|[\[(]\s*" + _ACCESS_WORDS + r"\s*:?\s*([^\])]{4,40}?)\s*[\])]\.?"
    r"|\b(?:Accessed|Acesso(?:\s+em)?|Acessado\s+em|Consultado(?:\s+el)?|Cited|Last\s+access(?:ed)?(?:\s+on)?|Retrieved(?:\s+on)?)\s*:?\s*"
    r"((?:\d{1,2}\s+(?:de\s+)?)?" + _MONTH_WORD + r"\s+(?:de\s+)?(?:\d{1,2},?\s+)?\d{4}|\d{4}\s+" + _MONTH_WORD + r"(?:\s+\d{1,2})?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})\.?",
    re.IGNORECASE,
)
_TRAIL = ".,;)]"
_ACCESS_HINT = re.compile(r"cit|acc|aces|consult|updat|atualiz|actualiz")
_ENCODED_SLASH = re.compile(r"(10\.\d{3,9})%2F", re.IGNORECASE)  # only a DOI's own slash: other links stay as printed


@dataclass(slots=True)
class Identifiers:
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    url: str | None = None
    accessed: str | None = None
    epub: bool = False  # printed ahead of print, in press or with an e-publication date
    epub_year: int | None = None  # the year of "Epub 2010 Jul 15" / "eCollection 2014"


def _clean_tail(value: str) -> str:
    """Drop punctuation that closes the sentence rather than the identifier."""
    while value and value[-1] in _TRAIL:
        if value[-1] == ")" and value.count("(") >= value.count(")"):
            break
        if value[-1] == "]" and value.count("[") >= value.count("]"):
            break
        value = value[:-1]
    return value


def _cut(text: str, match: re.Match[str]) -> str:
    return text[: match.start()] + " " + text[match.end():]


def _cut_access(text: str, match: re.Match[str]) -> str:
    """'1998 [citado 2014 fev 24]. p.1-33.': the sentence end taken with the access date stays."""
    stop = ". " if match.group(0).endswith(".") else " "
    return text[: match.start()] + stop + text[match.end():]


def access_date(text: str) -> str | None:
    """'2020 Jan 3', '3 January 2020', 'January 3, 2020', '03/01/2020' -> '2020-01-03' (or partial)."""
    text = text.strip().rstrip(".")
    m = re.match(r"^(\d{4})\s+(" + _MONTH_WORD + r")(?:\s+(\d{1,2}))?", text)
    if m:
        return _iso(m.group(1), MONTHS.get(m.group(2).rstrip(".").lower()[:3]), m.group(3))
    m = re.match(r"^(?:(\d{1,2})\s+(?:de\s+)?)?(" + _MONTH_WORD + r")\s+(?:de\s+)?(?:(\d{1,2}),?\s+)?(\d{4})", text)
    if m:
        day = m.group(1) or m.group(3)
        return _iso(m.group(4), MONTHS.get(m.group(2).rstrip(".").lower()[:3]), day)
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$", text)
    if m:  # day first: the usual order outside the US
        return _iso(m.group(3), int(m.group(2)), m.group(1))
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", text)
    if m:
        return text
    return None


def _iso(year: str, month: int | None, day: str | None) -> str | None:
    if month is None or not 1 <= month <= 12:
        return year
    if day and 1 <= int(day) <= 31:
        return f"{year}-{month:02d}-{int(day):02d}"
    return f"{year}-{month:02d}"


def extract_identifiers(text: str) -> tuple[Identifiers, str]:
    """Find DOI, PMID, PMCID, URL and access date; return them and the remaining text."""
    ids = Identifiers()
    if "%2F" in text or "%2f" in text:  # a DOI link copied with its slash encoded
        text = _ENCODED_SLASH.sub(r"\1/", text)
    lower = text.lower()
    if "doi" in lower and (". " in text or "/ " in text):
        text = _join_broken_doi(text)
    if ("in:" in lower or "on:" in lower or "of:" in lower or "to:" in lower) and (note := _NOTE.search(text)):
        text = text[: note.start()] + " " + text[note.end():]
        lower = text.lower()
    m = _DOI_CORE.search(text) if "10." in text else None
    if m:
        lead = _DOI_LEAD.search(text, max(0, m.start() - 40), m.start())
        at_end = not text[m.end():].strip(" .")
        if lead or at_end:
            glued = _GLUED_ID.search(m.group(0))
            ids.doi = _clean_tail(m.group(0)[: glued.start()] if glued else m.group(0))
            # a publisher's link holding the DOI ("https://link.springer.com/article/10.1007/x") stays
            # whole for the URL finder; a doi.org link is the DOI itself and goes
            if lead or not _IN_LINK.search(text, max(0, m.start() - 300), m.start()):
                # keep what closed the sentence or a bracket: "(doi:10.1/x)" leaves "( )", tidied later
                text = text[: lead.start() if lead else m.start()] + " " + text[m.start() + len(ids.doi):]
    m = _PMCID.search(text) if "pmc" in lower else None
    if m:
        ids.pmcid = m.group(1).upper()
        text = _cut(text, m)
    m = _PMID.search(text) if "pmid" in lower else None
    if m:
        ids.pmid = m.group(1)
        text = _cut(text, m)
    m = _ACCESS.search(text) if _ACCESS_HINT.search(lower) else None
    if m:
        ids.accessed = access_date(next(g for g in m.groups() if g) if any(m.groups()) else "")
        text = _cut_access(text, m)
    m = _URL.search(text) if ("http" in lower or "www." in lower) else None
    if m is None and ("vailab" in lower or "ispon" in lower):
        m = _BARE_URL.search(text)
    if m:
        url = _clean_tail(m.group(1))
        doi = re.match(r"https?://(?:dx\.)?doi\.org/(" + _DOI_BODY + ")", url, re.IGNORECASE)
        if doi and not ids.doi:
            ids.doi = doi.group(1)
        elif not doi:
            ids.url = url
        text = _cut(text, m)
        if ids.accessed is None:  # "Available from: URL. Accessed 3 Jan 2020" after the URL
            m = _ACCESS.search(text)
            if m:
                ids.accessed = access_date(next(g for g in m.groups() if g) if any(m.groups()) else "")
                text = _cut_access(text, m)
    if ids.doi is None and "10." in text:
        m = _BARE_DOI.search(text)
        if m:
            ids.doi = _clean_tail(m.group(1))
            text = _cut(text, m)
    count = 0
    if "epub" in lower or "pii" in lower or "[" in text or "press" in lower or "ahead" in lower or "ecollection" in lower:
        if "pii" in text:  # PubMed's "2019 Jun 5;12(6). pii: e229123.": the e-locator printed as the item id
            text = _PII_LOCATOR.sub(r"\1:\2", text)
        if (epub := _EPUB_YEAR.search(text)) is not None:
            ids.epub_year = int(epub.group(1))
        text, count = _NOISE.subn(" ", text)
    ids.epub = count > 0
    if "[" in text:  # MEDLINE's "10.1073/pnas.1005446107 [doi]", "S0140-6736(10)60001-1 [pii]": the id went, its mark stays
        text = _ID_MARK.sub(" ", text)
    text = _tidy(text)
    if text.endswith(_LINK_ENDS) and (m := _LINK_LABELS.search(text, max(0, len(text) - 80))):
        text = text[: m.start()].rstrip(" .") + "."  # "2363–2372. Crossref. PubMed.": a web page's link labels
    if text.endswith(_TYPE_ENDS) and (m := _PUBLICATION_TYPE.search(text, max(0, len(text) - 40))):
        text = text[: m.start() + 1]  # keep the period that closes the locator
    return ids, text


_SPACES = re.compile(r"\s+")
_DANGLING = re.compile(r"\s*[.,;:][\s.,;:]*$")  # one class, not (\s*[.,;:]\s*)+: that took exponential time on ", , , ,"
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\s*\.(?!\.)")  # ". ." but not an ellipsis "..."


_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
# "Available from: 10.3346/x" or "Available from: URL" once the link is cut: the words alone are left
_DANGLING_LEAD = re.compile(r"(?:[.,;]\s*|\s)(?:" + _URL_LEAD + r")\s*[.,;]?\s*$", re.IGNORECASE)


def _tidy(text: str) -> str:
    if "(" in text or "[" in text:  # "(doi:10...)" leaves "( )" behind
        text = _EMPTY_BRACKETS.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if "vail" in text or "ispon" in text:
        text = _DANGLING_LEAD.sub(".", text)
    text = _DOUBLE_STOP.sub(".", text)
    text = _DANGLING.sub("", text)
    if text and text[-1] not in ".?!":
        text += "."
    return text
