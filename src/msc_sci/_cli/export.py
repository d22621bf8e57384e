"""``msc-sci export``: write the study in an interchange format (BibTeX, RIS, CFF, ...)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from msc_sci._cli import _bibliography

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
        help="write to FILE (atomically), not stdout; - is stdout; its suffix must suit the"
        " format (study.bib for bibtex)",
    )
    parser.add_argument("-f", "--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--ascii",
        action="store_true",
        help="bibtex and biblatex: spell non-ASCII characters as LaTeX commands",
    )
    _bibliography.add_options(parser)
    parser.add_argument(
        "--write-references",
        action="store_true",
        help="regenerate the exported files in references/ (for developers)",
    )


#: Formats that write the same kind of file, so either may take the other's suffix.
_KINDRED = ({"bibtex", "biblatex"}, {"csl-json", "jsonld"}, {"highwire", "coins"})


def run(args: argparse.Namespace) -> int:
    """Export the study, or regenerate references/."""
    from msc_sci._bundled import export
    from msc_sci._cli import UsageError
    from msc_sci._export import ALIASES, resolve

    if args.write_references:
        from msc_sci._export._references import reference_files, write_references
        from msc_sci._load import load

        refs = load()
        changed = write_references(refs)
        for file in reference_files(refs):
            path = refs.directory / file
            print(f"wrote {path}" if path in changed else f"up to date: {path}", file=sys.stderr)
        return 0
    to = args.to
    if to is None:
        if args.output in {None, "-"}:
            raise UsageError("give a format TO or --output FILE")
        to = Path(args.output).suffix or Path(args.output).name
    name = resolve(to)
    if args.ascii and name not in {"bibtex", "biblatex"}:
        raise UsageError(f"--ascii is for bibtex and biblatex, not {name}")
    if args.output not in {None, "-"} and args.to is not None:
        suffix = Path(args.output).suffix.lower()
        meant = ALIASES.get(suffix)
        if meant not in {None, name} and not any({meant, name} <= kin for kin in _KINDRED):
            raise UsageError(
                f"--output {args.output} is named as a {meant} file, but TO is {name};"
                f" leave out TO to write {meant}, or give the file a suffix for {name}"
            )
    if args.bibliography or args.from_format:
        from msc_sci._cli._bibliography import read_works, usage_problem
        from msc_sci._export import export_all

        problem = usage_problem(args)
        if problem is not None:
            raise UsageError(problem)
        works = read_works(args.bibliography, args.from_format)
        text = export_all(name, works, ascii_only=True) if args.ascii else export_all(name, works)
    else:
        text = export(name, ascii_only=True) if args.ascii else export(name)
    from msc_sci._cli._output import write_output

    write_output(args.output, text, force=args.force)
    return 0
