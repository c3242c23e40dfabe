"""Author lists as Vancouver writes them: ``Kim JS, Han BG, Choi SO, et al.``, and their neighbours
(``Smith, A. B., & Jones, C.``, ``J. van der Geer, R.A. Lupton,``, ``LIMA, A. B.;``, ``LEE JS, KIM YH``).

Also a group (corporate) author printed with the people (``...; ABC Study Group.``, ``ABC Group, Smith A.``),
editor lists (``Smith A, Jones B, editors.``) and the words that tell what a group is (``GROUP_WORDS``);
groups that stand alone where the names would are read in groups.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.domain.references import PersonName

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-ЯЁ"  # Latin, Greek and Cyrillic capitals
_PARTICLE = r"(?:van|von|der|den|de|del|della|dela|da|das|do|dos|di|du|la|le|les|ten|ter|al|el|ap|bin|ibn|y|e|zu|zur|vom|[’']t|St\.?)"
# A family-name word: capitalised (mixed or upper case), may hold hyphens and apostrophes.
_WORD = (
    # (one possessive run, with a look-ahead for the lower-case letter: "[\w]*[a-z][\w]*" took quadratic time per try)
    r"(?:[" + _UPPER + r"][’'`]?(?=[\w’'`\-‐‑]*?[a-zß-ÿα-ωа-яё’'`\-‐‑])[\w’'`\-‐‑]++|[" + _UPPER + r"]{5,}|[" + _UPPER + r"]{2,4}(?:\s[" + _UPPER + r"]{2,})*(?=,?\s[" + _UPPER + r"]\.)|Mc[" + _UPPER + r"]\w+"
    r"|(?:van|von|de|di|da|du|le|la)[" + _UPPER + r"][a-zß-ÿ]\w*"  # "vanLieshout", "deMello"
    r"|[dl][’'][" + _UPPER + r"][a-zß-ÿ][\w’'\-‐‑]*)"  # "d'Amico", "l'Hoste"
)
# dotted forms first ("R.M.", "J. B.", "J.W"), so "R" of "R.M." is not taken for the whole initials;
# a particle inside the initials stays there, as PubMed writes Brazilian names ("Barbosa Tde S", "Fernandes R de CP")
_INITIALS = (
    r"(?P<initials>[" + _UPPER + r"](?:\.(?:\s?[-‐‑]?[" + _UPPER + r"]\.){0,4}(?:[-‐‑]?[" + _UPPER + r"](?!\w)|\s[" + _UPPER + r"](?=[,:;]))?|[" + _UPPER + r"]{0,3}[-‐‑][" + _UPPER + r"]{1,4}"
    r"|[" + _UPPER + r"]{0,2}\s?(?:de|da|do|dos|das)\s?[" + _UPPER + r"]{1,3}(?!\w)"
    r"|(?:\s[" + _UPPER + r"]){1,3}(?!\w)|[" + _UPPER + r"]{1,2}\s[" + _UPPER + r"]{2}(?=[,.;:]|\s\()|[" + _UPPER + r"]{0,4}(?:ª[" + _UPPER + r"]?)?))"
    # a particle printed after the initials belongs to the family name ("Silva MRF da" is M. R. F. da Silva);
    # a suffix after them ("Bassett DR Jr", "Morais OL No") has no field of its own and is left out
    r"(?:\s(?P<particle>da|de|do|dos|das|del|van|von)(?=[,.;:]|\s\())?(?:\s(?:Jr|Sr|II|III|IV|2nd|3rd|No|Neto|Filho)\.?|,\s(?:Jr|Sr|II|III|IV)\.?(?=[,.;:]|\s[&(]))?"
)
# words are joined by spaces only: a hyphen is part of a word ("Pazin-Filho"), and taking it for a joint
# too made "A-B-B-B..." splittable in exponentially many ways
_FAMILY = r"(?P<family>(?:" + _PARTICLE + r"(?:\s+|-)(?:[" + _UPPER + r"]\s(?=[" + _UPPER + r"][a-z]))?)*" + _WORD + r"(?:\s(?:" + _PARTICLE + r"\s+)*" + _WORD + r"){0,3}?)[†‡]?"
# what may follow a name: punctuation, "et al", "and", a year; after initials closed by a period ("JONES, C. D."), a space
# (not before a lower-case word: in "Jones B. E. coli outbreak" the title starts with "E. coli")
_AFTER_NAME = r"(?=\s*(?:[,.;:]|\set\sal|\sand\s|\s&\s|\s\(|$)|\s(?:1[6-9]|20)\d\d\.|(?<=\.)\s(?![a-zß-ÿ]))"
_PERSON = re.compile(_FAMILY + r",?\s+" + _INITIALS + _AFTER_NAME)
# the given names first, as Elsevier and IEEE print them: "J. van der Geer, J.A.J. Hanraads, R.A. Lupton, Title"
_GIVEN_FIRST = re.compile(
    r"(?P<initials>[" + _UPPER + r"]\.(?:\s?[-‐‑]?[" + _UPPER + r"]\.){0,4})\s?" + _FAMILY
    + r"(?P<particle>)(?=\s*(?:[,;:]|\.\s|\sand\s|\s&\s|\set\sal|\s\(|$))"
)
_SEPARATOR = re.compile(r"\.?\s*(?:[,;]\s*(?:and\s+|&\s*|(?:…|\.\s?\.(?:\s?\.)?),?\s*)?|\s+and\s+|\s*&\s*|\s*(?:…|\.\s?\.(?:\s?\.)?)\s*)")
_ET_AL = re.compile(
    r"\s*,?\s*(?:and\s+)?(?:et\.?\s*al\.?|&\s*al\.|e\s+col\.?|y\s+cols?\.?|e\s+cols?\.?|and\s+others\.?|et\s+alii\.?|u\.\s?a\.)",
    re.IGNORECASE,
)
_WS = re.compile(r"\s*")
_END = re.compile(r"\s*(?:[.:]\s+|\.$|:$|$|\.(?=[" + _UPPER + r"][A-Za-z]))")  # "Liu H.QR code model": a space lost
# the year right after the names: "Smith A (2008) Title", "Smith A. (2008). Title", "Smith A. 2008. Title"
_YEAR_AFTER = re.compile(
    r"[.,]?\s*(?:\((?P<year>(?:1[6-9]|20)\d{2})[a-z]?\)\s*[.:]?|[.,]?\s+(?P<bare>(?:1[6-9]|20)\d{2})[a-z]?\.)\s*"
)
_EDITOR_WORD = re.compile(
    r",?\s*\(?(?:editors?|eds?\.?|editores|editor(?:a|as|es)?|organizadores|organizador(?:a|as|es)?"
    r"|orgs?\.?|coordinadores|coordenadores|coordenador(?:a)?|coordinador(?:a)?|coords?\.?|compiladores|compilador)\)?\.?\s*$",
    re.IGNORECASE,
)
GROUP_WORDS = re.compile(
    r"\b(?:Group|Groups|Investigators|Collaborat\w*|Committee|Consortium|Trialists|Network|Society|Association"
    r"|Organi[sz]ation|Organización|Organização|Ministry|Minist[eé]rio|Ministerio|Department|Institute|Instituto"
    r"|Council|Agency|Centers?|Centres?|Panel|Task Force|Working Party|Writers|Academy|College|Federation"
    r"|Foundation|Fund|Board|Federación|Federação|Fédération|Commission|Office|Bureau|Alliance|Secretaria|Secretaría|Departamento|Dirección|Direção|Diretoria|Subsecretaría|Superintendência|Conselho|Consejo|Comissão|Comisión|Coordenação|Fundação|Sociedade|Sociedad|Grupo|Colaboradores|Study|Team"
    r"|Asociación|Associação|Associazione|Agência|Agencia|Fundación|Confederação|Colegio|Institut|Ministère|Gesellschaft)\b"
    r"|^(?:WHO|UNAIDS|UNICEF|CDC|NICE|IBGE|OMS|OPAS|PAHO|FDA|EMA|NIH)$"
)
_GROUP_NAME = re.compile(r"(?:Grupo|Group|Consortium|Consorcio|Consórcio|Collaborat\w*|Committee|Study|Network)\b")
NAME_GLUE = {"of", "the", "for", "and", "de", "do", "da", "dos", "das", "del", "la", "no", "na", "em", "à", "y", "e", "et", "on", "in", "fur", "für", "und"}
_REPORT_OF = re.compile(r"^(?:Report of|On behalf of|for the)\s+\S", re.IGNORECASE)
_GROUP_LEAD = re.compile(r"^(?:Report of(?: the)?|On behalf of(?: the)?|for the|on behalf of the|for|and the|and)\s+", re.IGNORECASE)


@dataclass(slots=True)
class AuthorList:
    people: list[PersonName] = field(default_factory=list)
    group: str | None = None
    et_al: bool = False
    end: int = 0  # where the author part ends in the text
    year: int | None = None  # "(2008)" right after the names, Harvard/Springer style


def _person(m: re.Match[str]) -> PersonName:
    initials = m.group("initials").replace(".", "").replace(" ", "")
    family = m.group("family").strip()
    if m.group("particle"):
        family = f"{m.group('particle')} {family}"
    return PersonName(family=family, initials=initials)


def read_people(text: str, pos: int = 0, person: re.Pattern[str] = _PERSON) -> tuple[list[PersonName], bool, int]:
    """People from ``pos`` on, separated by commas; stops before what is not a name."""
    people: list[PersonName] = []
    et_al = False
    m = person.match(text, pos)
    while m:
        people.append(_person(m))
        pos = m.end()
        e = _ET_AL.match(text, pos)
        if e:
            et_al, pos = True, e.end()
            break
        s = _SEPARATOR.match(text, pos)
        if not s or s.end() == pos or not (after := person.match(text, s.end())):
            break
        if _GROUP_NAME.match(after.group("family")):
            break  # "Moraes JC, Grupo ICV 2020. Title": a group after the people, not a person
        pos, m = s.end(), after
    return people, et_al, pos


# a comma, then a title: a capitalised word and lower-case words (not another name)
_TITLE_AFTER_COMMA = re.compile(r",\s+[" + _UPPER + r"][a-zß-ÿ]+\s+[a-zß-ÿ]+\s+[a-zß-ÿ]+")
_EDITORS_NEXT = re.compile(r",?\s*\(?(?:editors?|eds?|editores|orgs?|organizadores)\b", re.IGNORECASE)
_TITLE_NEXT = re.compile(r"\s+[" + _UPPER + r"][a-zß-ÿ]+\s+[a-zß-ÿ]")  # a capitalised word, then lower case
_NO_AUTHOR = re.compile(r"(?:\[No authors? listed\]|\[?Anonymous\]?|Anon)\.?\s+", re.IGNORECASE)
_CAPS_PERSON = re.compile(
    r"([" + _UPPER + r"][" + _UPPER + r"'’]+(?:[\s\-‐‑](?:[" + _UPPER + r"]\s)?[" + _UPPER + r"][" + _UPPER + r"'’]+){0,2})"
    r"\s+([" + _UPPER + r"]{1,4})(?=[,.;]|\s\()"
)
_CAPS_LIST = re.compile(
    _CAPS_PERSON.pattern + r"(?:,\s+" + _CAPS_PERSON.pattern + r")+"  # two or more, so a lone 'WHO IARC.' is no person
    r"|(?!(?:WHO|NIH|CDC|FDA|EMA|NICE|OMS|OPAS|PAHO|IBGE)\b)" + _CAPS_PERSON.pattern
    + r"(?=\.\s+[" + _UPPER + r"][\w’'\-]*\s+[a-zß-ÿ]|\s\((?:1[6-9]|20)\d{2}\))"  # one: 'CASH TF. Cognitive-behavioral ...'
)
_LEADING_GROUP = re.compile(r"(?P<group>[^,.;]{3,160}?)\s*[,;]\s*(?=\S)")


# the last word of a study group's name (not "Study": "A Prospective Cohort Study." is a title)
_GROUP_TAIL = re.compile(r"\b(?:Groups?|Investigators|Collaborators|Collaboration|Consortium|Committee|Trialists|Writers)$")
_GROUP_STOP = re.compile(r"\.\s|\.$|\s\((?:1[6-9]|20)\d{2}[a-z]?\)")


def _group_after(text: str, pos: int, et_al: bool, group: str | None) -> tuple[str | None, int]:
    """A group named after the people: 'Smith A, Jones B, ABC Study Group.', '...; for the ABC Investigators.',
    'et al., for the ABC Group.', 'et al. ABC Study Group. Title', 'Smith A, ABC Study Group (2000) Title'.
    Returns the group and where the rest begins (on the period or the year after the group)."""
    lead = text[pos:pos + 1]
    if lead in (",", ";"):
        start = pos + 1
    elif et_al and lead == " " and text[pos - 1] == ".":
        start = pos  # "et al. ABC Study Group. Title": a sentence of its own, named by its head word
    else:
        return group, pos
    stop = _GROUP_STOP.search(text, start)
    end = stop.start() if stop else len(text)
    candidate = text[start:end].strip()
    if not candidate or len(candidate) >= 160 or not GROUP_WORDS.search(candidate):
        return group, pos
    if start == pos and not (is_group_sentence(candidate) and _GROUP_TAIL.search(candidate)):
        return group, pos  # "et al. Epidemiological Study of Violence ... Pandemic." is the title
    return _GROUP_LEAD.sub("", candidate).strip(), end


def parse_authors(text: str) -> AuthorList:
    """Read the author part at the start of a reference; ``end`` tells where the title begins."""
    result = AuthorList()
    if (none := _NO_AUTHOR.match(text)) is not None:
        return AuthorList(end=none.end())  # "[No authors listed]. Title" (PubMed), "Anonymous. Title"
    people, et_al, pos = read_people(text)
    if (not people or text[pos:pos + 1] == ",") and (caps := _CAPS_LIST.match(text)) and caps.end() > pos:
        # "LEE JS, KIM YH, PARK S. Title": family names in capitals, too short to tell from initials alone
        people = [PersonName(family=m.group(1), initials=m.group(2)) for m in _CAPS_PERSON.finditer(text[: caps.end() + 2])]
        pos = caps.end()
        if (e := _ET_AL.match(text, pos)) is not None:
            et_al, pos = True, e.end()
    given_first = False
    if not people and text[1:2] == ".":
        people, et_al, pos = read_people(text, 0, _GIVEN_FIRST)
        given_first = bool(people)
    if not people and text[:1].islower() and text[:1].isalpha():
        # "stearns SC. 1989. Title": a family name typed in lower case
        people, et_al, pos = read_people(text[0].upper() + text[1:])
        if people:
            people[0].family = text[0] + people[0].family[1:]
    if not people:
        # "Breast International Group (BIG) 1-98 Collaborative Group, Thürlimann B, Keshaviah A. Title."
        lead = _LEADING_GROUP.match(text)
        if not lead or not GROUP_WORDS.search(lead.group("group")) or _PERSON.match(text):
            return result
        people, et_al, pos = read_people(text, lead.end())
        if not people:
            return result
        result.group = _GROUP_LEAD.sub("", lead.group("group")).strip()
    result.group, pos = _group_after(text, pos, et_al, result.group)
    y = _YEAR_AFTER.match(text, pos)
    if y:
        result.year = int(y.group("year") or y.group("bare"))
        pos = y.end()
    elif et_al and text[pos - 1] == ".":
        pos = _WS.match(text, pos).end()
        if text.startswith((":", ";", ","), pos):  # "et al.: Title", "et al.; Title"
            pos = _WS.match(text, pos + 1).end()
    elif et_al and _EDITORS_NEXT.match(text, pos):
        return AuthorList()  # "Currie C, Roberts C, et al, editors. Title": editors, read with the book
    elif et_al and text.startswith((",", ":"), pos):  # "Cavallo MC et al, Title"
        pos = _WS.match(text, pos + 1).end()
    elif et_al and _TITLE_NEXT.match(text, pos):  # "de Souza DC, et al Pediatric patients with COVID-19"
        pos = _WS.match(text, pos).end()
    elif given_first and text.startswith(", ", pos):  # "A.B. Smith, C.D. Jones, Title, J. Name 12 (2010) 1-9."
        pos += 2
    elif text[pos - 1] == "." and text[pos:pos + 1] == " ":  # "JONES, C. D. Title": the period closed the initials
        pos += 1
    elif (text.startswith("; ", pos) and _TITLE_NEXT.match(text, pos + 1)) or _TITLE_AFTER_COMMA.match(text, pos):
        pos = _WS.match(text, pos + 1).end()  # "Iliceto S; Clinical course of ...", "Holzapfel GA, Nonlinear solid ..."
    else:
        end = _END.match(text, pos)
        if not end or (end.end() == pos and pos < len(text)):
            return AuthorList()  # the names run on into a title: not an author list
        pos = end.end()
    result.people, result.et_al, result.end = people, et_al, pos
    return result


def parse_editors(text: str) -> tuple[list[PersonName], bool] | None:
    """'Smith A, Jones B, editors' -> editors; None when the text is no editor list."""
    m = _EDITOR_WORD.search(text)
    if not m:
        return None
    names = text[: m.start()].strip().rstrip(",")
    people, et_al, pos = read_people(names)
    if not people or names[pos:].strip(" ,."):
        return None
    return people, et_al


def _in_lower_case(sentence: str) -> str:
    """'WORLD HEALTH ORGANIZATION' (names printed in capitals, as ABNT does) read as 'World Health Organization'."""
    return sentence.title() if sentence.isupper() and len(sentence) > 5 else sentence


def is_group_sentence(sentence: str) -> bool:
    """A study-group or corporate-author sentence, e.g. 'North America Nephrotic Syndrome Study Group'."""
    sentence = _in_lower_case(sentence)
    words = sentence.split()
    if not words or len(words) > 20 or words[0] in ("A", "An"):  # "A Study of Drug X in Adults" is a title
        return False
    if _REPORT_OF.match(sentence):
        return True
    if not GROUP_WORDS.search(sentence):
        # a name with its acronym, every word capitalised: "Conselho Nacional de Secretarias Municipais (CONASEMS)"
        return bool(_ACRONYM_END.search(sentence)) and len(words) <= 14 and all(
            w[:1].isupper() or w in NAME_GLUE for w in words)
    capitals = sum(1 for w in words if w[:1].isupper())
    return capitals * 2 >= len(words) and not sentence.rstrip().endswith("?")


_ACRONYM_END = re.compile(r"\s\([A-Z][A-Za-z]{1,9}\)\.?$")  # "United Nations Children’s Fund (UNICEF)"


def headed_by_group_word(sentence: str) -> bool:
    """A group named by its head word: 'ABC Study Group', 'Collaborative Group of the X', 'Ministério da Saúde'.

    'Findings of the American Cancer Society National Prostate Cancer Detection Project' is a subtitle:
    its group word is neither among the first two words nor the last.
    """
    if _REPORT_OF.match(sentence):  # "Report of Arbeitsgemeinschaft fur Padiatrische Nephrologie"
        return True
    words = _ACRONYM_END.sub("", _in_lower_case(sentence.strip())).rstrip(".").split()
    return bool(words) and any(GROUP_WORDS.match(w) for w in words[:2] + words[-1:])


def group_named(sentence: str) -> bool:
    """'ABC Study Group.', 'XYZ Investigators.': a sentence that ends with a study group's last word."""
    return _GROUP_TAIL.search(sentence.rstrip(". ")) is not None


def clean_group(sentence: str) -> str:
    return _GROUP_LEAD.sub("", sentence.strip()).strip().rstrip(".")
