"""``msc-sci cite``: print the study's citation or bibliography entry in a style."""

from __future__ import annotations

import argparse

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


def run(args: argparse.Namespace) -> int:
    """Print the citation."""
    from msc_sci._cite._precomputed import lookup

    plain = args.locator is None and args.prefix is None and args.suffix is None
    # The table answers common styles without loading the CSL engine (fast cold start).
    text = lookup(args.style, args.locale, args.format, args.mode) if plain else None
    if text is None:
        from msc_sci._cite._api import cite

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
