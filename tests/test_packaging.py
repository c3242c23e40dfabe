"""A regular (non-editable) install must carry every shipped resource."""

import tomllib

from tests.conftest import ROOT


def test_every_resource_is_installed_by_data_files():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = [p for globs in config["tool"]["setuptools"]["data-files"].values() for p in globs]
    installed = {p for pattern in patterns for p in ROOT.glob(pattern) if p.is_file()}  # as setuptools globs
    shipped = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert shipped, "resources/ is empty"
    missing = [p.relative_to(ROOT).as_posix() for p in shipped if p not in installed]
    assert missing == [], f"add these to [tool.setuptools.data-files]: {missing}"


def test_resources_are_found_from_a_checkout():
    from editor.resources import resource

    assert resource("case-report.schema.json").is_file()
    assert resource("csl", "apa.csl").is_file()
