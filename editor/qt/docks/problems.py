"""The problems dock: findings of validation, kept up to date as the person types.

Validation reruns 300 ms after the last edit (``Validator.revalidate`` reruns
only the rules that read what changed). Double-click or Enter on a finding
asks the window to show its field (``go_to``); the context menu applies a
finding's quick fix as one undoable step, or switches its rule off.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QMenu,
    QStyle,
    QTableView,
    QWidget,
)

from editor.domain import operations as ops
from editor.domain.derived import reference_name
from editor.domain.operations import Change
from editor.validation import Finding, Severity, Validator, all_rules
from editor.validation.citations import citation_numbers

from ..document import Document
from ..first_paint import run_after_paint
from ..widgets.finding_highlighter import findings_feed

FindingRole = Qt.ItemDataRole.UserRole + 1
SEVERITY_TEXT = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"}
SEVERITY_COLOUR = {Severity.ERROR: QColor("#b00020"), Severity.WARNING: QColor("#8a5a00"),
                   Severity.INFO: QColor("#2a5db0")}
SEVERITY_ICON = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                 Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                 Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}
DEBOUNCE_MS = 300


def quick_fix_text(finding: Finding) -> str:
    """The menu entry of a finding's fix: its own words ("Remove", "Replace with 'day 3'") when it has them."""
    return f"Quick fix: {finding.fix_label}" if finding.fix_label else "Apply quick fix"


def readable_path(pointer: str, references: dict[int, str] | None = None) -> str:
    """/metadata/authors/0/orcid -> "metadata › authors 1 › orcid" (rows counted from 1).

    A reference is named as the References panel numbers it, from ``references`` (stored
    position -> name, see ``reference_names``): "Reference 7 (Maschio G 1996) › et al".
    """
    head, _, rest = pointer.strip("/").partition("/")
    if head == "references" and references:
        index, _, inside = rest.partition("/")
        if index.isdigit() and int(index) in references:
            return " › ".join(p for p in (references[int(index)], readable_path(inside) if inside else "") if p)
    parts: list[str] = []
    for part in pointer.strip("/").split("/"):
        if part.isdigit() and parts:
            parts[-1] = f"{parts[-1]} {int(part) + 1}"
        elif part:
            parts.append(part.replace("_", " "))
    return " › ".join(parts) or "whole report"


def reference_names(report, findings: list[Finding]) -> dict[int, str]:
    """The name of each reference the findings point into, by stored position, as the messages name it."""
    refs = report.references
    indices = {int(index) for f in findings if f.path.startswith("/references/")
               for index in [f.path.split("/", 3)[2]] if index.isdigit() and int(index) < len(refs)}
    if not indices:
        return {}
    numbers = citation_numbers(report)
    return {i: reference_name(refs[i], numbers.get(refs[i].id)) for i in indices}


class FindingTableModel(QAbstractTableModel):
    HEADERS = ("Severity", "Problem", "What to do", "Where")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.references: dict[int, str] = {}  # names for the Where column (``reference_names``)
        self._icons: dict[Severity, object] = {}

    def set_findings(self, findings: list[Finding], references: dict[int, str] | None = None) -> None:
        references = references or {}
        if findings == self.findings:
            if references != self.references and self.findings:
                self.references = references
                self.dataChanged.emit(self.index(0, 3), self.index(len(self.findings) - 1, 3))
            return
        self.beginResetModel()
        self.findings = list(findings)
        self.references = references
        self.endResetModel()

    def counts(self) -> tuple[int, int]:
        errors = sum(f.severity is Severity.ERROR for f in self.findings)
        warnings = sum(f.severity is Severity.WARNING for f in self.findings)
        return errors, warnings

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.findings):
            return None
        finding = self.findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (SEVERITY_TEXT[finding.severity], finding.message, finding.hint,
                    readable_path(finding.path, self.references))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            fix = " A quick fix is in the context menu." if finding.fix else ""
            return f"{finding.message}\n{finding.hint}\nRule {finding.rule} at {finding.path or '/'}.{fix}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(SEVERITY_COLOUR[finding.severity])
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._icon(finding.severity)
        if role == FindingRole:
            return finding
        return None

    def _icon(self, severity: Severity):
        from PySide6.QtWidgets import QApplication

        if severity not in self._icons and isinstance(QApplication.instance(), QApplication):
            self._icons[severity] = QApplication.style().standardIcon(SEVERITY_ICON[severity])
        return self._icons.get(severity)


