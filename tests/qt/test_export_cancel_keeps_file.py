"""Cancelling File ▸ Export leaves a file already at the chosen name as it was, and writes no stray file."""

import pytest

from editor.qt import export_menu
from editor.qt.export_menu import FORMATS, export

from .window_support import *  # noqa: F401,F403 - fixtures

EARLIER = b"the export sent to the co-authors yesterday"


@pytest.mark.parametrize("fmt_id, suffix", [("docx", ".docx"), ("pdf", ".pdf"), ("html", ".html")])
def test_cancelled_export_keeps_the_earlier_file(sample_window, tmp_path, monkeypatch, fmt_id, suffix):
    (folder := tmp_path / "exports").mkdir()
    target = folder / f"report{suffix}"
    target.write_bytes(EARLIER)
    monkeypatch.setattr(export_menu, "_progress_callback", lambda dialog: lambda done, total: False)  # "Cancel"
    fmt = next(f for f in FORMATS if f.id == fmt_id)

    assert export(sample_window, fmt, target) is None

    assert target.read_bytes() == EARLIER
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    assert "cancelled" in sample_window.statusBar().currentMessage()


def test_finished_export_replaces_the_earlier_file(sample_window, tmp_path):
    (folder := tmp_path / "exports").mkdir()
    target = folder / "report.html"
    target.write_bytes(EARLIER)
    assert export(sample_window, next(f for f in FORMATS if f.id == "html"), target) == target
    assert "Intravenous Rituximab" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
