"""Every command of the window as one table; menus and the toolbar are built from it.

A row names the handler (a method of the main window) and, optionally, the
name of a window method that says whether the command can run now
(``enabled_when``). Rows with ``submenu=True`` become submenus that the window
fills itself (Open Recent, Export); a row with ``parent`` goes into such a
submenu. A handler written "module:function" is a function of another module,
imported when first used and called with the window (File ▸ Import).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

Std = QKeySequence.StandardKey
SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    handler: str = ""
    shortcut: Std | str | None = None
    icon: SP | None = None
    enabled_when: str | None = None
    toolbar: bool = False
    group: int = 0  # a separator goes between groups of one menu
    tip: str = ""
    submenu: bool = False
    checkable: bool = False
    parent: str = ""  # the id of a submenu row above; the action goes into that submenu


MENUS = ("&File", "&Edit", "&View", "&Insert", "&References", "&Tools", "&Help")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("file.new", "&New", "&File", "new_document", Std.New, SP.SP_FileIcon, toolbar=True,
               tip="Start an empty case report"),
    ActionSpec("file.new_template", "New from CARE &template", "&File", "new_from_template", "Ctrl+Shift+N",
               tip="Start a case report laid out along the CARE checklist"),
    ActionSpec("file.open", "&Open…", "&File", "open_document", Std.Open, SP.SP_DialogOpenButton, toolbar=True,
               tip="Open a case report (.case.json)"),
    ActionSpec("file.recent", "Open &Recent", "&File", submenu=True),
    ActionSpec("file.save", "&Save", "&File", "save_document", Std.Save, SP.SP_DialogSaveButton, toolbar=True,
               group=1, tip="Save the case report"),
    ActionSpec("file.save_as", "Save &As…", "&File", "save_document_as", Std.SaveAs, group=1),
    ActionSpec("file.import", "&Import", "&File", submenu=True, group=2),
    ActionSpec("file.import_file", "From &file…", "&File", "editor.qt.dialogs.import_summary:import_from_file",
               parent="file.import", tip="Import a JATS article, a Word manuscript or a plain-text manuscript"),
    ActionSpec("file.import_text", "From &text…", "&File", "editor.qt.dialogs.import_summary:import_from_text",
               parent="file.import", tip="Paste a manuscript and import it as a draft"),
    ActionSpec("file.export", "&Export", "&File", submenu=True, group=2),
    ActionSpec("file.close", "&Close", "&File", "close_document", Std.Close, group=3,
               tip="Close this case report and start an empty one"),
    ActionSpec("file.quit", "&Quit", "&File", "quit_application", Std.Quit, group=3),
    ActionSpec("edit.undo", "&Undo", "&Edit", "undo", Std.Undo, SP.SP_ArrowBack, "can_undo", toolbar=True),
    ActionSpec("edit.redo", "&Redo", "&Edit", "redo", Std.Redo, SP.SP_ArrowForward, "can_redo", toolbar=True),
    ActionSpec("edit.find", "&Find in preview…", "&Edit", "find_in_preview", Std.Find, group=1,
               tip="Search the report as a reader sees it"),
    ActionSpec("edit.preferences", "Pr&eferences…", "&Edit", "choose_rules", Std.Preferences, group=2,
               tip="Switch validation rules on or off"),
    ActionSpec("view.problems", "&Problems", "&View", "toggle_problems", "Ctrl+Shift+P", checkable=True),
    ActionSpec("view.preview", "Pre&view", "&View", "toggle_preview", "Ctrl+Shift+V", checkable=True),
    ActionSpec("view.timeline", "&Timeline", "&View", "toggle_timeline", "Ctrl+Shift+T", checkable=True,
               tip="Courses and outcomes drawn to scale in time"),
    ActionSpec("view.focus", "&Focus mode", "&View", "toggle_focus_mode", "F11", checkable=True,
               tip="Hide the docks so the section has the whole window (again to bring them back)"),
    ActionSpec("view.next_section", "&Next section", "&View", "next_section", "Ctrl+PgDown", group=1),
    ActionSpec("view.previous_section", "P&revious section", "&View", "previous_section", "Ctrl+PgUp", group=1),
    ActionSpec("view.navigator", "Go to &section list", "&View", "focus_navigator", "Ctrl+L", group=1),
    ActionSpec("insert.citation", "&Citation…", "&Insert", "insert_citation", "Ctrl+Shift+C",
               SP.SP_FileDialogContentsView, "can_insert_citation", toolbar=True,
               tip="Cite a reference at the cursor of the text you are writing"),
    ActionSpec("references.paste", "&Paste references…", "&References",
               "editor.qt.reference_commands:paste_references", "Ctrl+Shift+R",
               tip="Paste a reference list (Vancouver or another style); each is read and can be corrected"),
    ActionSpec("references.duplicates", "Find &duplicates…", "&References",
               "editor.qt.reference_commands:find_duplicates", tip="Likely duplicate references, merged in one step"),
    ActionSpec("references.import", "&Import from a reference manager…", "&References",
               "editor.qt.reference_commands:import_references", group=1,
               tip="Add references from RIS, BibTeX, PubMed/MEDLINE or CSL-JSON"),
    ActionSpec("references.export", "&Export for a reference manager…", "&References",
               "editor.qt.reference_commands:export_references", group=1,
               tip="Write the reference list as RIS, BibTeX, PubMed/MEDLINE or CSL-JSON"),
    ActionSpec("tools.validate", "&Check now", "&Tools", "validate_now", "F7", SP.SP_DialogApplyButton,
               tip="Run every enabled rule over the whole report"),
    ActionSpec("tools.rules", "Validation &rules…", "&Tools", "choose_rules",
               tip="Switch individual rules on or off"),
    ActionSpec("tools.duplicates", "Find duplicate &references…", "&Tools",
               "editor.qt.reference_commands:find_duplicates", group=1,
               tip="Likely duplicate references shown side by side, merged in one undoable step"),
    ActionSpec("help.about", "&About Case Report Editor", "&Help", "show_about"),
)


def build(window: QMainWindow) -> tuple[dict[str, QAction], dict[str, QMenu], QToolBar]:
    """Create the actions, menus and toolbar of ``window`` from ``ACTIONS``."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {title: window.menuBar().addMenu(title) for title in MENUS}
    submenus: dict[str, QMenu] = {}
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("main-toolbar")
    last_group: dict[str, int] = {}
    for spec in ACTIONS:
        if spec.parent:  # inside a submenu built from an earlier row
            actions[spec.id] = action = _action(window, spec)
            submenus[spec.parent].addAction(action)
            continue
        menu = menus[spec.menu]
        if spec.menu in last_group and last_group[spec.menu] != spec.group:
            menu.addSeparator()
        last_group[spec.menu] = spec.group
        if spec.submenu:
            submenus[spec.id] = menu.addMenu(spec.text)
            continue
        actions[spec.id] = action = _action(window, spec)
        menu.addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
    return actions, submenus, toolbar


def _action(window: Any, spec: ActionSpec) -> QAction:
    action = QAction(spec.text, window)
    action.setObjectName(spec.id)
    if spec.shortcut is not None:
        action.setShortcuts(QKeySequence.keyBindings(spec.shortcut) if isinstance(spec.shortcut, Std)
                            else [QKeySequence(spec.shortcut)])
    if spec.icon is not None:
        action.setIcon(window.style().standardIcon(spec.icon))
    if spec.tip:
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip)
    action.setCheckable(spec.checkable)
    if ":" in spec.handler:  # "module:function", imported when first used and called with the window
        module, _, function = spec.handler.partition(":")
        action.triggered.connect(lambda checked=False: getattr(importlib.import_module(module), function)(window))
        return action
    handler = getattr(window, spec.handler)
    action.triggered.connect(lambda checked=False: handler())
    return action


def refresh_enabled(window: Any, actions: dict[str, QAction]) -> None:
    """Enable each action whose ``enabled_when`` predicate holds now."""
    for spec in ACTIONS:
        if spec.enabled_when and spec.id in actions:
            actions[spec.id].setEnabled(bool(getattr(window, spec.enabled_when)()))
