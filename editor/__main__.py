"""Entry point: ``case-report-editor [FILE]`` opens the window; ``case-report-editor COMMAND ...`` is the CLI.

Also ``python -m editor``. Qt is imported only when the window is opened.
"""

from __future__ import annotations

import difflib
import os
import sys
from pathlib import Path

from editor import cli


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args and (args[0].startswith("-") or args[0] in cli.command_names()):
        return cli.run(args)
    path = args[0] if args else None
    if path is not None and _looks_like_mistyped_command(path):
        guess = difflib.get_close_matches(path, sorted(cli.command_names()), n=1)[0]
        print(f"{cli.PROG}: unknown command {path!r}; did you mean {guess!r}?", file=sys.stderr)
        return 2
    if len(args) > 1:
        print(f"{cli.PROG}: give one file to open, or a command (see '{cli.PROG} --help')", file=sys.stderr)
        return 2
    return open_window(path)


def _looks_like_mistyped_command(word: str) -> bool:
    return (
        not Path(word).exists()
        and not Path(word).suffix
        and bool(difflib.get_close_matches(word, sorted(cli.command_names()), n=1))
    )


def _no_display() -> bool:
    """On Linux without X11 or Wayland, Qt would abort the process; say so instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_window(path: str | None) -> int:
    """Start the GUI on ``path`` (or an empty report); Qt is imported here and only here."""
    if _no_display():
        print(
            f"{cli.PROG}: no display to open the editor window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            f"the command line still works, e.g. '{cli.PROG} validate FILE'",
            file=sys.stderr,
        )
        return 2
    try:
        from editor.qt.app import run
    except ImportError as exc:
        missing = exc.name or "editor.qt.app"
        print(
            f"{cli.PROG}: the editor window cannot start ({missing} is not available); "
            f"the command line still works, e.g. '{cli.PROG} validate FILE'",
            file=sys.stderr,
        )
        return 2
    return run(path)


if __name__ == "__main__":
    sys.exit(main())
