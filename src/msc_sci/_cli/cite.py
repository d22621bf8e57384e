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


def run(args: argparse.Namespace) -> int:
    """Print the citation."""
    from msc_sci.cite._precomputed import lookup

    # The table answers common styles without loading the CSL engine (fast cold start).
    text = lookup(args.style, args.locale, args.format, args.mode)
    if text is None:
        from msc_sci.cite._api import cite

        text = cite(args.style, locale=args.locale, format=args.format, mode=args.mode)
    print(text)
    return 0
