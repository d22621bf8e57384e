"""``msc-sci cite``: print the study's citation or bibliography entry in a style."""

from __future__ import annotations

import argparse
import sys

from msc_sci._cli import _bibliography

NAME = "cite"
HELP = "print the study's bibliography entry or in-text citation in a citation style"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci cite``."""
    parser.add_argument(
        "--style",
        default="apa",
        help="a CSL style name in any case (see 'msc-sci styles'), a .csl file, a BibTeX"
        " style (bibtex:plain, bibtex:unsrt, bibtex:alpha, bibtex:unsrtalpha) or a .bst"
        " file (default: apa)",
    )
    parser.add_argument(
        "--locale",
        default="en-US",
        help="a CSL locale such as en-US or de-DE; fr_FR and fr-fr are read as fr-FR"
        " (default: en-US)",
    )
    parser.add_argument(
        "--format",
        default="text",
        choices=("text", "html", "markdown", "rst", "latex"),
        help="output format (default: text)",
    )
    parser.add_argument(
        "--mode",
        default="bibliography",
        choices=("bibliography", "citation"),
        help="a bibliography entry or the first in-text citation (default: bibliography)",
    )
    parser.add_argument(
        "--locator", help="where in the study a citation points, e.g. 4 (citation mode only)"
    )
    parser.add_argument(
        "--label",
        default="page",
        help="what --locator counts: a CSL locator term such as page, chapter, figure"
        " (default: page)",
    )
    parser.add_argument("--prefix", help="text before the cite, e.g. 'see ' (citation mode only)")
    parser.add_argument(
        "--suffix", help="text after the cite, e.g. ' for details' (citation mode only)"
    )
    _bibliography.add_options(parser)
    parser.add_argument(
        "--key",
        action="append",
        metavar="KEY",
        help="with --bibliography: only the work with this key; may be repeated",
    )


def run(args: argparse.Namespace) -> int:
    """Print the citation."""
    if args.bibliography or args.from_format or args.key:
        from msc_sci._cli._bibliography import usage_problem

        problem = usage_problem(args)
        if problem is None and args.key and not args.bibliography:
            problem = "--key needs --bibliography FILE"
        if problem is not None:
            print(f"msc-sci cite: error: {problem}", file=sys.stderr)
            return 2
        return _run_bibliography(args)
    # The bundled study's cite answers common styles from a precomputed table, without
    # loading references/ or the CSL engine (a fast cold start).
    from msc_sci._bundled import cite

    text = cite(
        args.style,
        locale=args.locale,
        format=args.format,
        mode=args.mode,
        locator=args.locator,
        label=args.label,
        prefix=args.prefix,
        suffix=args.suffix,
    )
    print(text)
    return 0


def _run_bibliography(args: argparse.Namespace) -> int:
    """Print the bibliography of the works in the files, or one citation of them."""
    from msc_sci._cite._style import Style
    from msc_sci._cli._bibliography import read_works, select

    works = select(read_works(args.bibliography, args.from_format), args.key)
    style = Style(args.style, locale=args.locale)
    affixed = args.locator is not None or args.prefix is not None or args.suffix is not None
    if args.mode == "bibliography":
        if affixed:
            print(
                "msc-sci cite: error: --locator, --prefix and --suffix are for --mode citation",
                file=sys.stderr,
            )
            return 2
        bibliography = style.bibliography(works, format=args.format)
        for warning in getattr(bibliography, "warnings", ()):
            print(f"msc-sci: warning: {warning}", file=sys.stderr)
        if bibliography:
            print("\n".join(bibliography))
        return 0
    if affixed and len(works) != 1:
        print(
            "msc-sci cite: error: --locator, --prefix and --suffix need exactly one --key",
            file=sys.stderr,
        )
        return 2
    from msc_sci._cite._item import CiteItem

    items = [
        CiteItem(
            work, locator=args.locator, label=args.label, prefix=args.prefix, suffix=args.suffix
        )
        for work in works
    ]
    print(style.citation(items, format=args.format))
    return 0
