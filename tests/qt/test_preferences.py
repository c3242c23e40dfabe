"""Preferences: every rule listed with a checkbox; switched-off rules are saved and leave the problems list."""

from editor.qt.dialogs.preferences import PreferencesDialog
from editor.validation import all_rules

from .window_support import *  # noqa: F403


def test_every_rule_has_a_checkbox_reflecting_the_setting(qtbot):
    dialog = PreferencesDialog(all_rules(), frozenset({"deid.care-date"}))
    qtbot.addWidget(dialog)
    ids = [item.text(0) for item in dialog.rule_items()]
    assert sorted(ids) == [r.id for r in all_rules()]
    assert dialog.disabled() == {"deid.care-date"}
    dialog.set_rule_enabled("deid.care-date", True)
    dialog.set_rule_enabled("care.no-patient-perspective", False)
    assert dialog.disabled() == {"care.no-patient-perspective"}


def test_filter_hides_other_rules(qtbot):
    dialog = PreferencesDialog(all_rules(), frozenset())
    qtbot.addWidget(dialog)
    dialog.filter.setText("consent")
    shown = [i.text(0) for i in dialog.rule_items() if not i.isHidden()]
    assert shown == ["care.no-consent"]


def test_preferences_action_saves_choice_and_revalidates(sample_window, scripted):
    assert any(f.rule == "care.no-consent" for f in sample_window.problems.model.findings)
    scripted.rule_choices.append(frozenset({"care.no-consent"}))
    sample_window.commands["edit.preferences"].trigger()
    assert sample_window.settings.disabled_rules() == {"care.no-consent"}
    assert not any(f.rule == "care.no-consent" for f in sample_window.problems.model.findings)
