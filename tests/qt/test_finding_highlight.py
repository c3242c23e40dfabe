"""Narrative text boxes underline what de-identification findings point at; the quick fix removes it in one undo."""

from PySide6.QtGui import QTextCharFormat

from editor.qt.docks.problems import quick_fix_text

from .window_support import *  # noqa: F401,F403 - fixtures

TYPED = "Seen by Dr Smith on 12/03/2021, MRN 12345678"


def _history_box(window):
    panel = window.show_section("patient")
    box = panel.medical_history
    return box, box._finding_highlighter


def _type_history(window, qtbot):
    box, highlighter = _history_box(window)
    box.selectAll()
    box.setFocus()
    qtbot.keyClicks(box, TYPED)
    # validation waits for a pause in typing, then the box marks the ranges
    qtbot.waitUntil(lambda: len(highlighter.ranges) == 3, timeout=3000)
    return box, highlighter


def _underlined(box, position: int) -> bool:
    block = box.document().findBlock(position)
    offset = position - block.position()
    return any(r.start <= offset < r.start + r.length
               and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
               for r in block.layout().formats())


def test_typed_identifiers_are_underlined_with_their_message(sample_window, qtbot):
    box, highlighter = _type_history(sample_window, qtbot)
    marked = [TYPED[start:end] for start, end, _ in highlighter.ranges]
    assert marked == ["Dr Smith", "12/03/2021", "MRN 12345678"]
    for word in ("Smith", "2021", "12345678"):
        assert _underlined(box, TYPED.index(word))
    assert not _underlined(box, TYPED.index("Seen"))
    name = highlighter.range_at(TYPED.index("Smith"))[2]
    assert name.rule == "deid.identifier" and "name" in name.message  # the tooltip's text


def test_typing_before_a_mark_moves_it_with_its_words(sample_window, qtbot):
    box, highlighter = _type_history(sample_window, qtbot)
    cursor = box.textCursor()
    cursor.setPosition(0)
    box.setTextCursor(cursor)
    qtbot.keyClicks(box, "Today ")
    text = box.toPlainText()
    assert [text[s:e] for s, e, _ in highlighter.ranges] == ["Dr Smith", "12/03/2021", "MRN 12345678"]


def test_quick_fix_removes_the_record_number_in_one_undo_step(sample_window, qtbot):
    box, highlighter = _type_history(sample_window, qtbot)
    record = next(f for _, _, f in highlighter.ranges if "record" in f.message)
    date = next(f for _, _, f in highlighter.ranges if f.rule == "deid.care-date")
    assert quick_fix_text(record) == "Quick fix: Remove the record number"
    assert quick_fix_text(date).startswith("Quick fix: ")
    stack = sample_window.document.undo_stack
    steps = stack.count()
    assert sample_window.problems.apply_fix(record)
    assert box.toPlainText() == "Seen by Dr Smith on 12/03/2021, [removed]"
    assert stack.count() == steps + 1
    qtbot.waitUntil(lambda: len(highlighter.ranges) == 2, timeout=3000)
    stack.undo()
    assert box.toPlainText() == TYPED
    qtbot.waitUntil(lambda: len(highlighter.ranges) == 3, timeout=3000)
