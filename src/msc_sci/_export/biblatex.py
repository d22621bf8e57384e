"""BibLaTeX: a ``.bib`` entry for biblatex and biber (``journaltitle``, ``date``, ``eid``).

The same escaping as :mod:`msc_sci._export.bibtex`; the fields follow the biblatex
manual: an EDTF ``date``, ``journaltitle``, ``location``, ``langid`` and ``eid`` for an
article number.
"""

from __future__ import annotations

from collections.abc import Iterable

from msc_sci._bibtex.entry import build_entry, write_entry
from msc_sci._export._url import web_url
from msc_sci._records import Work

__all__ = ["MEDIA_TYPE", "NAME", "SUFFIXES", "dumps", "dumps_all"]

NAME = "biblatex"
SUFFIXES = ()
MEDIA_TYPE = "application/x-bibtex"


def dumps(work: Work, *, ascii_only: bool = False) -> str:
    r"""Return *work* as a biblatex entry.

    Args:
        work: Any work.
        ascii_only: Spell non-ASCII characters as LaTeX commands (``{\'e}``).

    Raises:
        ExportError: when a field holds a control character or (with *ascii_only*) a
            character LaTeX cannot spell.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> [line for line in dumps(msc_sci.study()).splitlines() if "date" in line]
    ['    date = {2021-04},']
    """
    if work.url is not None:
        web_url(work.url, format=NAME)
    key, entry = build_entry(work, dialect=NAME, ascii_only=ascii_only)
    return write_entry(key, entry, dialect=NAME)


def dumps_all(works: Iterable[Work], *, ascii_only: bool = False) -> str:
    """Return *works* as a biblatex ``.bib`` file, a blank line between entries."""
    return "\n".join(dumps(work, ascii_only=ascii_only) for work in works)
