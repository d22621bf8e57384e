"""``msc-sci validate DIR``: load a ``references/`` directory and say whether it checks."""

from __future__ import annotations

import argparse

NAME = "validate"
HELP = "check a references/ directory of your own study: every file, field and id"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``msc-sci validate``."""
    parser.add_argument("directory", metavar="DIR", help="the references/ directory to check")


def run(args: argparse.Namespace) -> int:
    """Load the directory; print what it holds, or (through ``main``) the first mistake."""
    from msc_sci._references import load_references

    refs = load_references(args.directory)
    counts = (
        f"{len(refs.people())} people, {len(refs.sources())} sources, "
        f"{len(refs.claims())} claims, {len(refs.quotes())} quotes"
    )
    print(f"{args.directory}: {refs.study.id} ({refs.record_file}) loads and checks: {counts}")
    return 0