class FindingView(QTableView):
    """Enter, like a double-click, goes to the finding's field."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # Tab leaves the list; arrow keys move within it
        self.doubleClicked.connect(self._choose)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _choose(self, index: QModelIndex) -> None:
        finding = index.data(FindingRole)
        if finding is not None:
            self.chosen.emit(finding)


class ProblemsDock(QDockWidget):
    go_to = Signal(str)  # JSON Pointer of the finding chosen
    counts_changed = Signal(int, int)  # errors, warnings
    rule_switched_off = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Problems", parent)
        self.setObjectName("problems-dock")
        self.model = FindingTableModel(self)
        self.view = FindingView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.chosen.connect(lambda f: self.go_to.emit(f.path))
        self.setWidget(self.view)
        self.document: Document | None = None
        self.validator: Validator | None = None  # None: the next check is a full one
        self._disabled: frozenset[str] = frozenset()
        self._pending: list[str] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_pending)

    # --- following a document ------------------------------------------------
    def set_document(self, document: Document, disabled: frozenset[str] = frozenset()) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._document_changed)
        self.document = document
        document.changed.connect(self._document_changed)
        self._disabled, self.validator = disabled, None
        self.timer.start(0)  # the first check waits until the window has painted

    def set_disabled(self, disabled: frozenset[str]) -> None:
        """Switch rules off (unknown ids, e.g. of a retired rule, are ignored) and check again."""
        self._disabled, self.validator = disabled, None
        self.validate_now()

    def validate_now(self) -> None:
        self.timer.stop()
        self.timer.setInterval(DEBOUNCE_MS)
        self._pending.clear()
        if self.validator is None:
            known = {r.id for r in all_rules()}
            self.validator = Validator(self._disabled & known)
        if self.document is not None:
            self._show(self.validator.validate(self.document.report))

    def _document_changed(self, change: Change) -> None:
        self._pending.extend(change.paths())
        self.timer.start()  # restarts: validation waits for a pause in typing

    def run_pending(self) -> None:
        if self.validator is None:
            run_after_paint(self, self.validate_now)
            return
        if self.document is None or not self._pending:
            return
        paths, self._pending = self._pending, []
        self._show(self.validator.revalidate(self.document.report, paths))

    def _show(self, findings: list[Finding]) -> None:
        names = reference_names(self.document.report, findings) if self.document is not None else {}
        self.model.set_findings(findings, names)
        self.counts_changed.emit(*self.model.counts())
        if self.document is not None:
            findings_feed(self.document).publish(findings)  # text boxes underline what findings point at

    # --- quick fixes -------------------------------------------------------------
    def _context_menu(self, position) -> None:
        finding = self.view.indexAt(position).data(FindingRole)
        if finding is None:
            return
        self.menu_for(finding).exec(self.view.viewport().mapToGlobal(position))

    def menu_for(self, finding: Finding) -> QMenu:
        """The context menu of one finding: go to its field, its quick fix (greyed when none), switch its rule off."""
        menu = QMenu(self)
        menu.addAction("Go to field", lambda: self.go_to.emit(finding.path))
        fix = menu.addAction(quick_fix_text(finding), lambda: self.apply_fix(finding))
        fix.setEnabled(bool(finding.fix))
        menu.addSeparator()
        menu.addAction(f"Switch off rule {finding.rule}", lambda: self.rule_switched_off.emit(finding.rule))
        return menu

    def apply_fix(self, finding: Finding) -> bool:
        """Apply the finding's fix as one undo step; False when it no longer applies."""
        if not finding.fix or self.document is None:
            return False
        try:
            changes = [ops.plan_set_value(self.document.report, path=p, value=v) for p, v in finding.fix]
        except (ops.OperationError, IndexError, KeyError):
            return False  # the report changed since the finding; revalidation will drop it
        self.document.push_batch(changes, f"Fix: {finding.fix_label or finding.message[:60]}")
        return True
