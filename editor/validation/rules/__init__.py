"""The rules, one module per area. Importing this package registers them all."""

from . import structure  # noqa: F401
