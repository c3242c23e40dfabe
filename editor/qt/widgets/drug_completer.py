"""Agent names for treatment courses: the shipped list in ``resources/drugs.txt``.

The list holds generic drug names, then (after the ``# procedures`` comment)
procedures such as haemodialysis; picking one of those makes the course a
procedure.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from editor.resources import resource

DRUGS_FILE = resource("drugs.txt")
_PROCEDURES_MARK = "# procedures"


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[str, ...], frozenset[str]]:
    names: list[str] = []
    procedures: set[str] = set()
    in_procedures = False
    try:
        lines = DRUGS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return (), frozenset()  # no list shipped: typing still works, without completion
    for line in lines:
        line = line.strip()
        if line.lower() == _PROCEDURES_MARK:
            in_procedures = True
        if not line or line.startswith("#"):
            continue
        names.append(line)
        if in_procedures:
            procedures.add(line.lower())
    return tuple(sorted(set(names), key=str.lower)), frozenset(procedures)


def agent_names() -> list[str]:
    """Every drug and procedure name, sorted without regard to case."""
    return list(_load()[0])


def is_procedure(name: str | None) -> bool:
    """Whether ``name`` is one of the listed procedures (haemodialysis, plasma exchange, ...)."""
    return bool(name) and name.strip().lower() in _load()[1]


def agent_completer(parent: QWidget | None = None) -> QCompleter:
    """A completer that offers names containing what was typed, whatever the case."""
    completer = QCompleter(parent)
    completer.setModel(QStringListModel(agent_names(), completer))  # owned by the completer, not collected
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer
