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
        help="write to FILE, not stdout; its suffix must suit the format (study.bib for bibtex)",
    )
    parser.add_argument(
        "--ascii",
        action="store_true",
        help="bibtex and biblatex: spell non-ASCII characters as LaTeX commands",
    )
    parser.add_argument(
        "--write-references",
        action="store_true",
        help="regenerate the exported files in references/ (for developers)",
    )


#: Formats that write the same kind of file, so either may take the other's suffix.
_KINDRED = ({"bibtex", "biblatex"}, {"csl-json", "jsonld"}, {"highwire", "coins"})


def run(args: argparse.Namespace) -> int:
    """Export the study, or regenerate references/."""
    from msc_sci._cli import UsageError
    from msc_sci._export import ALIASES, export, resolve

    if args.write_references:
        from msc_sci._export._references import REFERENCE_FILES, write_references
        from msc_sci._load import references_dir

        changed = write_references()
        for name in REFERENCE_FILES:
            path = references_dir() / name
            print(f"wrote {path}" if path in changed else f"up to date: {path}", file=sys.stderr)
        return 0
    to = args.to
    if to is None:
        if args.output is None:
            raise UsageError("give a format TO or --output FILE")
        to = Path(args.output).suffix or Path(args.output).name
    name = resolve(to)
    if args.ascii and name not in {"bibtex", "biblatex"}:
        raise UsageError(f"--ascii is for bibtex and biblatex, not {name}")
    if args.output is not None and args.to is not None:
        suffix = Path(args.output).suffix.lower()
        meant = ALIASES.get(suffix)
        if meant not in {None, name} and not any({meant, name} <= kin for kin in _KINDRED):
            raise UsageError(
                f"--output {args.output} is named as a {meant} file, but TO is {name};"
                f" leave out TO to write {meant}, or give the file a suffix for {name}"
            )
    text = export(name, ascii_only=True) if args.ascii else export(name)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        Path(args.output).write_text(text, encoding="utf-8", newline="\n")
    except OSError as exc:
        from msc_sci._errors import ExportError

        reason = f"cannot write {args.output}: {exc.strerror or exc}"
        raise ExportError(reason, format=name) from exc
    return 0
