"""The CARE checklist view shows every item's whole text: wrapped, rows as tall as they need, nothing elided."""

from PySide6.QtCore import QRect, Qt

from .test_care_panel import make_panel


def _needed_height(panel, item, column: int) -> int:
    tree = panel.tree
    width = tree.columnWidth(column) - 12
    if column == 0:
        width -= tree.indentation() * (2 if item.parent() else 1)
    return tree.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap,
                                           item.text(column)).height()


def test_every_item_text_fits_its_row(qtbot):
    _, panel = make_panel(qtbot)
    panel.resize(760, 700)
    panel.show()
    qtbot.waitExposed(panel)
    for top in range(panel.tree.topLevelItemCount()):
        panel.tree.topLevelItem(top).setExpanded(True)
    tall = 0
    line = panel.tree.fontMetrics().lineSpacing()
    for item in panel.items():
        rect = panel.tree.visualItemRect(item)
        for column in (0, 2):
            assert rect.height() >= _needed_height(panel, item, column), item.text(column)
        tall += rect.height() >= 2 * line
    assert tall >= 5  # the long sub-item descriptions (5c, 8a, 9b, ...) take two or three lines


def test_narrower_view_rewraps_into_taller_rows(qtbot):
    _, panel = make_panel(qtbot)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    item = panel.item_for("5c")
    wide = panel.tree.visualItemRect(item).height()
    panel.resize(520, 700)
    qtbot.waitUntil(lambda: panel.tree.visualItemRect(item).height() > wide, timeout=2000)
    assert panel.tree.visualItemRect(item).height() >= _needed_height(panel, item, 0)
