"""The ``--bibliography`` and ``--from`` options: read the works of the files they name.

A file of ``-`` is standard input, with ``--from``. Nothing is imported from the readers
until a command is given ``--bibliography``, so a plain run stays fast.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

TYPE_CHECKING = False  # not `typing`: this module is on the cold path

if TYPE_CHECKING:
    from msc_sci._records import Work

__all__ = ["add_options", "read_works", "select", "usage_problem"]


def add_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--bibliography FILE`` (repeatable) and ``--from FORMAT`` to *parser*."""
    parser.add_argument(
        "--bibliography",
        metavar="FILE",
        action="append",
        help="use the works of FILE (.bib, .json, .yaml, .ris; '-' for stdin with --from)"
        " instead of the study; may be repeated",
    )
    parser.add_argument(
        "--from",
        dest="from_format",
        metavar="FORMAT",
        help="the format of the --bibliography files: bibtex, csl-json, csl-yaml or ris"
        " (default: from each file's suffix)",
    )


def usage_problem(args: argparse.Namespace) -> str | None:
    """Return what is wrong with the bibliography options of *args*, or ``None``."""
    if args.from_format and not args.bibliography:
        return "--from needs --bibliography FILE"
    if args.bibliography and "-" in args.bibliography and not args.from_format:
        return "--bibliography - (standard input) needs --from FORMAT"
    return None


def read_works(files: Sequence[str], from_format: str | None) -> list[Work]:
    """Return the works of every file in *files*, in order.

    Raises:
        BibliographyError: listing the bad entries of a file.
        InputError: when a file cannot be read.
        UnknownFormatError: for an unknown ``--from``, or a file without a known suffix.
    """
    from msc_sci._read import parse_bibliography, read_bibliography

    works: list[Work] = []
    for name in files:
        if name == "-":
            from msc_sci._cli._input import read_text

            works.extend(parse_bibliography(read_text("-"), format=from_format or "bibtex"))
        else:
            works.extend(read_bibliography(name, format=from_format))
    return works


def select(works: list[Work], keys: Sequence[str] | None) -> list[Work]:
    """Return the works with *keys*, in the order given (all works without keys).

    Raises:
        UnknownNameError: for a key no work has.
    """
    if not keys:
        return works
    by_id: dict[str, Work] = {}
    for work in works:
        by_id.setdefault(work.id, work)
    chosen = []
    for key in keys:
        if key not in by_id:
            from msc_sci._errors import UnknownNameError

            raise UnknownNameError(key, kind="citation key", known=by_id)
        chosen.append(by_id[key])
    return chosen
