"""A report whose text already holds an identifier keeps that text when its panel is first opened.

Panels are built on first visit; by then validation has published a finding with a
character range in that field. Opening the panel must show and mark the text, never
replace it with the empty box it starts as.
"""

import json

from .window_support import *  # noqa: F401,F403 - fixtures
from .window_support import SAMPLE, wait_for_docks

NAMED = "Mrs Jane Doe (MRN 4451-223) presented with oedema of both legs."


def test_opening_a_panel_keeps_text_that_has_an_identifier(window, tmp_path, qtbot):
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["abstract"]["case_presentation"] = NAMED
    path = tmp_path / "named.case.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert window.lifecycle.open(path)
    wait_for_docks(qtbot, window)
    window.validate_now()
    assert any(f.rule == "deid.identifier" and f.path == "/abstract/case_presentation"
               for f in window.problems.model.findings)

    panel = window.show_section("abstract")
    qtbot.wait(50)

    assert window.document.report.abstract.case_presentation == NAMED
    assert panel.case_presentation.toPlainText() == NAMED
    assert window.document.undo_stack.count() == 0 and window.document.undo_stack.isClean()
    highlighter = panel.case_presentation._finding_highlighter
    assert (0, len("Mrs Jane Doe")) in [(start, end) for start, end, _ in highlighter.ranges]
