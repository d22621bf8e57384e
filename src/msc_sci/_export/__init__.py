"""Export a work in interchange formats: BibTeX, RIS, CSL-JSON, CFF, JSON-LD, meta tags.

Each format is one module, ``msc_sci._export.<name>``, exposing ``NAME``, ``SUFFIXES``,
``MEDIA_TYPE`` and ``dumps(work, ...) -> str``; a format that can hold several works in
one file also has ``dumps_all(works, ...) -> str``. :data:`FORMATS` maps each name to its
module, which is imported only when that format is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import import_module
from inspect import signature
from types import ModuleType
from typing import TYPE_CHECKING

from msc_sci._errors import UnknownFormatError

if TYPE_CHECKING:
    from msc_sci._records import Work

__all__ = ["ALIASES", "FORMATS", "export", "export_all", "format_module", "resolve"]

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
    _check_options(module, options)
    text: str = module.dumps(work, **options)
    return text


def export_all(to: str, works: Sequence[Work], **options: bool) -> str:
    """Return every one of *works* in format *to*, as one file of that format.

    BibTeX, BibLaTeX and RIS files hold one entry after another, CSL-JSON and JSON-LD
    one array, COinS one span per line. The other formats describe one work.

    Raises:
        UnknownFormatError: when *to* names no format.
        ExportError: when a work cannot be written, or the format holds only one work
            and *works* are several.

    >>> from msc_sci import Work
    >>> text = export_all("csl-json", [Work(id="a", title="A"), Work(id="b", title="B")])
    >>> [item["id"] for item in __import__("json").loads(text)]
    ['a', 'b']
    """
    from msc_sci._records import Work

    module = format_module(to)
    for work in works:
        if not isinstance(work, Work):
            raise TypeError(f"works must be msc_sci.Work objects, not {type(work).__name__}")
    _check_options(module, options)
    many = getattr(module, "dumps_all", None)
    if many is None:
        if len(works) == 1:
            single: str = module.dumps(works[0], **options)
            return single
        from msc_sci._errors import ExportError

        raise ExportError(
            f"a {module.NAME} file describes one work, not {len(works)}", format=module.NAME
        )
    text: str = many(works, **options)
    return text


def _check_options(module: ModuleType, options: dict[str, bool]) -> None:
    try:
        signature(module.dumps).bind(None, **options)
    except TypeError:
        from msc_sci._errors import ExportError

        unknown = ", ".join(sorted(options))
        raise ExportError(
            f"unknown option(s) {unknown}; {module.NAME} takes "
            + (", ".join(list(signature(module.dumps).parameters)[1:]) or "none"),
            format=module.NAME,
        ) from None
