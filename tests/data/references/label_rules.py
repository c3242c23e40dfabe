"""The print rules of clean_labels.py: each takes (raw, label) and corrects the label in place where it
contradicts the printed string or a README convention (README, "Label cleaning"). They read only the
print and the label, never the parser, and are idempotent.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_tuning4 as b4

MONTH = "|".join(sorted(b4.MONTHS, key=len, reverse=True))
_MON = rf"(?i:{MONTH})\.?"
# a publication date: "2012 Oct 1", "2014 Mar-Apr", "2011 Aug 17-23", "Jun 2005", "May-Jun 2003"
YEAR_FIRST = re.compile(
    rf"(?P<y>\d{{4}})\s+(?P<m>{_MON})(?:\s*[-–/]\s*{_MON})?(?:\s+(?P<d>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?)?(?=\s*[;:.,\[(]|\s*$)",
    re.IGNORECASE)
MONTH_FIRST = re.compile(
    rf"(?P<m>{_MON})(?:\s*[-–/]\s*{_MON})?\s+(?:(?P<d>\d{{1,2}}),?\s+)?(?P<y>\d{{4}})(?=\s*[;:.,\[(]|\s+\d|\s*$)", re.IGNORECASE)
NAME = r"(?:(?:de|del|da|di|do|dos|van|von|le|la)\s)?[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+)?\s[A-Z]{1,3}"
NAMES_THEN_TITLE = re.compile(rf"^(?P<names>{NAME}(?:(?:,\s|\sand\s){NAME})*)\.\s(?P<rest>\S.*)$")
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
LOCATOR = r"[A-Za-z]{0,3}\d+"


def _month(word: str) -> int:
    return b4.MONTHS[word.lower().rstrip(".")]


# --- rules run before build_tuning4.clean (they repair the structure its conventions expect) ---

def shifted_by_the_converter(raw: str, exp: dict) -> str | None:
    """A title label that is only names ('Picard K, di Castro MA, …') or a container that starts with
    'et al.': the JATS converter shifted the labels one place (the title sits in the container).
    No rule can rebuild them, so the row is dropped."""
    names = re.fullmatch(rf"{NAME}(?:,\s{NAME})+", exp.get("title") or "")
    return "drop" if names or re.match(r"et al\b", exp.get("container") or "") else None


def et_al_in_title(raw: str, exp: dict) -> None:
    """'et al Pediatric patients…' as a title: 'et al' belongs to the author list."""
    m = re.match(r"et al\.?,?\s+(\S.*)$", exp.get("title") or "")
    if m and re.search(r"\bet al\b", raw):
        exp["title"], exp["et_al"] = m.group(1), True


def author_tail_in_title(raw: str, exp: dict) -> None:
    """'Waschina S. gapseq: …' as a title, printed right after the labelled authors: those names are authors."""
    m = NAMES_THEN_TITLE.match(exp.get("title") or "")
    if not m:
        return
    authors = exp.get("authors") or []
    start = raw.find(exp["title"])
    if start < 0:
        return
    before = raw[:start]
    if authors:
        last = authors[-1]
        if not re.search(rf"{re.escape(last['family'])},?\s+{re.escape(last.get('initials') or '')}\.?,\s*$", before):
            return
    elif not re.fullmatch(r"\s*(?:\[\d{1,3}\]|\d{1,3}\.?)?\s*", before):
        return
    for name in re.split(r",\s|\sand\s", m.group("names")):
        family, initials = name.rsplit(" ", 1)
        authors.append({"family": family, "initials": initials})
    exp["authors"], exp["title"] = authors, m.group("rest")


def issue_printed_as_locator(raw: str, exp: dict) -> None:
    """'2020;15:60.' labelled issue 60: a number printed after the volume's colon, never in
    parentheses, is the locator, not the issue (the locator is labelled by the page rules)."""
    volume, issue = exp.get("volume"), exp.get("issue")
    if volume and issue and f"({issue})" not in raw and re.search(
            rf"(?<![\w.]){re.escape(volume)}\s*:\s*{re.escape(issue)}\b", raw):
        exp.pop("issue")


def zotero_publisher(raw: str, exp: dict) -> None:
    """Zotero Vancouver prints a publisher between the journal and a full date:
    'Int J Epidemiol [Internet]. Oxford Academic; 2017 Dec 1;'. The publisher is not part of the
    journal (nor the journal part of the title); it is labelled as the publisher."""
    if exp.get("kind") != "journal" or not exp.get("year"):
        return
    date = rf";\s*{exp['year']}\s+{_MON}"
    container, title = exp.get("container") or "", exp.get("title") or ""
    if container and re.search(re.escape(container) + date, raw):
        journal, sep, publisher = container.partition(" [Internet]. ")
        if not sep:
            journal, sep, publisher = container.partition(". ")
        if sep and publisher:  # the publisher was glued into the journal label
            exp["container"], exp["publisher"] = journal, publisher
            return
    bare = title.removesuffix(" [Internet]")
    if container and ". " in bare and re.search(re.escape(bare) + r"(?:\s\[Internet\])?\.\s" + re.escape(container) + date, raw):
        head, journal = bare.rsplit(". ", 1)
        if len(journal.split()) <= 8:  # the title swallowed the journal; the 'container' is the publisher
            exp["title"], exp["container"], exp["publisher"] = head, journal, container
            return
    if container and not exp.get("publisher"):
        m = re.search(re.escape(container) + r"(?:\s\[Internet\])?\.\s(?P<p>[^;\[\]\d]{2,60}?)" + date, raw)
        if m:
            exp["publisher"] = m.group("p").strip()


def title_swallowed_journal(raw: str, exp: dict) -> None:
    """A journal article with no container whose title ends '… StageTips. Nat Protoc', printed just
    before the date or volume: the last sentence is the journal."""
    title = exp.get("title") or ""
    if exp.get("kind") != "journal" or exp.get("container") or ". " not in title:
        return
    head, tail = title.rsplit(". ", 1)
    if len(tail.split()) > 6 or ":" in tail or len(head.split()) < 4 or not tail[:1].isupper():
        return
    if re.search(re.escape(title) + r"\.?\s*(?:\(?\d{4}|\d)", raw):
        exp["title"], exp["container"] = head, tail.rstrip(".")


# --- rules run after build_tuning4.clean ---

def publication_date(raw: str, exp: dict) -> None:
    """The date printed with the journal (or after the publisher) is labelled in full: a printed
    month and day are labelled, a range by its first month or day. Dates in brackets ('[cited …]')
    and a second date after it (PubMed's electronic date) are not the publication date."""
    if not exp.get("year"):
        return
    anchors = [raw.find(exp[key]) + len(exp[key]) for key in ("container", "publisher") if exp.get(key) and exp[key] in raw]
    for at in anchors:
        rest = raw[at:]
        lead = re.match(r"(?:\s\[Internet\])?[.,;]?\s*(?:[^;\[\]\d]{2,60};\s*)?", rest)
        rest = rest[lead.end():]
        m = YEAR_FIRST.match(rest) or MONTH_FIRST.match(rest)
        if not m or int(m.group("y")) != exp["year"]:
            continue
        if YEAR_FIRST.match(re.sub(r"^\s*;\s*", "", rest[m.end():])):
            return  # two dates printed one after the other: no rule says which one is labelled
        exp["month"] = _month(m.group("m"))
        if m.group("d") and 1 <= int(m.group("d")) <= 31:
            exp["day"] = int(m.group("d"))
        return


def printed_locator(raw: str, exp: dict) -> None:
    """A page range or single locator printed after the labelled volume (and issue) but missing from
    the label ('2018;6:e902–13', 'J 35(10): 1983-1988, 2008', '2016;2(1): vew007') is labelled:
    pages in full; a single e-locator (lowercase letters then digits) or 5+ digits an article_number."""
    volume = exp.get("volume")
    if exp.get("kind") != "journal" or not volume or exp.get("first_page") or exp.get("article_number"):
        return
    m = re.search(rf"(?<![\w.]){re.escape(volume)}(?:\s*\([^()]*\))?\s*:\s*(?P<f>{LOCATOR})(?:\s*[-–]\s*(?P<l>{LOCATOR}))?(?=[.,;\s]|$)", raw)
    if not m:
        return
    first, last = m.group("f"), m.group("l")
    if last:
        exp["first_page"] = first
        last = b4.full_last_page(first, last)
        if last != first:
            exp["last_page"] = last
    elif re.fullmatch(r"[a-z]{1,3}\d+", first) or (first.isdigit() and len(first) >= 5):
        exp["article_number"] = first
    else:
        exp["first_page"] = first


def printed_url(raw: str, exp: dict) -> None:
    """A link is labelled as printed: a label cut short is completed, a trailing '>' or period is not
    part of it, and a printed link (other than a DOI link) with no label is labelled."""
    printed = [u.rstrip(".,;)>") for u in URL.findall(raw) if "doi.org/" not in u]
    url = exp.get("url")
    if url:
        url = url.rstrip(".>")
        longer = [u for u in printed if u.startswith(url) and len(u) > len(url)]
        exp["url"] = longer[0] if longer and url not in printed else url
    elif printed:
        exp["url"] = printed[0]


def journal_place(raw: str, exp: dict) -> None:
    """'Cancer Prev Res (Phila).', 'Br Med J (Clin Res Ed)': the journal's place or qualifier in
    parentheses is part of its NLM name (README)."""
    container = exp.get("container")
    if exp.get("kind") != "journal" or not container or container.endswith(")"):
        return
    m = re.search(re.escape(container) + r"\s\((?P<p>[A-Z][a-z]*\.?(?:\s[A-Z][a-z]*\.?){0,2})\)(?=[.;,]|\s\d)", raw)
    if m:
        exp["container"] = f"{container} ({m.group('p')})"
        if exp.get("place") == m.group("p"):
            exp.pop("place")


def year_in_journal(raw: str, exp: dict) -> None:
    """'Neural Plast. 2017' as a journal label: the year printed after the journal is the year."""
    container, year = exp.get("container") or "", exp.get("year")
    if exp.get("kind") == "journal" and year and re.search(rf"\S[.,]\s{year}$", container):
        exp["container"] = re.sub(rf"[.,]\s{year}$", "", container)


def word_cut_from_journal(raw: str, exp: dict) -> None:
    """'… injury. Nat' + 'Aging' for the printed '… injury. Nat. Aging,', '… flow. Arteriosclerosis' +
    'Thrombosis, and Vascular Biology': one capitalised word that ends the title label after a
    sentence break, printed right before the journal label (after a period: an abbreviation of at
    most six letters), is the journal's first word."""
    title, container = exp.get("title") or "", exp.get("container")
    m = re.search(r"^(?P<head>.+\S)\.\s(?P<w>[A-Z][a-z]+)$", title)
    if not (m and container and exp.get("kind") == "journal"):
        return
    for sep in (". ", ", "):  # after a period only an abbreviation ('Nat.'), after a comma any word
        if f"{title}{sep}{container}" in raw and (sep == ", " or len(m.group("w")) <= 6):
            exp["title"], exp["container"] = m.group("head"), f"{m.group('w')}{sep}{container}"
            return


def printed_volume(raw: str, exp: dict) -> None:
    """'Anesth Analg 1994; 79: 1206', 'Melanoma Res. 2007;17: 243–249': a volume (and issue) printed
    right after the year and before the pages but missing from the label is labelled (the pages by
    printed_locator)."""
    year = exp.get("year")
    if exp.get("kind") != "journal" or not year or exp.get("volume"):
        return
    m = re.search(rf"\b{year}\s*;\s*(?P<v>\d+)\s*(?:\((?P<i>[^()]*)\))?\s*:\s*(?P<f>{LOCATOR})", raw)
    if m and exp.get("first_page", m.group("f")) == m.group("f"):
        exp["volume"] = m.group("v")
        if m.group("i") and not exp.get("issue") and not re.search(r"sup", m.group("i"), re.IGNORECASE):
            exp["issue"] = m.group("i")


def spaced_initials(raw: str, exp: dict) -> None:
    """'Buechel S D' labelled family 'Buechel S', initials 'D': initials printed with spaces are all
    initials (the converter took the first into the family name); a family name has no final period."""
    for who in ("authors", "editors"):
        for person in exp.get(who) or []:
            m = re.fullmatch(r"(?P<f>.*\S)\s(?P<i>[A-Z])", person.get("family") or "")
            if (person.get("family") or "").endswith(".") and person["family"].rstrip(".") + " " in raw:
                person["family"] = person["family"].rstrip(".")  # 'Krishnasamy.' printed 'Krishnasamy S'
            if m and person.get("initials") and re.search(
                    rf"\b{re.escape(person['family'])}\s{re.escape(' '.join(person['initials']))}\b", raw):
                person["family"], person["initials"] = m.group("f"), m.group("i") + person["initials"]


def unclosed_bracket(raw: str, exp: dict) -> None:
    """'Clin Endocrinol (Oxf', '… diagnoses (Suit', 'J Korean Med Sci [Internet': a bracket the label
    opens and the print closes right after it is closed in the label too."""
    for key in ("title", "container"):
        value = exp.get(key) or ""
        for open_, close in (("(", ")"), ("[", "]")):
            if value.count(open_) > value.count(close):
                m = re.search(re.escape(value) + r"(\.?" + re.escape(close) + ")", raw)
                if m:
                    value = exp[key] = value + m.group(1)


def locator_words(raw: str, exp: dict) -> None:
    """'381 doi' as a last page: a page or volume label holds the number, not the 'doi' that follows."""
    for key in ("volume", "issue", "first_page", "last_page", "article_number"):
        if isinstance(exp.get(key), str) and re.search(r"\.?\s+doi:?$", exp[key], re.IGNORECASE):
            exp[key] = re.sub(r"\.?\s+doi:?$", "", exp[key], flags=re.IGNORECASE)


def et_al_only_in_title(raw: str, exp: dict) -> None:
    """'Khoury et al. respond to …': an 'et al' printed only inside the title does not end the author list."""
    title = exp.get("title") or ""
    if exp.get("et_al") and re.search(r"\bet al\b", title) and len(re.findall(r"\bet al\b", raw)) == len(re.findall(r"\bet al\b", title)):
        exp.pop("et_al")


def edition_number(raw: str, exp: dict) -> None:
    """'3.' or '7. ed' as an edition: the edition is the number (with its printed ordinal), not the 'ed.' mark."""
    if exp.get("edition"):
        exp["edition"] = re.sub(r"\.?(?:\s*ed\.?)?$", "", exp["edition"]) or exp["edition"]


def lone_number_is_volume(raw: str, exp: dict) -> None:
    """'eNeuro 9', 'Proc Natl Acad Sci U S A 119' with nothing after but a DOI: a lone number after
    the journal is its volume (as 51 of the 53 such labels already say)."""
    first, container = exp.get("first_page"), exp.get("container")
    if exp.get("kind") != "journal" or not first or not container or exp.get("volume") or exp.get("last_page"):
        return
    if re.search(re.escape(container) + r"\.?,?\s" + re.escape(first) + r"(?:[.,]?\s*(?:doi|DOI|PMID|https?:)|\.?\s*$)", raw):
        exp["volume"] = exp.pop("first_page")


def pages_glued_to_journal(raw: str, exp: dict) -> None:
    """'Philosophical Transactions … of London :89-91' as a journal label: the pages are pages."""
    m = re.fullmatch(r"(?P<c>[^\d.:]*[^\d\s.:])\s*:\s*(?P<f>\d+)\s*[-–]\s*(?P<l>\d+)", exp.get("container") or "")
    if m and exp.get("kind") == "journal" and not exp.get("first_page"):
        exp["container"], exp["first_page"] = m.group("c"), m.group("f")
        exp["last_page"] = b4.full_last_page(m.group("f"), m.group("l"))


def web_with_volume_is_journal(raw: str, exp: dict) -> None:
    """A 'web' label with a journal and a volume is a journal article read on line: kind web is for
    items with no container (README convention)."""
    if exp.get("kind") == "web" and exp.get("container") and exp.get("volume"):
        exp["kind"] = "journal"


def year_not_volume_or_page(raw: str, exp: dict) -> None:
    """'Archaea. 2016:1-16', 'Genetics 2000;: 956–958' labelled volume 2016/2000: a year printed right
    before the pages' colon fills the date, not the volume. 'J Rheumatol 35(10): 1983-1988, 2008.'
    labelled year 1983: the first page is not the year; the year printed after the pages is."""
    year = exp.get("year")
    if not year:
        return
    # only when that is the first time the year is printed: in Hindawi's 'J Immunol Res. 2022;2022:3119375' or
    # PLOS's '(2012) Title. Comput Math Methods Med 2012: 410602' the date came first and 2022/2012 is the volume
    found = re.search(rf"(?<!\d){year}\s*;?\s*:\s*[A-Za-z]?\d", raw)
    first = found and (found.start() == re.search(rf"(?<!\d){year}(?!\d)", raw).start()
                       or re.match(rf"{year}\s*;\s*:", found.group()))  # 'Genetics 2000;: 956' has no volume
    if exp.get("volume") == str(year) and first:
        exp.pop("volume")
    m = re.search(r"[-–]\s*\d+\s*,\s*((?:1[89]|20)\d\d)\.?\s*$", raw)
    if m and str(year) in (exp.get("first_page"), exp.get("last_page")) and int(m.group(1)) != year:
        exp["year"] = int(m.group(1))
