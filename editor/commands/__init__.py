"""Subcommands of ``case-report-editor``, one module each.

A module here has ``register(subparsers)``, which adds its parser and sets
``handler`` (a function ``(args) -> exit code``) with ``set_defaults``. To add
a subcommand, write the module and add its name to ``COMMANDS`` in
``editor/cli.py``. Nothing here imports PySide6 at module level.
"""
