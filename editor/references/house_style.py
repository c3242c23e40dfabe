"""Printed forms of other citation styles that mean the same as a Vancouver form.

``house_style(text)`` rewrites them before the Vancouver reading: AMA's "Published online 2013:260-269",
"Title?." and "Year:pages"; titles in quotes; "J Cell Sci (1993) 105:423"; ", pages 136-140";
"Article ID 15054". Each rewrite is guarded by a cheap substring test, so common references pay nothing.
"""

from __future__ import annotations

import re

# AMA and others: "J Appl Physiol. Published online 2013:260-269." and "flexibility?. Journal"
# and AMA's web pages: "Published March 2019." "Updated January 5, 2023." (the page's date); AMA's online-first and
# preprint dates, "JAMA. Published online January 5, 2021." and "medRxiv. Preprint posted online March 3, 2021.":
# the words dropped, the date in Vancouver's order ("2021 Jan 5")
_PUBLISHED_ONLINE = re.compile(
    r"(?<=\.\s)(?:Published(?: online)?|Updated|Preprint posted online|Posted online)\s+"
    r"(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?:(?P<day>\d{1,2}),?\s+)?)?(?P<year>(?:1[6-9]|20)\d{2})\b"
)
# Cochrane's own style: "Cochrane Database of Systematic Reviews 2014, Issue 3. Art. No.: CD004667."
_COCHRANE_ISSUE = re.compile(
    r"(?P<year>(?:19|20)\d{2}),?\s*Issue\s+(?P<issue>\d{1,2})\.?\s*(?:Art\.?\s*No\.?\s*:?\s*)?(?P<number>(?:CD|MR)\d{6})"
)
# NLM's preprint: "medRxiv [Preprint]. 2021 Mar 3:2021.03.01.21252000." (the server's id repeats the DOI)
_NLM_PREPRINT = re.compile(
    r"\s*\[Preprint\](\.\s*(?:1[6-9]|20)\d{2}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)(?::\s*[\w.:/\-]+)?(?=\.?\s*$)"
)


def _online_date(m: re.Match[str]) -> str:
    month = f" {m.group('month')[:3]}" if m.group("month") else ""
    day = f" {m.group('day')}" if month and m.group("day") else ""
    return f"{m.group('year')}{month}{day}"
# "2019:471–488": pages straight after the year, no volume; "2012:17(9):2499-505": a colon for the semicolon
# "Soc Sci Med. 2018 Mar:200:238-248.": a colon after the month where the semicolon goes
_DATE_COLON = re.compile(
    r"(?<=[.]\s)((?:1[6-9]|20)\d{2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?)\s*:\s*(?=\d{1,4}\s*[(:])"
)
# PubMed ahead of print: "JAMA. 2024 Jul 28:e2413855." (an e-locator) and "Eur Urol. 2025 Jan 22:S0302-2838(24)02760-X."
# (the publisher's item id, which is no locator)
_DATE_ELOCATOR = re.compile(
    r"(?<=[.]\s)((?:1[6-9]|20)\d{2}\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?):\s*"
    r"(?:(?P<pii>S\d{4}-?\d{3}[\dX]\(\d{2}\)\d{5}-?[\dX])|(?=[A-Za-z]{0,4}\d{3,}\.?(?:\s|$)))"
)
# Labelled locators, IEEE's "Journal, vol. 5, no. 12, pp. 2363-2372, Dec. 2010.", Hindawi's "vol. 2014, Article ID
# 123456, 10 pages, 2014." and ABNT's "Journal, São Paulo, v. 48, n. 2, p. 331-339, abr. 2014." -> "Journal. 2010
# Dec;5(12):2363-2372." (ABNT's place after the journal is left out)
_LABELLED_LOCATORS = re.compile(
    r"(?P<place>,\s+[A-ZÀ-Þ][\w’'\-]+(?:\s+(?:de|do|da|del|dos|das|[A-ZÀ-Þ][\w’'\-]+)){0,3})?"
    r"[.,]?\s+(?:[Vv]ol\.|(?P<abnt>v\.))\s*(?P<volume>\w+)(?:,\s*(?:[Nn]o\.|n\.|nº)\s*(?P<issue>[\w\-–/]+))?"
    r"(?:,\s*(?:pp?\.\s*)?(?P<pages>[A-Za-z]{0,4}\d+\w*(?:\s*[-–—]\s*[A-Za-z]{0,3}\d+)?|Art\.\s*no\.\s*\w+))?"
    r"(?:,\s*\d+\s+pages)?,\s*(?:(?P<month>[A-Za-zç]{3,9})\.?(?:/[A-Za-zç]{3,9}\.?)?\s+(?:\d{1,2},?\s+)?)?"
    r"(?P<year>(?:1[6-9]|20)\d{2})\s*\.?\s*$"
)


