"""The editor window: section navigator, the section's panel, preview and problems docks.

The window owns one ``Document`` at a time; ``set_document`` swaps it (new,
open, recover) and rebuilds the panels, which are created when first shown.
Commands come from the table in ``actions.py``; their handlers are the
methods below whose names the table gives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from editor.domain.derived import reference_numbers

from . import actions as action_table
from . import interaction
from .docks.preview import PreviewDock
from .docks.problems import ProblemsDock
from .docks.timeline import TimelineDock
from .document import Document
from .keyboard import TabIntoPanel
from .lifecycle import Lifecycle
from .panels.base import Panel
from .sections import SECTIONS, make_panel, section_for
from .settings import Settings

APP_TITLE = "Case Report Editor"
NAVIGATOR_WIDTH = 170
PREVIEW_WIDTH = 330
PROBLEMS_HEIGHT = 150


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self.document: Document | None = None
        self.panels: dict[str, Panel] = {}
        self._pending_section: str | None = None
        self._citation_field: QPlainTextEdit | None = None
        self._closed = False
        self.setAcceptDrops(True)
        self._build_body()
        self.problems = ProblemsDock(self)
        self.preview = PreviewDock(self)
        self.timeline = TimelineDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.timeline)
        self.tabifyDockWidget(self.preview, self.timeline)
        self.preview.raise_()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)  # the preview runs full height
        self._focus_hidden: list[QDockWidget] = []
        self.commands, self.submenus, self.toolbar = action_table.build(self)
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.problems.counts_changed.connect(self._show_counts)
        self.problems.go_to.connect(self.go_to)
        self.timeline.go_to.connect(self.go_to)
        self.problems.rule_switched_off.connect(self._switch_rule_off)
        for dock, action_id in self._dock_actions():
            # toggleViewAction follows the dock, hidden or merely behind a tab
            dock.toggleViewAction().toggled.connect(lambda shown, a=action_id: self.commands[a].setChecked(shown))
        self.lifecycle = Lifecycle(self, self.settings, self)
        self.lifecycle.recent_changed.connect(self._fill_recent_menu)
        self._fill_recent_menu(self.settings.recent_files())
        from .export_menu import fill_export_menu

        fill_export_menu(self, self.submenus["file.export"])
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.set_document(Document())
        self._restore_layout()

    def _build_body(self) -> None:
        self.navigator = QListWidget(self)
        self.navigator.setObjectName("section-navigator")
        self.navigator.setAccessibleName("Sections of the report")
        for sect in SECTIONS:
            item = QListWidgetItem(sect.title, self.navigator)
            item.setData(Qt.ItemDataRole.UserRole, sect.id)
        self.navigator.setMinimumWidth(130)
        self.navigator.setMaximumWidth(220)
        self.navigator.currentRowChanged.connect(lambda row: self.show_section(SECTIONS[row].id) if row >= 0 else None)
        self.stack = QStackedWidget(self)
        self._tab_into_panel = TabIntoPanel(self.navigator, self.stack.currentWidget)
        self.body_splitter = splitter = QSplitter(self)
        splitter.setObjectName("body-splitter")
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([NAVIGATOR_WIDTH, 760])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

    def _restore_layout(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.dock_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if state is None or not self.restoreState(state):
            self.default_layout()
        splitter_state = self.settings.splitter_state()
        if splitter_state is not None:
            self.body_splitter.restoreState(splitter_state)
        for dock, action_id in self._dock_actions():
            self.commands[action_id].setChecked(dock.toggleViewAction().isChecked())

    def default_layout(self) -> None:
        """First start: a slim navigator, a side preview and a low problems list, the panel in between."""
        self.resizeDocks([self.problems], [PROBLEMS_HEIGHT], Qt.Orientation.Vertical)
        self.resizeDocks([self.preview], [max(PREVIEW_WIDTH, self.width() // 4)], Qt.Orientation.Horizontal)
        self.body_splitter.setSizes([NAVIGATOR_WIDTH, max(self.body_splitter.width() - NAVIGATOR_WIDTH, 400)])

    def _dock_actions(self) -> tuple[tuple[QDockWidget, str], ...]:
        return ((self.problems, "view.problems"), (self.preview, "view.preview"), (self.timeline, "view.timeline"))

    # --- the document -----------------------------------------------------------
    def set_document(self, document: Document) -> None:
        """Show ``document``; the previous one and its panels are let go."""
        current = self.current_section()
        old, self.document = self.document, document
        for panel in self.panels.values():
            self.stack.removeWidget(panel)
            panel.deleteLater()
        self.panels.clear()
        self._citation_field = None
        if old is not None:
            old.deleteLater()
        document.setParent(self)
        stack = document.undo_stack
        # bound methods, not lambdas: Qt drops these connections when the window goes
        document.modified_changed.connect(self.setWindowModified)
        document.path_changed.connect(self._update_title)
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)
        stack.indexChanged.connect(self.refresh_actions)
        document.changed.connect(self.refresh_actions)
        self._undo_text_changed("")
        self._redo_text_changed("")
        self.setWindowModified(document.is_modified)
        self._update_title()
        self.problems.set_document(document, self.settings.disabled_rules())
        self.preview.set_document(document)
        self.timeline.set_document(document)
        self._pending_section = current or SECTIONS[0].id
        if self.isVisible():
            self._show_pending_section()
        else:  # the panel is built when the window first shows (opening a file builds it once)
            self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(next(i for i, s in enumerate(SECTIONS) if s.id == self._pending_section))
            self.navigator.blockSignals(False)
        self.refresh_actions()

    def _show_pending_section(self) -> None:
        section, self._pending_section = self._pending_section, None
        if section is not None:
            self.show_section(section)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._show_pending_section()
        super().showEvent(event)

    def _update_title(self, *_path) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*] — {APP_TITLE}")

    def _undo_text_changed(self, text: str) -> None:
        self.commands["edit.undo"].setText(_step("&Undo", text))  # "Undo Edit title"

    def _redo_text_changed(self, text: str) -> None:
        self.commands["edit.redo"].setText(_step("&Redo", text))

    def refresh_actions(self, *_why) -> None:
        action_table.refresh_enabled(self, self.commands)

    # --- sections -----------------------------------------------------------------
    def current_section(self) -> str | None:
        item = self.navigator.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def panel(self, section_id: str) -> Panel:
        """The section's panel, made on first use."""
        if section_id not in self.panels:
            sect = next(s for s in SECTIONS if s.id == section_id)
            self.panels[section_id] = panel = make_panel(sect, self.document, self.stack)
            self.stack.addWidget(panel)
            asks_to_go = getattr(panel, "navigate_requested", None)  # e.g. References: "cited in …"
            if asks_to_go is not None:
                asks_to_go.connect(self.go_to)
        return self.panels[section_id]

    def show_section(self, section_id: str) -> Panel:
        panel = self.panel(section_id)
        self.stack.setCurrentWidget(panel)
        row = next(i for i, s in enumerate(SECTIONS) if s.id == section_id)
        if self.navigator.currentRow() != row:
            self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(row)
            self.navigator.blockSignals(False)
        return panel

    def go_to(self, pointer: str) -> bool:
        """Show the panel owning ``pointer`` and focus its field (for the problems list)."""
        sect = section_for(pointer)
        if sect is None:
            self.statusBar().showMessage("This problem is about the report as a whole; no single field to show.", 5000)
            return False
        panel = self.show_section(sect.id)
        if not panel.focus_path(pointer):
            self.statusBar().showMessage(f"{sect.title}: no field for this problem yet.", 5000)
            return False
        return True

    def next_section(self) -> None:
        self.navigator.setCurrentRow(min(self.navigator.currentRow() + 1, len(SECTIONS) - 1))

    def previous_section(self) -> None:
        self.navigator.setCurrentRow(max(self.navigator.currentRow() - 1, 0))

    def focus_navigator(self) -> None:
        self.navigator.setFocus()

    # --- file commands (handlers named in actions.py) ---------------------------------
    def new_document(self) -> None:
        self.lifecycle.new()

    def new_from_template(self) -> None:
        self.lifecycle.new(from_template=True)

    def open_document(self) -> None:
        self.lifecycle.open()

    def save_document(self) -> None:
        if self.lifecycle.save():
            self.statusBar().showMessage(f"Saved {self.document.path}", 4000)

    def save_document_as(self) -> None:
        if self.lifecycle.save_as():
            self.statusBar().showMessage(f"Saved {self.document.path}", 4000)

    def close_document(self) -> None:
        self.lifecycle.close()

    def quit_application(self) -> None:
        self.close()

    def _fill_recent_menu(self, paths: list[Path]) -> None:
        menu = self.submenus["file.recent"]
        menu.clear()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.lifecycle.open_recent(p))
        menu.setEnabled(bool(paths))
        if paths:
            menu.addSeparator()
            menu.addAction("Clear list", self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._fill_recent_menu([])

    # --- edit and view -------------------------------------------------------------
    def undo(self) -> None:
        self.document.undo_stack.undo()

    def redo(self) -> None:
        self.document.undo_stack.redo()

    def can_undo(self) -> bool:
        return self.document is not None and self.document.undo_stack.canUndo()

    def can_redo(self) -> bool:
        return self.document is not None and self.document.undo_stack.canRedo()

    def find_in_preview(self) -> None:
        self.preview.show()
        self.preview.raise_()
        self.preview.find_field.setFocus()
        self.preview.find_field.selectAll()

    def toggle_problems(self) -> None:
        self._toggle(self.problems)

    def toggle_preview(self) -> None:
        self._toggle(self.preview)

    def toggle_timeline(self) -> None:
        self._toggle(self.timeline)

    def _toggle(self, dock: QDockWidget) -> None:
        """Show a hidden dock (in front of its tab group), hide a shown one."""
        if dock.isHidden():
            dock.show()
            dock.raise_()
        else:
            dock.hide()
        self.commands["view.focus"].setChecked(False)
        self._focus_hidden.clear()

    def toggle_focus_mode(self) -> None:
        """Hide every dock so the panel has the window; again brings back those it hid."""
        if self._focus_hidden:
            for dock in self._focus_hidden:
                dock.show()
            self._focus_hidden.clear()
        else:
            self._focus_hidden = [dock for dock, _ in self._dock_actions() if not dock.isHidden()]
            for dock in self._focus_hidden:
                dock.hide()
        self.commands["view.focus"].setChecked(bool(self._focus_hidden))

    # --- citations -----------------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Remember the last text field with a pointer: Insert ▸ Citation writes there."""
        if isinstance(new, QPlainTextEdit) and self._pointer_of(new):
            self._citation_field = new
            self.refresh_actions()

    def _pointer_of(self, widget: QWidget) -> str | None:
        for panel in self.panels.values():
            if panel.isAncestorOf(widget):
                return panel.binder.pointer_of(widget)
        return None

    def can_insert_citation(self) -> bool:
        return self.document is not None and bool(self.document.report.references)

    def insert_citation(self) -> bool:
        from .widgets.citation_picker import insert_marker

        field = self._citation_field
        pointer = self._pointer_of(field) if field is not None else None
        if pointer is None:
            interaction.current.show_info(self, "Insert citation", "Click in a text field (for example the "
                                          "Discussion) where the citation belongs, then choose Insert ▸ Citation.")
            return False
        report = self.document.report
        ids = interaction.current.pick_citation(self, report.references, numbers=reference_numbers(report))
        if not ids:
            return False
        insert_marker(self.document, field, pointer, ids)
        return True

    # --- tools and help ------------------------------------------------------------------
    def validate_now(self) -> None:
        self.problems.validate_now()
        self.problems.show()

    def choose_rules(self) -> None:
        from editor.validation import all_rules

        chosen = interaction.current.choose_rules(self, all_rules(), self.settings.disabled_rules())
        if chosen is not None:
            self._set_disabled(chosen)

    def _switch_rule_off(self, rule_id: str) -> None:
        self._set_disabled(self.settings.disabled_rules() | {rule_id})
        self.statusBar().showMessage(f"Rule {rule_id} switched off (Tools ▸ Validation rules switches it on).", 6000)

    def _set_disabled(self, rule_ids: frozenset[str]) -> None:
        self.settings.set_disabled_rules(rule_ids)
        self.problems.set_disabled(frozenset(rule_ids))

    def show_about(self) -> None:
        interaction.current.show_info(self, "About Case Report Editor",
                                      "Case Report Editor drafts, checks and exports structured medical case "
                                      "reports along the CARE guidelines.")

    def _show_counts(self, errors: int, warnings: int) -> None:
        self.counts_label.setText(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")

    # --- window events -----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closed:
            event.accept()
            return
        if not self.lifecycle.shutdown():
            event.ignore()
            return
        self._closed = True
        self.settings.set_geometry(self.saveGeometry())
        if self._focus_hidden:  # remember the docks as they were before focus mode
            for dock in self._focus_hidden:
                dock.show()
        self.settings.set_dock_state(self.saveState())
        self.settings.set_splitter_state(self.body_splitter.saveState())
        self.settings.sync()
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_report(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_report(event)
        if path is not None:
            event.acceptProposedAction()
            self.lifecycle.open(path)


def _step(verb: str, text: str) -> str:
    return f"{verb} {text}" if text else verb


def _dropped_report(event: QDropEvent | QDragEnterEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    local = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return local[0] if len(local) == 1 and local[0].name.endswith(".json") else None
