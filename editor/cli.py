"""The command line: argparse subcommands, found in ``editor/commands/``.

Never imports Qt: commands that need it (a PDF export) import it lazily
inside the function that uses it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from editor import __version__

# Modules in editor/commands/, one per subcommand; adding one is one word here.
COMMANDS: tuple[str, ...] = ("validate", "export", "references", "import_")

PROG = "case-report-editor"
INTERNAL_ERROR = 2  # exit code when a command fails unexpectedly (a bug, reported in one line)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Draft, edit and validate structured medical case reports. "
            f"'{PROG} [FILE]' opens the editor window; the commands below work without it."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"editor.commands.{name}").register(subparsers)
    return parser


def command_names(parser: argparse.ArgumentParser | None = None) -> set[str]:
    """The subcommand words the parser knows ("validate", "import", ...)."""
    parser = parser or build_parser()
    names: set[str] = set()
    for action in parser._actions:  # argparse keeps subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            names.update(action.choices)
    return names


def run(argv: list[str]) -> int:
    """Parse ``argv`` (without the program name) and run the command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show "µ" or "²" gets "?", not a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse's usage errors (2) and --help (0)
        return exit_.code if isinstance(exit_.code, int) else 2
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handler(args)
    except BrokenPipeError:  # output piped into a reader that stopped early (| head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line, not a traceback; CASE_REPORT_EDITOR_DEBUG=1 shows it
        if os.environ.get("CASE_REPORT_EDITOR_DEBUG"):
            raise
        print(
            f"{PROG}: internal error ({type(exc).__name__}: {exc}); "
            "please report it (set CASE_REPORT_EDITOR_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