# MLA and the IEEE Computer Society put the year before the pages: "IEEE Software, vol. 32, no. 4, 2015, pp. 60–67."
_LABELLED_YEAR_FIRST = re.compile(
    r"(?P<place>(?!))?(?P<abnt>(?!))?[.,]?\s+[Vv]ol\.\s*(?P<volume>\w+)(?:,\s*[Nn]o\.\s*(?P<issue>[\w\-–/]+))?,\s*"
    r"(?:(?:\d{1,2}\s+)?(?P<month>[A-Z][a-z]{2,8})\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:1[6-9]|20)\d{2}),\s*"
    r"pp?\.\s*(?P<pages>[A-Za-z]{0,4}\d+\w*(?:\s*[-–—]\s*[A-Za-z]{0,3}\d+)?)\s*\.?\s*$"
)


def _labelled_locators(core: str, m: re.Match[str]) -> str:
    date = m.group("year") + (f" {m.group('month')[:3]}" if m.group("month") else "")
    issue = f"({m.group('issue')})" if m.group("issue") else ""
    pages = ":" + re.sub(r"^Art\.\s*no\.\s*", "", m.group("pages")) if m.group("pages") else ""
    # ABNT prints the journal's place after its name; IEEE has none, so a comma there belongs to the journal
    start = m.start() if m.group("abnt") or not m.group("place") else m.start("place") + len(m.group("place"))
    return core[:start] + f". {date};{m.group('volume')}{issue}{pages}."


# Elsevier's numbered style: "Annales Médico-Psychologiques 165 (2007) 723-728." -> "...; 2007;165:723-728."
_VOLUME_YEAR_PAGES = re.compile(
    r"(?<=[A-Za-z.)])\s+(?P<volume>\d{1,4}[A-Z]?)\s*(?:\((?P<issue>[\w\s\-–]{1,12})\)\s*)?\((?P<year>(?:1[6-9]|20)\d{2})\)"
    r"(?:\s*,?\s*(?P<pages>[A-Za-z]{0,3}\d{1,6}(?:\s*[-–—]\s*[A-Za-z]{0,3}\d{1,6})?))?\s*\.?\s*$"
)
_YEAR_COLON = re.compile(r"(?<=[.]\s)((?:1[6-9]|20)\d{2})\s*:\s*(?=[A-Za-z]{0,4}\d)(\d{1,4}\s*[(:])?")


# a whole title in quotes, right after the names and closed by a sentence end (not a quoted phrase inside a title)
_QUOTED_TITLE = re.compile(
    r"(?:(?<=[.:,)]\s)|^)[\"“](?P<title>[^\"“”]{8,400}?)(?:(?P<end>[.?!])\s*[\"”]|,\s*[\"”]|[\"”]\s*[.,])(?=\s|$)"
)
_YEAR_IN_PARENTHESES = re.compile(r"(?<=[A-Za-z.)])\s+\(((?:1[6-9]|20)\d{2})\)\s+(?=\d{1,4}\s*[(:,])")  # "J Cell Sci (1993) 105:423"
_PAGES_WORD = re.compile(r"(?<=\d)\s*,\s*pages?\s+(?=[A-Za-z]{0,3}\d)")  # "2001; 125, pages 1164-1165"


# "Article ID 15054", "Art. no. 123", and APA 7's "BMJ Open, 6, Article e010364"
_ARTICLE_WORD = re.compile(r"(?<=[:;,]\s)(?:Article\s+(?:ID|number|no\.?)|Art\.?\s*no\.?|Article)\s*(?=[A-Za-z]{0,4}\d)", re.IGNORECASE)


# a page count for an online article: "19(3):9 telas", "19(3):[about 9 screens]" -> first page 9
_SCREENS = re.compile(r"(?<=:)\s*\[?(?:about\s+|cerca\s+de\s+)?(\d{1,4})\s+(?:telas|screens|pantallas)\]?", re.IGNORECASE)


