"""``msc-sci verify``: check the bundled record, and with ``--online`` compare it with Crossref."""

from __future__ import annotations

import argparse

NAME = "verify"
HELP = "check the bundled record; with --online, list where it differs from Crossref"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci verify``."""
    from msc_sci._verify import CROSSREF_API

    parser.add_argument(
        "--online", action="store_true", help="fetch the Crossref record and compare"
    )
    parser.add_argument(
        "--base-url",
        default=CROSSREF_API,
        metavar="URL",
        help=f"the Crossref API's address (default: {CROSSREF_API})",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=10.0,
        metavar="SECONDS",
        help="how long to wait for Crossref, more than 0 (default: 10)",
    )


def _seconds(text: str) -> float:
    """Return *text* as a number of seconds greater than 0 (argparse's ``type``)."""
    import math

    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not seconds > 0 or math.isinf(seconds):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0, not {text}")
    return seconds


def run(args: argparse.Namespace) -> int:
    """Check the record; exit 1 when Crossref differs."""
    from msc_sci._bundled import bundled

    references = bundled()
    print(f"references/: the study's record loads and checks ({references.study.doi})")
    if not args.online:
        return 0
    result = references.verify_online(base_url=args.base_url, timeout=args.timeout)
    print(result)
    return 0 if result.ok else 1
