"""References: parsing, formatting (Vancouver, CSL), identifier checks, duplicates.

Kept import-light: the parser is loaded on first use of one of its names.
"""

_PARSER_NAMES = ("parse_reference", "parse_reference_with_confidence", "parse_references", "split_references")


def __getattr__(name: str):
    if name in _PARSER_NAMES:
        from . import parser

        return getattr(parser, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
