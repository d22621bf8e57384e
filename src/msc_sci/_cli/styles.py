"""``msc-sci styles``: list the citation style names ``msc-sci cite --style`` accepts."""

from __future__ import annotations

import argparse

NAME = "styles"
HELP = "list the citation styles (CSL, renamed and BibTeX names)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci styles``."""
    parser.add_argument(
        "--search",
        metavar="WORD",
        help="list only names containing WORD, whatever its case (exit status 1 if none)",
    )


def run(args: argparse.Namespace) -> int:
    """Print the style names, one a line; fail when --search finds none."""
    from msc_sci._cite._names import bibtex_names, csl_names
    from msc_sci._cli import fail

    word = (args.search or "").lower()
    found = [name for name in (*csl_names(), *bibtex_names()) if word in name.lower()]
    if not found:
        return fail(f"no style name contains {args.search!r} (see 'msc-sci styles' for all)")
    print("\n".join(found))
    return 0
