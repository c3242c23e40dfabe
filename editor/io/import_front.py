"""Front matter of a plain manuscript: author lines, keyword lines, the abstract's parts, numbered citations.

Shared by the plain-text and Word imports (the JATS import uses ``split_abstract``).
"""

from __future__ import annotations

import re

from editor.domain.metadata import Author

# Words that begin a family name: "Rizna Abdul Cader" is Rizna of the Abdul Cader family.
PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "da", "das", "do", "dos", "di", "du", "la", "le",
             "ten", "ter", "al", "el", "bin", "binti", "ibn", "abdul", "abd", "st", "st.", "mac", "ben", "ap"}
DEGREES = re.compile(r"^(?:[A-Z][A-Za-z]{0,5}\.?){1,3}(?:\s*\([A-Za-z]+\))?$")  # MD, PhD, MBBS, FRCP, M.D.
_MARKS = re.compile(r"[\d,*†‡§¶#]+$")
_NAME_WORD = re.compile(r"^[A-ZÀ-ÞĀ-Ž][\w’'\-.]*$|^(?:" + "|".join(re.escape(p) for p in PARTICLES) + r")$", re.I)
_VANCOUVER_NAME = re.compile(r"^(?P<family>[A-ZÀ-Þ][\w’'\- ]+?)\s+(?P<initials>[A-Z]{1,4})$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])")
_ABBREV_BEFORE = re.compile(r"\b(?:e\.g|i\.e|et al|vs|Dr|Mr|Mrs|Ms|Fig|approx|No)\.$")
CASE_START = re.compile(
    r"^(?:We (?:present|report|describe|illustrate|discuss)|Here,? we|In this (?:case|report)|This report describes|"
    r"An? (?:\d+|[a-z\-]+)[- ](?:year|month|week|day)[- ]old|A case of|The patient)", re.I)
CONCLUSION_START = re.compile(
    r"^(?:This case|In conclusion|To conclude|We conclude|Our case|This report (?:shows|highlights|demonstrates)|"
    r"These findings|Conclusions?:?|Clinicians should|Our findings)", re.I)


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; "e.g." and "et al." do not end one."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if out and _ABBREV_BEFORE.search(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return [s for s in out if s]


def split_abstract(text: str) -> dict[str, str]:
    """An unstructured abstract cut into the CARE parts by its wording.

    The case presentation starts at the first sentence that introduces the
    patient ("We illustrate a case of...", "A 21-year-old..."); the conclusion
    is the last sentences from one that concludes ("This case demonstrates...").
    Without such cues the whole text is the background.
    """
    text = text.strip()
    if not text:
        return {}
    labelled = _labelled_abstract(text)
    if labelled:
        return labelled
    parts = sentences(" ".join(text.split()))
    start = next((i for i, s in enumerate(parts) if CASE_START.match(s)), None)
    end = next((i for i in range(len(parts) - 1, 0, -1) if CONCLUSION_START.match(parts[i])), None)
    if start is None:
        return {"background": text}
    if end is not None and end <= start:
        end = None
    out = {"background": " ".join(parts[:start]), "case_presentation": " ".join(parts[start:end])}
    if end is not None:
        out["conclusion"] = " ".join(parts[end:])
    return {k: v for k, v in out.items() if v}


_ABSTRACT_LABEL = re.compile(
    r"(?:^|\n|(?<=[.!?]) )(Background|Introduction|Case (?:presentation|report|description|summary)|"
    r"Conclusions?)\s*[:.]\s+", re.I)


def _labelled_abstract(text: str) -> dict[str, str]:
    """"Background: ... Case presentation: ... Conclusion: ..." as written in many manuscripts."""
    marks = list(_ABSTRACT_LABEL.finditer(text))
    if len(marks) < 2 or marks[0].start() > 0:
        return {}
    out: dict[str, str] = {}
    for mark, following in zip(marks, marks[1:] + [None]):
        label = mark.group(1).lower()
        field = "background" if label in ("background", "introduction") else (
            "conclusion" if label.startswith("conclusion") else "case_presentation")
        body = text[mark.end(): following.start() if following else len(text)].strip()
        out[field] = f"{out[field]}\n\n{body}" if field in out else body
    return out


