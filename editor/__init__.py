"""Case Report Editor: draft, edit and validate structured medical case reports."""

__version__ = "0.1.0"
