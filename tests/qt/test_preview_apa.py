"""APA chosen in the preview: author-date citations there and in File ▸ Export, as a person would see them."""

from __future__ import annotations

from .panel_support import collect_qt_garbage  # noqa: F401 (autouse: documents collected while Qt runs)
from .window_support import *  # noqa: F401,F403 - fixtures

KIM_VALERIO = "(Kim et al., 2016; Valerio et al., 2008)"
APA_AHN = "Ahn, Y. H., Kang, H. G., Lee, J. M., Choi, H. J., Ha, I. S., & Cheong, H. I. (2014)."


def _export_action(window, format_id):
    return next(a for a in window.submenus["file.export"].actions() if a.objectName() == f"export.{format_id}")


def test_choosing_apa_shows_author_date_citations_and_exports_them(sample_window, scripted, tmp_path, qtbot):
    preview = sample_window.preview
    text = preview.browser.toPlainText()
    assert "nephrologists [1,2]." in text and KIM_VALERIO not in text  # Vancouver, numbered
    preview.style_choice.setCurrentIndex(preview.style_choice.findText("APA (7th edition)"))
    text = preview.browser.toPlainText()
    assert f"nephrologists {KIM_VALERIO}." in text and "[1,2]" not in text
    references = text.split("References", 1)[1].strip().splitlines()
    assert references[0] == APA_AHN + " Development of antirituximab antibodies in children with nephrotic " \
        "syndrome. Pediatric Nephrol, 29(8), 1461–1464."  # alphabetical, no number before it
    # an edit is followed, and the new citation is author-date too
    sample_window.document.set_value("/discussion", "Rituximab helped [@ref-24; @ref-13].")
    qtbot.waitUntil(lambda: "Rituximab helped" in preview.browser.toPlainText(), timeout=3000)
    assert "Rituximab helped (Ponticelli, 2010; Ponticelli et al., 1993)." in preview.browser.toPlainText()

    target = tmp_path / "apa.md"
    scripted.save_paths.append(target)
    _export_action(sample_window, "markdown").trigger()
    assert not scripted.errors()
    written = target.read_text(encoding="utf-8")
    assert f"nephrologists {KIM_VALERIO}." in written
    assert "Rituximab helped (Ponticelli, 2010; Ponticelli et al., 1993)." in written
    assert written.split("## References\n\n", 1)[1].startswith(APA_AHN)

    preview.style_choice.setCurrentIndex(preview.style_choice.findText("AMA (11th edition)"))
    assert "nephrologists [1,2]." in preview.browser.toPlainText()  # AMA stays numbered
