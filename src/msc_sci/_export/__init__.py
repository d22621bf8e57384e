"""Export a work in interchange formats: BibTeX, RIS, CSL-JSON, CFF, JSON-LD, meta tags.

Each format is one module, ``msc_sci._export.<name>``, exposing ``NAME``, ``SUFFIXES``,
``MEDIA_TYPE`` and ``dumps(work, ...) -> str``. :data:`FORMATS` maps each name to its
module, which is imported only when that format is asked for.
"""

from __future__ import annotations

from importlib import import_module
from inspect import signature
from types import ModuleType
from typing import TYPE_CHECKING

from msc_sci._errors import UnknownFormatError

if TYPE_CHECKING:
    from msc_sci._records import Work

__all__ = ["ALIASES", "FORMATS", "export", "format_module", "resolve"]

#: Format name -> module path. One row per format.
FORMATS: dict[str, str] = {
    "biblatex": "msc_sci._export.biblatex",
    "bibtex": "msc_sci._export.bibtex",
    "cff": "msc_sci._export.cff",
    "coins": "msc_sci._export.coins",
    "csl-json": "msc_sci._export.csl_json",
    "highwire": "msc_sci._export.highwire",
    "jsonld": "msc_sci._export.jsonld",
    "ris": "msc_sci._export.ris",
}

#: Other names and file suffixes -> format name.
ALIASES: dict[str, str] = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".cff": "cff",
    ".htm": "highwire",
    ".html": "highwire",
    ".json": "csl-json",
    ".jsonld": "jsonld",
    ".ris": "ris",
    "bib": "bibtex",
    "citation.cff": "cff",
    "csl": "csl-json",
    "csljson": "csl-json",
    "google-scholar": "highwire",
    "json": "csl-json",
    "json-ld": "jsonld",
    "meta": "highwire",
    "openurl": "coins",
    "schema.org": "jsonld",
}


def resolve(to: str) -> str:
    """Return the format name for a name, alias or file suffix (any case).

    Raises:
        UnknownFormatError: listing the known names, or suggesting close ones.

    >>> resolve("bib"), resolve(".BIB"), resolve("bibtex")
    ('bibtex', 'bibtex', 'bibtex')
    """
    if not isinstance(to, str):
        raise TypeError(f"an export format must be a string, not {type(to).__name__}")
    key = to.strip().lower()
    if key in FORMATS:
        return key
    if key in ALIASES:
        return ALIASES[key]
    raise UnknownFormatError(to, known=FORMATS, kind="export format")


def format_module(to: str) -> ModuleType:
    """Return the module of format *to* (a name, alias or suffix), importing it now.

    >>> format_module("bibtex").MEDIA_TYPE
    'application/x-bibtex'
    """
    return import_module(FORMATS[resolve(to)])


def export(to: str, *, work: Work | None = None, **options: bool) -> str:
    """Return *work* (by default the study) in format *to*.

    Args:
        to: A format name (``"bibtex"``, ``"ris"``, ...), an alias or a file suffix.
        work: The work to export; the bundled study when ``None``.
        **options: Options of the format's ``dumps``, e.g. ``ascii_only=True`` for BibTeX.

    Raises:
        UnknownFormatError: when *to* names no format.
        ExportError: when the work cannot be written in that format.
        TypeError: when *to* is not a string or *work* not a :class:`~msc_sci.Work`.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> msc_sci.export("bibtex").startswith("@article{honmou2021,")
    True
    """
    from msc_sci._records import Work

    module = format_module(to)
    if work is None:
        from msc_sci._load import study

        work = study()
    if not isinstance(work, Work):
        raise TypeError(f"work must be a msc_sci.Work, not {type(work).__name__}")
    try:
        signature(module.dumps).bind(work, **options)
    except TypeError:
        from msc_sci._errors import ExportError

        unknown = ", ".join(sorted(options))
        raise ExportError(
            f"unknown option(s) {unknown}; {module.NAME} takes "
            + (", ".join(list(signature(module.dumps).parameters)[1:]) or "none"),
            format=module.NAME,
        ) from None
    text: str = module.dumps(work, **options)
    return text
