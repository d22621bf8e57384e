"""``msc-sci export``: write the study in an interchange format (BibTeX, RIS, CFF, ...)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "export"
HELP = "write the study as BibTeX, BibLaTeX, RIS, CSL-JSON, CFF, JSON-LD, meta tags or COinS"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci export``."""
    from msc_sci._export import FORMATS

    parser.add_argument(
        "to",
        metavar="TO",
        nargs="?",
        help=f"the format: {', '.join(FORMATS)} (default: from --output's suffix)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (atomically), not stdout; - is stdout",
    )
    parser.add_argument("-f", "--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--ascii",
        action="store_true",
        help="bibtex and biblatex: spell non-ASCII characters as LaTeX commands",
    )
    parser.add_argument(
        "--bibliography",
        metavar="FILE",
        action="append",
        help="use the works of FILE (.bib, .json, .yaml, .ris; '-' for stdin with --from)"
        " instead of the study; may be repeated",
    )
    parser.add_argument(
        "--from",
        dest="from_format",
        metavar="FORMAT",
        help="the format of the --bibliography files: bibtex, csl-json, csl-yaml or ris"
        " (default: from each file's suffix)",
    )
    parser.add_argument(
        "--write-references",
        action="store_true",
        help="regenerate the exported files in references/ (for developers)",
    )


def run(args: argparse.Namespace) -> int:
    """Export the study, or regenerate references/."""
    from msc_sci._export import export, resolve

    if args.write_references:
        from msc_sci._export._references import write_references

        for path in write_references():
            print(f"wrote {path}", file=sys.stderr)
        return 0
    to = args.to
    if to is None:
        if args.output in {None, "-"}:
            print("msc-sci export: error: give a format TO or --output FILE", file=sys.stderr)
            return 2
        to = Path(args.output).suffix or Path(args.output).name
    name = resolve(to)
    if args.ascii and name not in {"bibtex", "biblatex"}:
        print(
            f"msc-sci export: error: --ascii is for bibtex and biblatex, not {name}",
            file=sys.stderr,
        )
        return 2
    if args.bibliography or args.from_format:
        from msc_sci._cli._bibliography import read_works, usage_problem
        from msc_sci._export import export_all

        problem = usage_problem(args)
        if problem is not None:
            print(f"msc-sci export: error: {problem}", file=sys.stderr)
            return 2
        works = read_works(args.bibliography, args.from_format)
        text = export_all(name, works, ascii_only=True) if args.ascii else export_all(name, works)
    else:
        text = export(name, ascii_only=True) if args.ascii else export(name)
    from msc_sci._cli._output import write_output

    write_output(args.output, text, force=args.force)
    return 0
