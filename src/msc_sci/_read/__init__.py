"""Read bibliographies: BibTeX and BibLaTeX, CSL-JSON, CSL-YAML and RIS files.

Each format is one module, ``msc_sci._read.<name>``, exposing ``NAME``, ``SUFFIXES``
and ``parse(text, *, path) -> Parsed``. :data:`FORMATS` maps each name to its module,
which is imported only when that format is asked for. The functions here add what every
format shares: choosing the format, duplicate keys, and raising or warning.
"""

from __future__ import annotations

import os
import warnings
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from msc_sci._errors import (
    BibliographyError,
    BibliographyWarning,
    InputError,
    UnknownFormatError,
    UnknownNameError,
)

if TYPE_CHECKING:
    from msc_sci._read._parsed import Parsed
    from msc_sci._records import Work

__all__ = ["ALIASES", "FORMATS", "parse_bibliography", "read_bibliography", "resolve"]

#: Format name -> module path. One row per format.
FORMATS: dict[str, str] = {
    "bibtex": "msc_sci._read.bibtex",
    "csl-json": "msc_sci._read.csl_json",
    "csl-yaml": "msc_sci._read.csl_yaml",
    "ris": "msc_sci._read.ris",
}

#: Other names and file suffixes -> format name.
ALIASES: dict[str, str] = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".biblatex": "bibtex",
    ".json": "csl-json",
    ".yaml": "csl-yaml",
    ".yml": "csl-yaml",
    ".ris": "ris",
    "bib": "bibtex",
    "biblatex": "bibtex",
    "csl": "csl-json",
    "csljson": "csl-json",
    "json": "csl-json",
    "cslyaml": "csl-yaml",
    "yaml": "csl-yaml",
    "yml": "csl-yaml",
}

_ERRORS = ("raise", "warn")


def resolve(name: str) -> str:
    """Return the format name for a name, alias or file suffix (any case).

    Raises:
        UnknownFormatError: listing the known names, or suggesting close ones.

    >>> resolve("biblatex"), resolve(".YML"), resolve("csl-json")
    ('bibtex', 'csl-yaml', 'csl-json')
    """
    key = name.strip().lower()
    if key in FORMATS:
        return key
    if key in ALIASES:
        return ALIASES[key]
    raise UnknownFormatError(name, known=FORMATS, kind="bibliography format")


def format_module(name: str) -> ModuleType:
    """Return the reader module of format *name* (a name, alias or suffix)."""
    return import_module(FORMATS[resolve(name)])


def read_bibliography(
    path: str | os.PathLike[str], *, format: str | None = None, errors: str = "raise"
) -> list[Work]:
    """Read every work in a bibliography file, in file order, keys as ids.

    Args:
        path: A ``.bib`` (BibTeX or BibLaTeX), ``.json`` (CSL-JSON), ``.yaml`` or
            ``.yml`` (CSL-YAML) or ``.ris`` file, UTF-8.
        format: ``"bibtex"``, ``"csl-json"``, ``"csl-yaml"`` or ``"ris"``; by default
            the file's suffix says.
        errors: ``"raise"`` to raise one error listing every bad entry, or ``"warn"``
            to skip bad entries, issuing a :class:`~msc_sci.BibliographyWarning` for each.

    Returns:
        The works, as :class:`~msc_sci.Work` records.

    Raises:
        BibliographyError: listing every bad entry with its line and field, with
            ``errors="raise"``.
        InputError: when the file cannot be read as UTF-8 text.
        UnknownFormatError: when *format* (or the suffix) names no format.

    See :doc:`/reading` for how each format's fields become CSL variables.

    >>> import pathlib, tempfile
    >>> bib = pathlib.Path(tempfile.mkdtemp()) / "refs.bib"
    >>> _ = bib.write_text('@book{doe, author = {Doe, Jane}, title = {A Book}, year = 2020}')
    >>> [work.to_csl_json() for work in read_bibliography(bib)]  # doctest: +NORMALIZE_WHITESPACE
    [{'id': 'doe', 'type': 'book', 'title': 'A Book', 'author': [{'family': 'Doe',
      'given': 'Jane'}], 'issued': {'date-parts': [[2020]]}}]

    .. versionadded:: 0.1.0
    """
    _check_errors(errors)
    name = os.fspath(path)
    module = format_module(format if format is not None else _suffix(name))
    try:
        with open(name, encoding="utf-8-sig") as stream:
            text = stream.read()
    except UnicodeDecodeError as exc:
        raise InputError(str(exc), path=name) from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=name, decoding=False) from exc
    return _finish(module.parse(text, path=name), path=name, errors=errors)


def parse_bibliography(text: str, *, format: str, errors: str = "raise") -> list[Work]:
    """Read every work in bibliography *text*, in order, keys as ids.

    Args:
        text: The contents of a bibliography file.
        format: ``"bibtex"`` (BibTeX and BibLaTeX), ``"csl-json"``, ``"csl-yaml"`` or
            ``"ris"``, or an alias or suffix such as ``".bib"``.
        errors: ``"raise"`` or ``"warn"``, as for :func:`read_bibliography`.

    Raises:
        BibliographyError: listing every bad entry with its line and field, with
            ``errors="raise"``.
        UnknownFormatError: when *format* names no format.

    >>> works = parse_bibliography('[{"id": "x", "type": "book", "title": "T"}]',
    ...                            format="csl-json")
    >>> works[0].title
    'T'

    .. versionadded:: 0.1.0
    """
    _check_errors(errors)
    module = format_module(format)
    return _finish(module.parse(text.removeprefix("\ufeff"), path=None), path=None, errors=errors)


def _check_errors(errors: str) -> None:
    if errors not in _ERRORS:
        raise UnknownNameError(str(errors), kind="errors mode", known=_ERRORS)


def _suffix(name: str) -> str:
    suffix = os.path.splitext(name)[1]
    if not suffix:
        raise UnknownFormatError(
            os.path.basename(name) or name, known=FORMATS, kind="bibliography format"
        )
    return suffix


def _finish(parsed: Parsed, *, path: str | None, errors: str) -> list[Work]:
    """Drop duplicate keys, then raise or warn about every problem; return the works."""
    problems = list(parsed.problems)
    works: list[Work] = []
    seen: dict[str, int | None] = {}
    for entry in parsed.entries:
        fold = entry.key.lower() if parsed.fold_keys else entry.key
        if fold in seen:
            first = seen[fold]
            where = f"line {first}" if first is not None else "an earlier entry"
            problems.append(
                BibliographyWarning(
                    f"duplicate key (first used at {where})",
                    path=path,
                    line=entry.line,
                    key=entry.key,
                )
            )
            continue
        seen[fold] = entry.line
        if entry.work is not None:
            works.append(entry.work)
    problems.sort(key=lambda problem: problem.line or 0)
    if problems:
        if errors == "raise":
            raise BibliographyError(problems, path=path)
        for problem in problems:
            warnings.warn(problem, stacklevel=3)
    return works
