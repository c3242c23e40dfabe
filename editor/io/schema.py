"""The JSON Schema of the native file, generated from the models.

``python -m editor.io.schema`` rewrites ``resources/case-report.schema.json``;
``python -m editor.io.schema --check`` exits 1 when that file is stale.
A test runs the same comparison, so a model change without a regenerated
schema fails the suite.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from editor.domain.report import SCHEMA_VERSION, CaseReport
from editor.resources import resource

SCHEMA_PATH = resource("case-report.schema.json")
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def generate() -> dict:
    """The schema as a dict, with the dialect and a title in front."""
    schema = CaseReport.model_json_schema(mode="validation")
    header = {
        "$schema": DIALECT,
        "title": "Case Report Editor native file (*.case.json)",
        "description": (
            f"Format version {SCHEMA_VERSION}. Generated from editor.domain by "
            "'python -m editor.io.schema'; do not edit by hand."
        ),
    }
    schema.pop("title", None)
    return {**header, **schema}


def render() -> str:
    """The schema file's exact text."""
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"


def is_current(path: Path = SCHEMA_PATH) -> bool:
    return path.is_file() and path.read_text(encoding="utf-8") == render()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--check"]:
        if is_current():
            return 0
        print(f"{SCHEMA_PATH} is stale; run 'python -m editor.io.schema'", file=sys.stderr)
        return 1
    if args:
        print("usage: python -m editor.io.schema [--check]", file=sys.stderr)
        return 2
    SCHEMA_PATH.write_text(render(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
