"""``msc-sci cite``: print the study's citation or bibliography entry in a style."""

from __future__ import annotations

import argparse

NAME = "cite"
HELP = "print the study's bibliography entry or in-text citation in a citation style"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci cite``."""
    parser.add_argument(
        "--style", default="apa", help="a CSL style name or .csl file (default: apa)"
    )
    parser.add_argument("--locale", default="en-US", help="a CSL locale (default: en-US)")
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


def run(args: argparse.Namespace) -> int:
    """Print the citation."""
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
