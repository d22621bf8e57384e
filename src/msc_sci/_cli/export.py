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
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
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


def run(args: argparse.Namespace) -> int:
    """Export the study, or regenerate references/."""
    from msc_sci._bundled import export
    from msc_sci._export import resolve

    if args.write_references:
        from msc_sci._export._references import write_references
        from msc_sci._load import load

        for path in write_references(load()):
            print(f"wrote {path}", file=sys.stderr)
        return 0
    to = args.to
    if to is None:
        if args.output is None:
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