# --- authors ---------------------------------------------------------------------------


def split_author_line(line: str) -> list[str]:
    """"A B, C D and E F" or "A B; C D, MD; E F" into one string per person."""
    line = line.strip().rstrip(".")
    if ";" in line:
        items = line.split(";")
    else:
        items = re.split(r",\s*|\s+and\s+|\s*&\s*", line)
    return [i.strip() for i in items if i.strip()]


def parse_author(item: str) -> Author | None:
    """"Wee Leng Gan", "Rizna Abdul Cader", "Gan WL", "Alex Example, MD", "John Smith1,2*"; None if not a name."""
    name, _, degrees = item.partition(",")
    degrees = degrees.strip()
    if degrees and not all(DEGREES.match(d.strip()) for d in degrees.split(",")):
        return None
    name = _MARKS.sub("", name.strip()).strip()
    corresponding = item.rstrip().endswith("*")
    match = _VANCOUVER_NAME.match(name)
    if match and " " not in match.group("family"):
        return Author(family=match.group("family"), initials=match.group("initials"),
                      degrees=degrees or None, corresponding=corresponding)
    words = name.split()
    if not 2 <= len(words) <= 6 or not all(_NAME_WORD.match(w) for w in words):
        return None
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in PARTICLES:
        cut -= 1
    given, family = " ".join(words[:cut]), " ".join(words[cut:])
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", given) if w[:1].isalpha()).upper()
    return Author(family=family, given=given, initials=initials or None, degrees=degrees or None,
                  corresponding=corresponding)


def parse_author_line(line: str) -> list[Author] | None:
    """Every name on the line, or None when any item is not a name (then it is not an author line)."""
    if len(line) > 600 or re.search(r"[.!?]\s+[a-z]", line):
        return None
    items = split_author_line(line)
    authors = [parse_author(i) for i in items]
    if not authors or any(a is None for a in authors):
        return None
    return authors  # type: ignore[return-value]


# --- keywords and citations ------------------------------------------------------------

_KEYWORDS_LABEL = re.compile(r"^\s*(?:key\s?words?|index terms)\s*[:.\-–]\s*", re.I)


def keyword_line(text: str, labelled_only: bool = False) -> list[str] | None:
    """"Keywords: a; b" (or, unlabelled, a short line of 2-8 items split by ";")."""
    match = _KEYWORDS_LABEL.match(text)
    if match:
        body = text[match.end():]
    elif labelled_only:
        return None
    else:
        body = text
        if ";" not in body or "\n" in body.strip() or len(body) > 300 or body.rstrip().endswith("."):
            return None
    items = [k.strip().rstrip(".") for k in re.split(r"[;,]" if ";" not in body else ";", body)]
    items = [k for k in items if k]
    if not match and not (2 <= len(items) <= 8 and all(len(k.split()) <= 6 for k in items)):
        return None
    return items


_NUMBERED_CITATION = re.compile(r"\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\]")


def link_numbered_citations(text: str, ids: list[str]) -> str:
    """"[1]", "[2-4,7]" into citation markers for the references ``ids`` (numbered from 1)."""
    def replace(match: re.Match) -> str:
        numbers: list[int] = []
        for piece in match.group(1).split(","):
            low, _, high = re.sub(r"\s", "", piece).replace("–", "-").partition("-")
            numbers.extend(range(int(low), int(high or low) + 1))
        if not numbers or any(not 1 <= n <= len(ids) for n in numbers) or len(numbers) > 50:
            return match.group(0)
        return "[" + "; ".join(f"@{ids[n - 1]}" for n in dict.fromkeys(numbers)) + "]"

    return _NUMBERED_CITATION.sub(replace, text) if ids else text
