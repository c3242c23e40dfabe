"""Where the title ends and the journal begins when no sentence end is printed between them.

A journal reference whose head (everything before the date and locators) is one sentence has lost
the period after its title: ``Title: Journal of Lower Genital Tract Disease. 2018;22(3)``,
``Title of the article.J Neurophysiol. 2004;92:3097`` or, in author-year lists,
``2013. A visual motion detection circuit suggested by Drosophila connectomics Nature 500:175``; Elsevier's
numbered style puts a comma there (``Title, Clin. J. Am. Soc. Nephrol. 5 (2010) 2363–2372``).
``split_run_on`` finds the likeliest boundary, or says there is none; ``journal_start`` takes an abbreviation
cut off by the sentence splitting (``Title, Clin.`` + ``J. Am. Soc. Nephrol``) back to the journal.
"""

from __future__ import annotations

import re

# "activation.J Neurophysiol": a sentence end without its space (not "U.S.A" nor "e.g.")
_GLUED_END = re.compile(r"(?<=[a-z)\]?])\.(?=[A-Z][A-Za-z]*\b(?!\.[A-Z]))")
# words that may sit inside a journal's name without a capital: "Journal of the ...", "Science & Medicine"
_GLUE = {"of", "and", "the", "in", "for", "on", "&", "de", "da", "do", "la", "et", "y", "e", "und", "für", "fur",
         "des", "du", "der", "di", "dei", "della", "del", "les", "le", "van", "von", "dos", "das", "em", "en"}
_WORD_OF_NAME = re.compile(r"^(?:[A-ZÀ-Þ][\w'’\-—–]*\.?:?|[A-Z]{2,}\.?)$")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")  # "(Ribeirao Preto)", "(Phila)": a journal's place, not a word of its name
_MIN_TITLE_WORDS = 3
_MAX_JOURNAL_WORDS = 10


def _name_like(words: list[str]) -> bool:
    """Capitalised words (glue words allowed inside), as a journal's name is printed."""
    words = _PARENTHESES.sub("", " ".join(words)).split()
    if not words or not _WORD_OF_NAME.match(words[0]) or not _WORD_OF_NAME.match(words[-1]):
        return False
    return all(_WORD_OF_NAME.match(word) or word in _GLUE for word in words)


def split_run_on(sentence: str) -> tuple[str, str] | None:
    """'Title Journal' with no sentence end between them -> (title, journal), or None."""
    text = sentence.strip().rstrip(".").strip()
    glued = None
    for glued in _GLUED_END.finditer(text):
        pass
    if glued is not None:
        title, journal = text[: glued.start()], text[glued.end():]
        if len(title.split()) >= _MIN_TITLE_WORDS and 1 <= len(journal.split()) <= _MAX_JOURNAL_WORDS:
            return title, journal
    for mark in (": ", ", "):  # "Title: Journal of ..." and Elsevier's "Title, Clin J Am Soc Nephrol"
        if mark in text:
            title, journal = text.rsplit(mark, 1)
            words = journal.split()
            if len(title.split()) >= _MIN_TITLE_WORDS and len(words) <= _MAX_JOURNAL_WORDS and _name_like(words):
                return title, journal
    words = text.split()
    start = len(words)
    # the journal: capitalised words at the end, after a title that ends in a lower-case word
    while start > 0 and (_WORD_OF_NAME.match(words[start - 1]) or words[start - 1] in _GLUE):
        start -= 1
    while start < len(words) and words[start] in _GLUE:
        start += 1
    if start >= len(words) or start < _MIN_TITLE_WORDS or len(words) - start > _MAX_JOURNAL_WORDS:
        return None
    before = words[start - 1]
    if not before[:1].islower() or before in _GLUE or before.endswith((",", ":", ";")):
        return None
    return " ".join(words[:start]), " ".join(words[start:])


# "Title, Clin." before "J. Am. Soc. Nephrol": abbreviated words after the title's last comma
_DOTTED_NAME = re.compile(r"^(?:[A-Z][a-z]{0,9}[.:]{1,2}\s){1,6}[A-Z][a-z]{0,9}\.?$")  # "J. Am. Soc. Nephrol", every word cut short
_ABBREVIATED_TAIL = re.compile(r",\s+((?:[A-Z][a-z]{0,9}\.\s?){1,4})$")


def journal_start(title: str, journal: str) -> tuple[str, str] | None:
    """'Title, Clin.' -> ('Title', 'Clin.'): the start of an abbreviated journal name left on the title.

    Only before a journal cut short word by word ('J. Am. Soc. Nephrol'), or before a single word after
    short abbreviations ('J.' + 'Biochem', 'Mol.' + 'Microbiol'): 'Santa Catarina, Brazil.' + 'Nature' stays."""
    m = _ABBREVIATED_TAIL.search(title)
    if m is None or len(title[: m.start()].split()) < _MIN_TITLE_WORDS:
        return None
    start = m.group(1).strip()
    if not _DOTTED_NAME.match(journal) and not (
        " " not in journal.strip() and all(len(word.rstrip(".")) <= 4 for word in start.split())
    ):
        return None
    return title[: m.start()], start


def _titled(words: list[str]) -> bool:
    """Words that read as a title: a lower-case word (no glue word), as a journal's name never has."""
    return any(word.isalpha() and word.islower() and len(word) > 2 and word not in _GLUE for word in words)


def split_after_comma(sentence: str) -> tuple[str, str] | None:
    """'Co-ordinating processes without an orchestrator?, Current Opinion in Plant Biology': Elsevier's comma
    between the title's last sentence and the journal -> (title part, journal), or None."""
    if ", " not in sentence:
        return None
    title, journal = sentence.strip().rstrip(".").rsplit(", ", 1)
    words = journal.split()
    if len(words) > _MAX_JOURNAL_WORDS or not _titled(title.split()) or not _name_like(words):
        return None
    return title, journal
