"""``references import`` and ``references export``: reference-manager files from the command line.

Exit codes as elsewhere: 0 all read/written, 1 some records were skipped, 2 the input cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys

FORMAT_KEYS = ("ris", "bibtex", "medline", "csl-json")


def register_import(commands) -> None:
    parser = commands.add_parser(
        "import", help="read a RIS, BibTeX, PubMed/MEDLINE, CSL-JSON or Web of Science file",
        description="Read a reference-manager file (the format is recognised from its content) and print "
        "the references as JSON, or add them to a report with --into. Records that cannot be read are "
        "listed on standard error, with their number and line.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--into", metavar="REPORT.case.json", help="add the references to this report and save it; "
                        "references it already holds (same DOI or PMID, or nearly the same first author, title and "
                        "year) are skipped and listed")
    parser.add_argument("--keep-duplicates", action="store_true",
                        help="with --into, add likely duplicates of the report's references too")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON output")
    parser.set_defaults(handler=run_import)


def register_export(commands) -> None:
    parser = commands.add_parser(
        "export", help="write a report's references as RIS, BibTeX, MEDLINE or CSL-JSON",
        description="Write the references of a report for a reference manager.")
    parser.add_argument("report", metavar="REPORT")
    parser.add_argument("--to", required=True, choices=FORMAT_KEYS, help="the format to write")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.set_defaults(handler=run_export)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def run_import(args: argparse.Namespace) -> int:
    from editor.io import native
    from editor.io.errors import LoadError, SaveError
    from editor.io.refs import NotAReferenceList, import_references, with_new_ids

    try:
        result = import_references(args.file)
    except NotAReferenceList as err:
        _say(f"references import: {args.file}: {err}")
        return 2
    for problem in result.problems:
        _say(f"references import: {args.file}: skipped {problem}")
    if args.into:
        try:
            report = native.load(args.into)
        except LoadError as err:
            _say(f"references import: {err}")
            return 2
        incoming, repeats = result.references, []
        if not args.keep_duplicates:
            incoming, repeats = _without_duplicates(incoming, report)
        if incoming:
            report.references.extend(with_new_ids(incoming, report.references))
            try:
                native.save(report, args.into)
            except SaveError as err:
                _say(f"references import: {err}")
                return 2
        _say(f"references import: {result.summary()} {_added(len(incoming), args.into)}")
        _list_duplicates(result.references, repeats)
    else:
        items = [ref.model_dump(mode="json", exclude_defaults=True) for ref in result.references]
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
        sys.stdout.write("\n")
    return 1 if result.problems else 0


def _without_duplicates(incoming: list, report) -> tuple[list, list]:
    """The incoming references to add, and those that likely repeat the report's (or each other)."""
    from editor.domain.derived import reference_numbers
    from editor.references.duplicates import incoming_duplicates

    repeats = incoming_duplicates(incoming, report.references, reference_numbers(report))
    skipped = {d.index for d in repeats}
    return [ref for i, ref in enumerate(incoming) if i not in skipped], repeats


def _added(count: int, report: str) -> str:
    return f"Added {count} reference{'s' if count != 1 else ''} to {report}." if count else \
        f"Nothing added; {report} is unchanged."


def _list_duplicates(incoming: list, repeats: list) -> None:
    """Which references were skipped as likely duplicates, one a line, and how to add them anyway."""
    from editor.references.duplicates import brief

    if not repeats:
        return
    count = len(repeats)
    _say(f"references import: skipped {count} likely duplicate{'s' if count != 1 else ''} "
         "(--keep-duplicates adds them anyway):")
    for repeat in repeats:
        _say(f"  {repeat.index + 1}. {brief(incoming[repeat.index])}: {repeat.describe()}")


def run_export(args: argparse.Namespace) -> int:
    from editor.io import native
    from editor.io.errors import LoadError
    from editor.io.refs import FORMATS, export_references

    try:
        report = native.load(args.report)
    except LoadError as err:
        _say(f"references export: {err}")
        return 2
    try:
        export_references(report.references, args.to, args.output)
    except OSError as err:
        _say(f"references export: cannot write {args.output}: {err.strerror or err}")
        return 2
    count = len(report.references)
    _say(f"references export: wrote {count} reference{'s' if count != 1 else ''} as {FORMATS[args.to].name} "
         f"to {args.output}")
    return 0
