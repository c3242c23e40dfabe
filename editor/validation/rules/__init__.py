"""The rules, one module per area. Importing this package registers them all."""

from . import care, deid, dose, ids, journals, references, story, structure, time, units  # noqa: F401