# SciELO journals: "Rev SBPH. [Internet]. 2017;20(1)" and "Rev Cubana Salud Pública [revista en la Internet]. 2006":
# the medium between journal and date says nothing the journal ending does not
_JOURNAL_MEDIUM = re.compile(
    r"\s*\[(?:revista en (?:la )?internet|revista na internet|peri[óo]dico na internet|serial on the internet)\]"
    r"|(?<=\.)\s*\[(?:Internet|online)\]\.?(?=\s+(?:1[6-9]|20)\d{2}\b[^.]{0,40}[;:]\s*\d)",
    re.IGNORECASE,
)
# "2008;24(4)879-86": the colon after the issue left out
_NO_COLON = re.compile(r";(\s*\d{1,4}\s*\([^()]{1,12}\))\s*(?=[A-Za-z]?\d{1,6}(?:-[A-Za-z]?\d{1,6})?\.?(?:\s|$))")
# "[Washington]: Publisher; 2020" and "Place: [Rambaut A]; c2007": a place or publisher supplied in brackets
_BRACKETED_PLACE = re.compile(r"(?<=\.\s)\[([^\[\]\d]{2,60})\](?=\s*:)|(?<=:\s)\[([^\[\]\d]{2,60})\](?=\s*;)")
# "São Paulo; Martins Fontes; 1994.": a semicolon where the colon goes between place and publisher
_PLACE_SEMICOLON = re.compile(r"(?<=\.\s)([A-ZÀ-Þ][\w’'\- ,()]{1,40});\s*([^;:.\[\]]{2,80};\s*(?:1[6-9]|20)\d{2}\.?)$")


def house_style(core: str) -> str:
    """Rewrite the few printed forms of other styles that mean the same as a Vancouver form."""
    if '"' in core or "“" in core:  # 'Nelson RL: "Genetic diversity among soybean accessions." Crop Sci 2001'
        core = _QUOTED_TITLE.sub(lambda m: m.group("title") + (m.group("end") or "."), core)
    if "(" in core:
        core = _YEAR_IN_PARENTHESES.sub(r" \1; ", core)
    if "page" in core:
        core = _PAGES_WORD.sub(":", core)
    if "Art" in core:
        core = _ARTICLE_WORD.sub("", core)
    if "?." in core:
        core = core.replace("?.", "?")
    if "Published" in core or "Updated" in core or "osted online" in core:
        core = _PUBLISHED_ONLINE.sub(_online_date, core)
    if "Issue" in core:
        core = _COCHRANE_ISSUE.sub(r"\g<year>;(\g<issue>):\g<number>", core)
    if "[Preprint]" in core:
        core = _NLM_PREPRINT.sub(r"\1", core)
    if "tela" in core or "screen" in core or "pantalla" in core:
        core = _SCREENS.sub(r"\1", core)
    if "nternet]" in core or "nline]" in core:
        core = _JOURNAL_MEDIUM.sub("", core)
    if "]:" in core or "] :" in core or "];" in core:
        core = _BRACKETED_PLACE.sub(lambda m: m.group(1) or m.group(2), core)
    if ")" in core:
        core = _NO_COLON.sub(r";\1:", core)
    if core.count(";") >= 2 and (m := _PLACE_SEMICOLON.search(core, max(0, len(core) - 130))):
        core = core[: m.start()] + f"{m.group(1)}: {m.group(2)}"
    if (") " in core or core.endswith((")", ")."))) and (m := _VOLUME_YEAR_PAGES.search(core, max(0, len(core) - 50))):
        issue = f"({m.group('issue')})" if m.group("issue") else ""
        pages = f":{m.group('pages')}" if m.group("pages") else ""
        core = f"{core[: m.start()]}. {m.group('year')};{m.group('volume')}{issue}{pages}."
    if ("ol." in core or " v. " in core) and (
        (m := _LABELLED_LOCATORS.search(core, max(0, len(core) - 120)))
        or (m := _LABELLED_YEAR_FIRST.search(core, max(0, len(core) - 120)))
    ):
        core = _labelled_locators(core, m)
    if ":" in core:
        core = _DATE_COLON.sub(r"\1;", core)
        core = _DATE_ELOCATOR.sub(lambda m: m.group(1) + ("" if m.group("pii") else ";"), core)
        core = _YEAR_COLON.sub(lambda m: f"{m.group(1)};{m.group(2)}" if m.group(2) else f"{m.group(1)};:", core)
    return core
