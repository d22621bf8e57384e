"""``msc-sci find-quotes``: list the quotations in an article and who said them."""

from __future__ import annotations

import argparse
import json

from msc_sci._cli._input import read_text

NAME = "find-quotes"
HELP = "find the quotations in a text file (or - for stdin) and their speakers"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``msc-sci find-quotes``."""
    parser.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    parser.add_argument("--json", action="store_true", help="print the quotes as JSON")


def run(args: argparse.Namespace) -> int:
    """Print one row per quotation: where, speaker, cue, text."""
    from msc_sci._bundled import find_quotes
    from msc_sci._cli import fail
    from msc_sci._records import Entity, Person

    text = read_text(args.file)
    if not text.strip():
        name = "<stdin>" if args.file == "-" else args.file
        return fail(f"{name}: no text to search (the input is empty)")
    found = find_quotes(text)
    rows = []
    for quote in found:
        speaker = quote.speaker
        rows.append(
            {
                "start": quote.start,
                "end": quote.end,
                "speaker": str(speaker) if speaker is not None else None,
                "speaker_id": speaker.id if isinstance(speaker, Person | Entity) else None,
                "speakers": [str(who) for who in quote.speakers],
                "speaker_ids": [
                    who.id if isinstance(who, Person | Entity) else None for who in quote.speakers
                ],
                "cue": quote.cue,
                "continues": quote.continues,
                "nested": quote.nested,
                "text": quote.text,
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        where = f"{row['start']}-{row['end']}"
        who = row["speaker"] or "(nobody named)"
        cue = f" [{row['cue']}]" if row["cue"] else ""
        print(f"{where:>11}  {who}{cue}: \u201c{row['text']}\u201d")
    return 0
