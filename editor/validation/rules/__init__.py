"""The rules, one module per area. Importing this package registers them all."""

from . import dose, ids, journals, references, structure, time, units  # noqa: F401
