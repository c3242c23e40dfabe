"""Group (corporate) authors that stand where the names would: alone at the start ('World Health
Organization. Title.', 'Brasil. Ministério da Saúde. Secretaria de ... Title.'), as the owner of a page
read on line, or as a study-group sentence after the title. Groups printed after the people are read
with the names (authors.py)."""

from __future__ import annotations

import re

from editor.domain.references import Reference

from .authors import NAME_GLUE, clean_group, headed_by_group_word, is_group_sentence
from .books import sentences
from .documents import reads_as_name

_STATE = re.compile(r"^(?:[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[A-ZÀ-Þ][a-zà-ÿ]+)?|[A-ZÀ-Þ]{4,})\.$")  # "Brasil." before its ministry


def _named_again(first: str, rest: str) -> bool:
    """'OECD. Title. Paris: OECD Publishing; 2019.', 'Public Health England. Title. London: PHE; 2017.': a name
    (short, capitalised) that comes back, whole or as its acronym, as the publisher is the author."""
    name = first.rstrip(".").strip()
    words = name.split()
    if not 1 <= len(words) <= 10 or re.search(r"[:;?]", name) or not all(
            w[:1].isupper() or w[:1].isdigit() or w in NAME_GLUE for w in words):
        return False
    acronym = "".join(w[0] for w in words if w[:1].isupper())
    return (re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", rest, re.IGNORECASE) is not None
            or (len(acronym) >= 2 and re.search(r"(?<!\w)" + acronym + r"(?!\w)", rest) is not None))


def leading_group(body: str) -> tuple[str | None, str]:
    """A corporate author alone at the start: 'World Health Organization. Title...'."""
    parts = sentences(body)
    taken = 0
    # "Brasil. Ministério da Saúde. Secretaria de Atenção à Saúde. Title.": a state and its departments
    if len(parts) >= 4 and _STATE.match(parts[0]) and is_group_sentence(parts[1].rstrip(".")):
        taken = 1
    while taken < len(parts) - 1 and is_group_sentence(parts[taken].rstrip(".")) and len(parts[taken].split()) <= 16:
        # a department after its organisation is named by its head word ("Secretaria de ...", "Instituto ...");
        # "Sociedade Brasileira de Diabetes. Diretrizes da Sociedade Brasileira de Diabetes." ends at the title
        if taken and not _STATE.match(parts[taken - 1]) and not headed_by_group_word(parts[taken]):
            break
        taken += 1
        if len(parts) - taken < 3:  # keep a title and what follows it
            break
    if not taken and len(parts) >= 3 and _named_again(parts[0], body[len(parts[0]):]):
        return parts[0].rstrip(".").strip(), body[len(parts[0]):].strip()
    if not taken or (taken == 1 and _STATE.match(parts[0])):
        return None, body
    group = " ".join(parts[:taken])
    return group.rstrip(".").strip(), body[len(group):].strip()


_NO_CONTENT = re.compile(r"^\W*(?:(?:1[6-9]|20)\d{2}\b|c\d{4}|Available|Dispon|Acces|Acess|\[)|^\W*$", re.IGNORECASE)


def site_owner(body: str) -> tuple[str | None, str]:
    """'The World Bank. Domestic general government health expenditure. Available from: URL': a page read on
    line whose text is a name and a title; the name, short and capitalised, is its author."""
    parts = sentences(body)
    content = [part for part in parts if not _NO_CONTENT.match(part)]
    if len(content) != 2 or content[0] is not parts[0]:
        return None, body
    words = parts[0].rstrip(".").split()
    if not 1 <= len(words) <= 8 or re.search(r"[:;?|]", parts[0]) or not all(
            w[:1].isupper() or w[:1].isdigit() or w in NAME_GLUE for w in words):
        return None, body
    return parts[0].rstrip(".").strip(), body[len(parts[0]):].strip()


# "Jiri T, Igor K, Mba": people whose names the author reader could not take are no group
_NAME_LIST = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]+\s[A-Z]{1,3},")


def unnamed_group(ref: Reference, title_parts: list[str]) -> None:
    """'Arbeitsgemeinschaft fur Padiatrische Nephrologie. Title. Journal.': a name without a group word.

    Only when nobody else is named and the first sentence reads as a name (capitalised words,
    no colon, short) while a title of several words follows.
    """
    if ref.authors or ref.group_author or len(title_parts) < 2:
        return
    first = title_parts[0].rstrip(".")
    if len(" ".join(title_parts[1:]).split()) < 3:
        return
    if reads_as_name(first) and not _NAME_LIST.search(first):
        ref.group_author = first
        title_parts.pop(0)


def groups_around_title(ref: Reference, title_parts: list[str]) -> None:
    """Between the names and the journal: a study group after the title ('Title. ABC Study Group.'), or a
    corporate author before it when nobody else is named ('American Diabetes Association. Title.')."""
    if len(title_parts) > 1 and is_group_sentence(title_parts[-1]) and headed_by_group_word(title_parts[-1]):
        group = clean_group(title_parts.pop())
        ref.group_author = f"{ref.group_author}; {group}" if ref.group_author else group
    if not ref.authors and not ref.group_author and len(title_parts) > 1 and is_group_sentence(title_parts[0]):
        ref.group_author = clean_group(title_parts.pop(0))


_DATED_GROUP = re.compile(
    r"^(?P<name>[^().;:]{2,100}?(?:\s\([A-Z]{2,10}\))?)\s*\((?P<year>(?:1[6-9]|20)\d{2})[a-z]?\)\s*[.:]?\s+(?=\S)"
)


def dated_group(body: str) -> tuple[str | None, int | None, str]:
    """Springer's author-date form for an organisation: 'World Health Organization (2020) Title. WHO, Geneva',
    'R Core Team (2021) R: a language ...': the name, the year and the rest."""
    m = _DATED_GROUP.match(body) if "(" in body[:120] else None
    if m is None or not (is_group_sentence(m.group("name")) or reads_as_name(m.group("name"))):
        return None, None, body
    return m.group("name").strip(), int(m.group("year")), body[m.end():]
