"""``msc-sci summary``: print a plain-language summary of the study."""

from __future__ import annotations

import argparse

NAME = "summary"
HELP = "print a plain-language summary of the study for an audience"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci summary``."""
    parser.add_argument(
        "--audience",
        default="public",
        help="public, patient, clinician or journalist (default: public)",
    )
    parser.add_argument(
        "--length", default="standard", help="tweet, short or standard (default: standard)"
    )
    parser.add_argument(
        "--format", default="text", help="text, markdown, html or json (default: text)"
    )


def run(args: argparse.Namespace) -> int:
    """Print the summary."""
    from msc_sci._bundled import summarize

    summary = summarize(args.audience, length=args.length, format=args.format)
    print(summary, end="")
    return 0
