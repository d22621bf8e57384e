"""``msc-sci attribute``: say whose quote a text is and how faithfully it gives it."""

from __future__ import annotations

import argparse
import json

NAME = "attribute"
HELP = "match a quotation to the registry: speaker, verdict and differences"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``msc-sci attribute``."""
    parser.add_argument(
        "text", help="the quotation, with or without its attribution, or - to read it from stdin"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    """Print the attribution of the text."""
    from msc_sci._bundled import attribute
    from msc_sci._cli import fail

    text = args.text
    if text == "-":
        from msc_sci._cli._input import read_text

        text = read_text("-")
    if not text.strip():
        return fail("no quotation to attribute (the text is empty)")
    result = attribute(text)
    if args.json:
        data = {
            "quote": result.quote.id if result.quote else None,
            "speaker": str(result.speaker) if result.speaker else None,
            "named": str(result.named) if result.named else None,
            "misattributed": result.misattributed,
            "score": result.score,
            "verdict": result.verdict.value,
            "differences": [str(d) for d in result.differences],
            "misdescribed": list(result.misdescribed),
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"Verdict: {result.verdict.value}")
    print(f"Score:   {result.score:.2f}")
    if result.quote is not None:
        print(f"Quote:   {result.quote.id} ({result.quote.source})")
        print(f"Speaker: {result.speaker}")
    if result.named is not None:
        print(f"Named:   {result.named}" + (" (misattributed)" if result.misattributed else ""))
    for role in result.misdescribed:
        print(f"Role:    misdescribed as {role}")
    for difference in result.differences:
        meaning = "changes meaning" if difference.alters_meaning else "wording"
        print(f"  - {difference} [{meaning}]")
    return 0
