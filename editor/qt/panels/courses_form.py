"""The form for one treatment course: what was given, how much, when, and why it stopped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from editor.domain import derived, units
from editor.domain.operations import Change, plan_set_value
from editor.domain.treatment import CourseKind, DoseBasis, Intent, Route, StopReason

from ..document import Document
from ..models.courses import anchor_choices, cumulative_mismatch, words
from ..widgets.drug_completer import agent_completer, is_procedure
from ..widgets.frequency_edit import FrequencyEdit
from ..widgets.quantity_edit import QuantityEdit
from ..widgets.refusal import CheckedSpinBox
from ..widgets.timepoint_edit import TimePointEditor
from .binding import Binder
from .field_names import name_fields
from .list_section import item_at
from .forms import narrow_form

# a dose unit that says its basis: "mg/m²" is per m² body surface, "mg/kg" per kg body weight
BASIS_OF_DIMENSION = {dimension: DoseBasis(basis) for basis, dimensions in units.DOSE_BASIS_DIMENSIONS.items()
                      if basis != DoseBasis.FIXED for dimension in dimensions}
BASIS_LABELS = {DoseBasis.FIXED: "fixed dose", DoseBasis.PER_KG: "per kg body weight",
                DoseBasis.PER_M2: "per m² body surface"}


def choices(enum, labels: dict | None = None, not_stated: bool = True) -> list[tuple[str, object]]:
    labels = labels or {}
    head = [("not stated", None)] if not_stated else []
    return head + [(labels.get(member, words(member)), member) for member in enum]


def count_spin(maximum: int, tip: str, name: str = "") -> QSpinBox:
    """A spin box whose lowest value reads "not stated" (and stores nothing); it says when it refuses text."""
    spin = CheckedSpinBox()
    spin.setAccessibleName(name)
    spin.setRange(0, maximum)
    spin.setSpecialValueText("not stated")
    spin.setToolTip(tip)
    return spin


def note_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(56)
    return edit


class CourseForm(QWidget):
    """Bound to the selected course through the panel's binder (``binder.set_base``)."""

    dose_edited = Signal(object)  # a dose edit the binder records (one that does not also set the basis)

    def __init__(self, document: Document, binder: Binder, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.binder = binder
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self._what_box())
        layout.addWidget(self._dose_box())
        layout.addWidget(self._time_box())
        layout.addWidget(self._therapy_box())
        layout.addStretch(1)
        for form in self.findChildren(QFormLayout):  # the Response box and every other field named
            name_fields(form)
        document.changed.connect(self._document_changed)

    def _box(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        form = narrow_form(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _what_box(self) -> QGroupBox:
        box, form = self._box("What was given")
        self.agent = QLineEdit()
        self.agent.setPlaceholderText("generic name, e.g. rituximab, or a procedure such as haemodialysis")
        self.agent.setCompleter(agent_completer(self.agent))
        self.agent.completer().activated.connect(self._agent_chosen)
        self.agent.editingFinished.connect(lambda: self._agent_chosen(self.agent.text()))
        self.kind = QComboBox()
        self.drug_class = QLineEdit()
        self.drug_class.setPlaceholderText("e.g. calcineurin inhibitor")
        self.route = QComboBox()
        form.addRow("&Agent", self.agent)
        form.addRow("&Kind", self.kind)
        form.addRow("Drug &class", self.drug_class)
        form.addRow("&Route", self.route)
        self.binder.bind_line(self.agent, "/agent")
        self.binder.bind_combo(self.kind, "/kind", choices(CourseKind, not_stated=False))
        self.binder.bind_line(self.drug_class, "/drug_class")
        self.binder.bind_combo(self.route, "/route", choices(Route))
        return box

    def _dose_box(self) -> QGroupBox:
        box, form = self._box("How much")
        self.dose = QuantityEdit(units.dose_codes(), placeholder="dose, e.g. 500")
        self.dose_basis = QComboBox()
        self.frequency = FrequencyEdit()
        self.number_of_doses = count_spin(100000, "How many doses were given", "The number of doses")
        self.cumulative_dose = QuantityEdit(units.dose_codes(), placeholder="as reported")
        self.derived = QLabel()
        self.derived.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.derived.setWordWrap(True)
        self.mismatch = QLabel()
        self.mismatch.setWordWrap(True)
        self.mismatch.setStyleSheet("color: #a35a00; font-weight: bold;")
        self.mismatch.setVisible(False)
        form.addRow("&Dose", self.dose)
        form.addRow("Dose &basis", self.dose_basis)
        form.addRow("&Frequency", self.frequency)
        form.addRow("&Number of doses", self.number_of_doses)
        form.addRow("Cumulative\n(re&ported)", self.cumulative_dose)
        form.addRow("Cumulative\n(derived)", self.derived)
        form.addRow("", self.mismatch)
        self.dose.quantity_edited.connect(self._dose_edited)
        self.binder.bind_value(self.dose, "/dose", self.dose.set_quantity, self.dose_edited, merge=True)
        self.binder.bind_combo(self.dose_basis, "/dose_basis", choices(DoseBasis, BASIS_LABELS))
        self.binder.bind_value(self.frequency, "/frequency", self.frequency.set_frequency,
                               self.frequency.frequency_edited)
        self.binder.bind_spin(self.number_of_doses, "/number_of_doses")
        self.binder.bind_value(self.cumulative_dose, "/cumulative_dose", self.cumulative_dose.set_quantity,
                               self.cumulative_dose.quantity_edited, merge=True)
        return box

    def _time_box(self) -> QGroupBox:
        box, form = self._box("When")
        self.start = TimePointEditor(self._anchors)
        self.end = TimePointEditor(self._anchors)
        form.addRow("&Start", self.start)
        form.addRow("&End", self.end)
        self.binder.bind_value(self.start, "/start", self.start.set_time_point, self.start.time_edited, merge=True)
        self.binder.bind_value(self.end, "/end", self.end.set_time_point, self.end.time_edited, merge=True)
        return box

    def _therapy_box(self) -> QGroupBox:
        box, form = self._box("Line of therapy and result")
        self.line = count_spin(99, "1 = first line of therapy", "The line of therapy")
        self.regimen = QLineEdit()
        self.regimen.setPlaceholderText("shared by courses given together, e.g. MMF + cyclosporine A")
        self.intent = QComboBox()
        self.stop_reason = QComboBox()
        self.response = note_edit("the response in the report's words")
        self.note = note_edit("anything else about this course")
        form.addRow("&Line", self.line)
        form.addRow("Re&gimen", self.regimen)
        form.addRow("&Intent", self.intent)
        form.addRow("Sto&p reason", self.stop_reason)
        form.addRow("Res&ponse", self.response)
        form.addRow("N&ote", self.note)
        self.binder.bind_spin(self.line, "/line")
        self.binder.bind_line(self.regimen, "/regimen")
        self.binder.bind_combo(self.intent, "/intent", choices(Intent))
        self.binder.bind_combo(self.stop_reason, "/stop_reason", choices(StopReason))
        self.binder.bind_text(self.response, "/response")
        self.binder.bind_text(self.note, "/note")
        return box

    # --- behaviour ------------------------------------------------------------
    def course(self):
        return item_at(self.document, self.binder.base)

    def _anchors(self, only: str | None = None) -> list[tuple[str, str]]:
        course = self.course()
        return anchor_choices(self.document.report, exclude=course.id if course else None, only=only)

    def _agent_chosen(self, name: str) -> None:
        """A listed procedure makes the course a procedure (a separate, undoable step)."""
        course = self.course()
        if course is not None and is_procedure(name) and course.kind != CourseKind.PROCEDURE:
            self.document.set_value(self.binder.base + "/kind", CourseKind.PROCEDURE,
                                    text="Mark course as a procedure")

    def _dose_edited(self, dose) -> None:
        """A new per-kg or per-m² unit sets a "not stated" dose basis to match, in the same undo step.

        Only a change of unit does it, and only from "not stated": a basis the
        person chose (or set back to "not stated") stays, and a basis never
        changes the unit.
        """
        course = self.course()
        unit = units.lookup(dose.unit if dose is not None else None)
        basis = BASIS_OF_DIMENSION.get(unit.dimension) if unit is not None else None
        old_unit = course.dose.unit if course is not None and course.dose is not None else None
        if course is None or basis is None or course.dose_basis is not None or unit.code == old_unit:
            self.dose_edited.emit(dose)
            return
        base = self.binder.base
        report = self.document.report
        self.document.push_batch([plan_set_value(report, path=base + "/dose", value=dose),
                                  plan_set_value(report, path=base + "/dose_basis", value=basis)],
                                 f"Set dose unit to {unit.code} ({BASIS_LABELS[basis]})")

    def show_derived(self) -> None:
        """The derived cumulative dose, live, and a warning when the reported one disagrees."""
        course = self.course()
        total = derived.cumulative_dose(course) if course is not None else None
        self.derived.setText(total.display() if total else "needs dose, unit and number of doses")
        self.derived.setEnabled(total is not None)
        mismatch = course is not None and cumulative_mismatch(course)
        if mismatch:
            self.mismatch.setText(f"⚠ The reported cumulative dose ({course.cumulative_dose.display()}) "
                                  f"differs from dose × number of doses ({total.display()}).")
        self.mismatch.setVisible(mismatch)

    def _document_changed(self, change: Change) -> None:
        base = self.binder.base
        if base and any(p.startswith(base) or base.startswith(p) for p in change.paths()):
            self.show_derived()
