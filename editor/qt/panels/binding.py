"""Bind form widgets to fields of the document, both ways, through the undo stack.

A ``Binder`` belongs to one panel. Each binding names a field by a JSON Pointer
relative to the binder's ``base`` ("" for the report, "/treatment_courses/3"
for the selected course in a form). Typing edits the document (one merged undo
step per field); undo, redo and other edits update the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit,
                               QSpinBox, QTextEdit, QWidget)

from editor.domain.operations import Change, OperationError

from ..document import Document
from ..widgets.finding_highlighter import FindingHighlighter
from ..widgets import template_text
from ..widgets.refusal import clear_refusal, show_refusal, tell_status


@dataclass
class Binding:
    widget: QWidget
    field: str
    to_widget: Callable[[Any], None]
    parse: Callable[[str], Any] | None = None


class Binder:
    def __init__(self, document: Document, base: str = ""):
        self.document = document
        self.base = base
        self.bindings: list[Binding] = []
        self._updating = False
        self._source: Binding | None = None  # the binding being typed in: not rewritten under the cursor
        # a refused value: (field's widget, message); by default a note beside the field and the status bar
        self.on_error: Callable[[QWidget, str], None] | None = show_refusal
        self._pending: dict[int, str] = {}  # refusals of fields still being typed in, shown when typing ends
        document.changed.connect(self._document_changed)

    def pointer(self, binding: Binding) -> str:
        return self.base + binding.field

    def set_base(self, base: str) -> None:
        self.base = base
        self._pending.clear()
        for binding in self.bindings:  # another item: earlier refusals are about the last one
            clear_refusal(binding.widget)
        self.refresh()
        for binding in self.bindings:  # the new item's findings marked in its texts
            highlighter = getattr(binding.widget, "_finding_highlighter", None)
            if highlighter is not None:
                highlighter.refresh()

    # --- binding widgets ------------------------------------------------------
    def bind_line(self, widget: QLineEdit, field: str, parse: Callable[[str], Any] | None = None,
                  show: Callable[[Any], str] | None = None) -> Binding:
        show = show or (lambda v: "" if v is None else str(v))

        def to_widget(value: Any) -> None:
            text = show(value)
            if widget.text() != text:
                widget.setText(text)
                if not widget.hasFocus():
                    widget.setCursorPosition(0)  # a long title shows its beginning

        binding = Binding(widget, field, to_widget, parse)
        widget.textEdited.connect(lambda text: self._commit(binding, text))
        widget.editingFinished.connect(lambda: self._typing_done(binding))
        template_text.watch(widget)  # a template's "Replace this: …" goes at the first key typed
        return self._add(binding)

    def bind_text(self, widget: QPlainTextEdit | QTextEdit, field: str) -> Binding:
        def to_widget(value: Any) -> None:
            text = value or ""
            if widget.toPlainText() != text:
                position = widget.textCursor().position()
                widget.setPlainText(text)
                cursor = widget.textCursor()  # keep the writer's place (undo, citations)
                cursor.setPosition(min(position, len(text)))
                widget.setTextCursor(cursor)

        binding = Binding(widget, field, to_widget)
        widget.textChanged.connect(lambda: self._commit(binding, widget.toPlainText()))
        template_text.watch(widget)
        self._add(binding)
        # underline what findings point at in this text (names, dates, record numbers). Only once the text is
        # loaded: marking emits textChanged, which on a still-empty box would write "" over the field.
        FindingHighlighter.attach(widget, self.document, lambda: "" if self.base is None else self.pointer(binding))
        return binding

    def bind_combo(self, widget: QComboBox, field: str, choices: list[tuple[str, Any]]) -> Binding:
        """``choices`` are (label, value); the first may be ("", None) for "not stated"."""
        widget.clear()
        for label, value in choices:
            widget.addItem(label, value)

        def to_widget(value: Any) -> None:
            raw = getattr(value, "value", value)
            for i in range(widget.count()):
                if getattr(widget.itemData(i), "value", widget.itemData(i)) == raw:
                    widget.setCurrentIndex(i)
                    return
            widget.setCurrentIndex(0 if widget.count() else -1)

        binding = Binding(widget, field, to_widget)
        # merged: arrow keys on a closed combo pick each entry in turn, and that is one choice, not five
        widget.activated.connect(lambda i: self._commit(binding, widget.itemData(i), raw=True, merge=True))
        return self._add(binding)

    def bind_spin(self, widget: QSpinBox | QDoubleSpinBox, field: str) -> Binding:
        """The spin box's minimum is shown as its special text and means "not stated"."""
        def to_widget(value: Any) -> None:
            widget.setValue(widget.minimum() if value is None else value)

        binding = Binding(widget, field, to_widget)
        widget.valueChanged.connect(
            lambda v: self._commit(binding, None if v == widget.minimum() else v, raw=True, merge=True))
        self._watch_refusals(widget, binding)
        return self._add(binding)

    def bind_check(self, widget: QCheckBox, field: str) -> Binding:
        binding = Binding(widget, field, lambda v: widget.setChecked(bool(v)))
        widget.toggled.connect(lambda checked: self._commit(binding, checked, raw=True))
        return self._add(binding)

    def bind_value(self, widget: QWidget, field: str, to_widget: Callable[[Any], None],
                   signal: Any, merge: bool = False) -> Binding:
        """Bind a composite editor (a dose, a time point) that emits its whole value.

        ``signal`` carries the new value (a ``Quantity``, ``TimePoint`` or None);
        ``merge=True`` joins consecutive edits of the field into one undo step.
        """
        binding = Binding(widget, field, to_widget)
        signal.connect(lambda value: self._commit(binding, value, raw=True, merge=merge))
        self._watch_refusals(widget, binding)
        return self._add(binding)

    def _watch_refusals(self, widget: QWidget, binding: Binding) -> None:
        """Editors that refuse what is typed (a grade 7, a dose "five") say so through ``refused``."""
        refused = getattr(widget, "refused", None)
        if refused is not None:
            refused.connect(lambda message: self._refuse(binding, message))

    def _refuse(self, binding: Binding, message: str) -> None:
        if self.on_error is None or self.base is None or self._updating:
            return
        if isinstance(binding.widget, QLineEdit) and binding.widget.hasFocus():
            # still typing ("2", "20", … on the way to "2015"): the status bar now, the note when done
            self._pending[id(binding)] = message
            tell_status(binding.widget, message)
            return
        self.on_error(binding.widget, message)

    def _typing_done(self, binding: Binding) -> None:
        message = self._pending.pop(id(binding), None)
        if message is not None and self.on_error is not None:
            self.on_error(binding.widget, message)

    def _add(self, binding: Binding) -> Binding:
        self.bindings.append(binding)
        self._show(binding)
        return binding

    # --- both directions --------------------------------------------------------
    def _commit(self, binding: Binding, value: Any, raw: bool = False, merge: bool | None = None) -> None:
        if self._updating or self.base is None:
            return
        self._source = binding  # the widget typed in keeps its text as typed ("6 mo" is not rewritten)
        try:
            if not raw:
                value = binding.parse(value) if binding.parse else (value if value.strip() else None)
            self.document.set_value(self.pointer(binding), value, merge=(not raw) if merge is None else merge)
            self._pending.pop(id(binding), None)
            clear_refusal(binding.widget)
        except (ValueError, OperationError) as exc:
            self._refuse(binding, _plain(exc))
        finally:
            self._source = None

    def _show(self, binding: Binding) -> None:
        self._updating = True
        try:
            binding.to_widget(self.document.get(self.pointer(binding)) if self.base is not None else None)
        except (IndexError, KeyError, OperationError):
            binding.to_widget(None)
        finally:
            self._updating = False

    def refresh(self) -> None:
        for binding in self.bindings:
            self._show(binding)

    def _document_changed(self, change: Change) -> None:
        paths = change.paths()
        for binding in self.bindings:
            pointer = self.pointer(binding) if self.base is not None else None
            if binding is self._source:
                continue
            if pointer and any(pointer.startswith(p) or p.startswith(pointer) for p in paths):
                self._show(binding)

    # --- problems list -----------------------------------------------------------
    def widget_for(self, pointer: str) -> QWidget | None:
        """The widget bound to ``pointer`` or to its nearest bound ancestor."""
        best: Binding | None = None
        for binding in self.bindings:
            bound = self.pointer(binding)
            if pointer == bound or pointer.startswith(bound + "/"):
                if best is None or len(bound) > len(self.pointer(best)):
                    best = binding
        return best.widget if best else None

    def pointer_of(self, widget: QWidget) -> str | None:
        """The pointer of the field ``widget`` edits, or None when it is not bound here."""
        for binding in self.bindings:
            if binding.widget is widget and self.base is not None:
                return self.pointer(binding)
        return None

    def focus(self, pointer: str) -> bool:
        widget = self.widget_for(pointer)
        if widget is None:
            return False
        widget.setFocus()
        return True


def _plain(exc: Exception) -> str:
    """A refusal in a sentence: pydantic's own wording is cut to its first line."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else "this value cannot be used here"
    return text[0].upper() + text[1:]
