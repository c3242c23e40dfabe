"""``case-report-editor references ...``: work with reference lists from the command line.

Sub-commands (each adds itself in ``register`` below):
  parse   read references one per line on standard input, print a JSON array of references.
``import`` and ``export`` (RIS, BibTeX, MEDLINE, CSL-JSON) are added here by their own module's
functions, as one more ``_register_*`` call each.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO


def _register_parse(commands) -> None:
    parser = commands.add_parser(
        "parse",
        help="parse free-text references (one per line on standard input) into JSON",
        description="Read references one per line on standard input (numbering such as '1.', '[1]' "
        "or '1)' is ignored) and print a JSON array of Reference objects.",
    )
    parser.add_argument("--pretty", action="store_true", help="indent the JSON output")
    parser.set_defaults(handler=run_parse)


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("references", help="parse, import and export reference lists")
    commands = parser.add_subparsers(dest="references_command", metavar="{parse,import,export}")
    commands.required = True
    _register_parse(commands)
    from . import references_io  # import/export of reference-manager files

    references_io.register_import(commands)
    references_io.register_export(commands)
    return parser


def _read_lines(stream: TextIO) -> list[str]:
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    if isinstance(data, bytes):
        if b"\x00" in data:
            raise ValueError("the input looks binary, not text with one reference per line")
        data = data.decode("utf-8-sig")
    return [line for line in data.splitlines() if line.strip()]


def parse_lines(lines: list[str]) -> list[dict]:
    """Each line as a Reference in DESIGN's field names (defaults left out, ``raw`` kept)."""
    from editor.references.parser import parse_reference

    out = []
    for line in lines:
        ref = parse_reference(line)
        item = ref.model_dump(mode="json", exclude_defaults=True)
        item["raw"] = ref.raw
        out.append(item)
    return out


def run_parse(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    try:
        lines = _read_lines(stdin)
    except (UnicodeDecodeError, ValueError, OSError) as err:
        reason = "the input is not UTF-8 text" if isinstance(err, UnicodeDecodeError) else str(err)
        print(f"references parse: cannot read standard input: {reason}", file=sys.stderr)
        return 2
    json.dump(parse_lines(lines), stdout, ensure_ascii=False, indent=2 if getattr(args, "pretty", False) else None)
    stdout.write("\n")
    return 0


def run(args: argparse.Namespace) -> int:
    return args.handler(args)
