"""The preview dock: the report as a reader sees it, escaped, with numbered citations; follows edits."""

from .window_support import *  # noqa: F401,F403 - fixtures


def test_preview_shows_the_report_with_vancouver_references(sample_window):
    text = sample_window.preview.browser.toPlainText()
    assert "Intravenous Rituximab" in text
    assert "Kim JS" in text  # the first reference, formatted


def test_preview_follows_an_edit_after_a_pause(sample_window, qtbot):
    browser = sample_window.preview.browser
    sample_window.document.set_value("/discussion", "Rituximab helped <script>alert(1)</script> [@ref-3].")
    assert "Rituximab helped" not in browser.toPlainText()  # debounced: typing is never blocked
    qtbot.waitUntil(lambda: "Rituximab helped" in browser.toPlainText(), timeout=2000)
    text = browser.toPlainText()
    assert "<script>alert(1)</script>" in text  # shown as text, never run or dropped
    assert "[@ref-3]" not in text and "[" in text.split("Rituximab helped", 1)[1]  # a number, not the marker


def test_preview_keeps_its_place_when_it_refreshes(sample_window, qtbot):
    sample_window.preview.resize(400, 300)
    bar = sample_window.preview.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    sample_window.preview.refresh()
    assert bar.value() == place
