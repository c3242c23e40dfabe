"""The References menu: the reference list's commands, reachable from any section.

Each shows the References section first, so the person sees the list the
command changes, then runs the panel's own command (the same as its buttons).
"""

from __future__ import annotations


def _panel(window):
    return window.show_section("references")


def paste_references(window) -> None:
    _panel(window).paste_references()


def find_duplicates(window) -> None:
    _panel(window).find_duplicates()


def import_references(window) -> None:
    _panel(window).import_references()


def export_references(window) -> None:
    _panel(window).export_references()
