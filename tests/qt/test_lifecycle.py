"""The document's life in the window: open, save, close prompts, autosave and crash recovery."""

import json

from editor.io import native
from editor.qt import lifecycle
from editor.qt.interaction import SaveChoice

from .window_support import *  # noqa: F401,F403 - fixtures


def test_open_broken_file_says_why_and_keeps_the_open_report(sample_window, scripted, tmp_path):
    title = sample_window.document.report.metadata.title
    broken = tmp_path / "broken.case.json"
    broken.write_text('{"metadata": {"title": "x",}}', encoding="utf-8")
    assert not sample_window.lifecycle.open(broken)
    assert len(scripted.errors()) == 1
    message = scripted.errors()[0]
    assert "broken.case.json" in message and "field name" in message  # the LoadError's own words
    assert sample_window.document.report.metadata.title == title
    assert sample_window.document.path.name == "case.case.json"


def test_open_through_the_dialog_remembers_the_file(window, scripted, sample_copy):
    scripted.open_paths.append(sample_copy)
    window.open_document()
    assert window.document.path == sample_copy
    assert window.windowTitle() == "case.case.json[*] — Case Report Editor"
    assert window.settings.recent_files()[0] == sample_copy.resolve()
    recent = [a.text() for a in window.submenus["file.recent"].actions() if a.text()]
    assert recent[0].endswith("case.case.json")


def test_save_writes_the_edit_and_clears_the_mark(sample_window, sample_copy):
    sample_window.document.set_value("/metadata/target_journal", "BMJ Case Reports")
    assert sample_window.isWindowModified()
    sample_window.save_document()
    assert not sample_window.isWindowModified()
    assert saved(sample_copy).metadata.target_journal == "BMJ Case Reports"


def test_save_as_asks_for_a_name_and_adds_the_extension(window, scripted, tmp_path):
    window.document.set_value("/metadata/title", "A case")
    scripted.save_paths.append(tmp_path / "new-case")
    window.save_document_as()
    target = tmp_path / "new-case.case.json"
    assert saved(target).metadata.title == "A case"
    assert window.document.path == target and "new-case.case.json" in window.windowTitle()


def test_close_with_changes_save_answer_saves(sample_window, scripted, sample_copy):
    sample_window.document.set_value("/metadata/funding", "None")
    scripted.save_choices.append(SaveChoice.SAVE)
    assert sample_window.lifecycle.close()
    assert ("save-changes", "case.case.json") in scripted.asked
    assert saved(sample_copy).metadata.funding == "None"
    assert sample_window.document.path is None  # an empty report now


def test_close_with_changes_discard_answer_drops_them(sample_window, scripted, sample_copy):
    before = sample_copy.read_bytes()
    sample_window.document.set_value("/metadata/funding", "None")
    scripted.save_choices.append(SaveChoice.DISCARD)
    assert sample_window.lifecycle.close()
    assert sample_copy.read_bytes() == before
    assert sample_window.document.report.metadata.funding is None


def test_close_with_changes_cancel_answer_keeps_editing(sample_window, scripted, sample_copy):
    before = sample_copy.read_bytes()
    sample_window.document.set_value("/metadata/funding", "None")
    scripted.save_choices.append(SaveChoice.CANCEL)
    assert not sample_window.lifecycle.close()
    assert sample_window.document.report.metadata.funding == "None" and sample_window.isWindowModified()
    assert sample_copy.read_bytes() == before


def test_closing_the_window_with_changes_can_be_cancelled(sample_window, scripted):
    sample_window.document.set_value("/metadata/funding", "None")
    scripted.save_choices.append(SaveChoice.CANCEL)
    assert not sample_window.close()
    assert sample_window.isVisible()


def test_autosave_writes_a_recovery_copy_never_the_file(sample_window, sample_copy, tmp_path):
    before = sample_copy.read_bytes()
    assert sample_window.lifecycle.autosave() is None  # nothing unsaved, nothing written
    sample_window.document.set_value("/metadata/funding", "Grant 42")
    copy = sample_window.lifecycle.autosave()
    assert copy is not None and copy.parent == tmp_path / "recovery"
    assert native.load(copy).metadata.funding == "Grant 42"
    assert sample_copy.read_bytes() == before
    sample_window.save_document()
    assert not copy.exists()  # a successful save removes the copy


def test_autosave_runs_on_its_timer(sample_window, qtbot, tmp_path):
    sample_window.lifecycle.autosave_timer.setInterval(50)
    sample_window.document.set_value("/metadata/funding", "Grant 42")
    qtbot.waitUntil(lambda: any((tmp_path / "recovery").glob("*.case.json")), timeout=2000)


def test_recovery_after_a_crash(qtbot, scripted, sample_copy, tmp_path):
    from editor.qt.app import offer_recovery

    crashed = new_window(qtbot)
    assert crashed.lifecycle.open(sample_copy)
    crashed.document.set_value("/discussion", "Unsaved thoughts")
    copy = crashed.lifecycle.autosave()
    crashed.lifecycle.autosave_timer.stop()  # the crash: no clean close, the copy stays
    assert copy.exists()

    scripted.confirms.append(True)
    fresh = new_window(qtbot)
    assert offer_recovery(fresh)
    assert fresh.document.report.discussion == "Unsaved thoughts"
    assert fresh.document.path == sample_copy.resolve() and fresh.isWindowModified()
    assert not copy.exists()
    scripted.save_choices.append(SaveChoice.SAVE)
    assert fresh.close()
    assert saved(sample_copy).discussion == "Unsaved thoughts"
    assert not any((tmp_path / "recovery").glob("*.case.json"))  # clean close: nothing left to recover


def test_declined_recovery_deletes_the_copy(qtbot, scripted, tmp_path):
    from editor.qt.app import offer_recovery

    folder = tmp_path / "recovery"
    folder.mkdir()
    native.save(native.loads('{"metadata": {"title": "Lost"}}'), folder / "abc.case.json")
    (folder / "abc.origin.json").write_text(json.dumps({"path": None}))
    scripted.confirms.append(False)
    win = new_window(qtbot)
    assert not offer_recovery(win)
    assert win.document.report.metadata.title is None
    assert lifecycle.pending_recoveries() == []


def test_new_from_care_template(window):
    window.new_from_template()
    report = window.document.report
    assert report.abstract.background and report.consent.statement  # CARE prompts to replace
    assert window.document.path is None and not window.isWindowModified()


def test_dropping_a_report_on_the_window_opens_it(window, sample_copy):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(sample_copy))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.path == sample_copy
