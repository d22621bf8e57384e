"""``msc-sci quotes``: print the registry's quotes, with their attribution."""

from __future__ import annotations

import argparse

NAME = "quotes"
HELP = "print what the senior authors (and the paper) said, attributed"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci quotes``."""
    parser.add_argument(
        "--speaker", metavar="NAME", help="only this speaker's quotes (any name form)"
    )
    parser.add_argument(
        "--style",
        default="news",
        choices=("news", "academic", "markdown", "html"),
        help="how to attribute each quote (default: news)",
    )
    parser.add_argument(
        "--citation-style",
        metavar="STYLE",
        help="the citation style of --style academic (default: apa)",
    )


def run(args: argparse.Namespace) -> int:
    """Print each quote, attributed, separated by blank lines."""
    from msc_sci._bundled import quotes
    from msc_sci._cli import UsageError

    if args.citation_style is not None and args.style != "academic":
        raise UsageError(f"--citation-style is for --style academic, not --style {args.style}")
    citation_style = args.citation_style or "apa"
    found = quotes(args.speaker)
    print(
        "\n\n".join(quote.attributed(args.style, citation_style=citation_style) for quote in found)
    )
    return 0
