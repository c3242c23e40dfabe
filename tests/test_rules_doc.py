"""docs/rules.md is generated from the rules and must not fall behind them."""

from editor.validation import all_rules
from editor.validation.docs import RULES_DOC, main, render


def test_rules_doc_is_current():
    assert RULES_DOC.read_text(encoding="utf-8") == render(), \
        "docs/rules.md is stale: run 'python -m editor.validation.docs' and commit it"


def test_every_rule_appears_with_its_examples():
    text = render()
    for rule in all_rules():
        assert f"### `{rule.id}` ({rule.severity.value})" in text
    assert text.count("- *Bad:*") == len(all_rules()) == text.count("- *Good:*")


def test_check_mode_fails_on_a_stale_file(tmp_path, monkeypatch, capsys):
    stale = tmp_path / "rules.md"
    stale.write_text("# old\n", encoding="utf-8")
    monkeypatch.setattr("editor.validation.docs.RULES_DOC", stale)
    assert main(["--check"]) == 1
    assert "stale" in capsys.readouterr().err
    assert main([]) == 0 and main(["--check"]) == 0
