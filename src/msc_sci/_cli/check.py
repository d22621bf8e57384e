"""``msc-sci check``: report what a text says that the sourced record does not support."""

from __future__ import annotations

import argparse
import json

from msc_sci._cli._input import read_text

NAME = "check"
HELP = "check a text about the study against the sourced record (exit status 1 on findings)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``msc-sci check``."""
    parser.add_argument("file", metavar="FILE", help="the text to check, or - for stdin")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")


def run(args: argparse.Namespace) -> int:
    """Check the text and print each finding; return 1 when there is any."""
    from msc_sci._bundled import check
    from msc_sci._cli import fail

    text = read_text(args.file)
    name = "<stdin>" if args.file == "-" else args.file
    if not text.strip():
        return fail(f"{name}: no text to check (the input is empty)")
    findings = check(text)
    if args.json:
        print(json.dumps([f.to_dict(text) for f in findings], indent=2, ensure_ascii=False))
    else:
        for finding in findings:
            line = text.count("\n", 0, finding.span[0]) + 1
            words = text[finding.span[0] : finding.span[1]]
            print(f"{name}:{line}: {finding.kind}: {words!r}: {finding.message}")
    return 1 if findings else 0
