"""BibTeX: a ``.bib`` entry for classic BibTeX (``natbib``, ``plain``, ``apalike``).

Text is LaTeX-escaped (``%`` becomes ``\\%``, a backslash ``{\\textbackslash}``), words
with inner capitals are braced so that styles keep them (``{MSCs}``), and non-ASCII
characters stay UTF-8 unless ``ascii_only=True`` asks for LaTeX accents instead.
:func:`to_entry` gives the same entry as a :class:`pybtex.database.Entry`, for code
that formats it with pybtex.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from msc_sci._bibtex.entry import build_entry, write_entry
from msc_sci._export._url import web_url
from msc_sci._records import Work

if TYPE_CHECKING:
    from pybtex.database import Entry

__all__ = ["MEDIA_TYPE", "NAME", "SUFFIXES", "dumps", "dumps_all", "to_entry"]

NAME = "bibtex"
SUFFIXES = (".bib", ".bibtex")
MEDIA_TYPE = "application/x-bibtex"


def to_entry(work: Work, *, ascii_only: bool = False) -> tuple[str, Entry]:
    r"""Return the citation key and the BibTeX entry of *work*, as pybtex holds it.

    Field values and name parts are LaTeX, exactly as :func:`dumps` writes them and as
    pybtex's parser reads them back.

    Args:
        work: Any work; the study for the bundled record.
        ascii_only: Spell non-ASCII characters as LaTeX commands.

    Raises:
        ExportError: when a field holds a control character or (with *ascii_only*) a
            character LaTeX cannot spell.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> key, entry = to_entry(msc_sci.study())
    >>> key, entry.type, entry.fields["journal"], str(entry.persons["author"][-1])
    ('honmou2021', 'article', 'Clinical Neurology and Neurosurgery', 'Kocsis, Jeffery D.')
    """
    if work.url is not None:
        web_url(work.url, format=NAME)
    return build_entry(work, dialect=NAME, ascii_only=ascii_only)


def dumps(work: Work, *, ascii_only: bool = False) -> str:
    r"""Return *work* as a BibTeX entry.

    Args:
        work: Any work.
        ascii_only: Spell non-ASCII characters as LaTeX commands (``{\'e}``) so the file
            is pure ASCII, for BibTeX installations that cannot read UTF-8.

    Raises:
        ExportError: as :func:`to_entry`.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> print(dumps(msc_sci.study()).splitlines()[0])
    @article{honmou2021,
    """
    key, entry = to_entry(work, ascii_only=ascii_only)
    return write_entry(key, entry, dialect=NAME)


def dumps_all(works: Iterable[Work], *, ascii_only: bool = False) -> str:
    """Return *works* as a ``.bib`` file: their entries, a blank line between them.

    >>> print(dumps_all([Work(id="a", type="book"), Work(id="b", type="book")]))
    @book{a
    }
    <BLANKLINE>
    @book{b
    }
    <BLANKLINE>
    """
    return "\n".join(dumps(work, ascii_only=ascii_only) for work in works)
