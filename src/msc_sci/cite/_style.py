"""`Style`: a CSL style (bundled, renamed, dependent or a file) in one locale."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msc_sci._errors import RecordError, StyleError, UnknownStyleError
from msc_sci.cite._bibliography import Bibliography

if TYPE_CHECKING:
    from msc_sci._records import Work

__all__ = ["Style"]

_BIBTEX_PREFIX = "bibtex:"
#: What citeproc-py raises on a style it cannot follow (the traceback is kept as the cause).
_RENDER_ERRORS = (RecursionError, LookupError, TypeError, ValueError, AttributeError)


def _root(spec: str, data: bytes) -> Any:
    from msc_sci.cite._engine._xml import parse_xml

    try:
        return parse_xml(data)
    except ValueError as exc:
        raise StyleError(str(exc), style=spec) from exc


@functools.lru_cache(maxsize=64)
def _processor(spec: str, locale: str | None, stamp: float) -> tuple[Any, str]:
    """Return the processor of *spec* (*stamp*: a style file's mtime, so edits are seen)."""
    from msc_sci.cite._names import csl_names, find

    found = find(spec)
    if found is not None:
        data = found.path.read_bytes()
        default_locale = found.default_locale
    else:
        path = Path(spec)
        if not spec.endswith(".csl") or not path.is_file():
            from msc_sci.cite._names import bibtex_names

            raise UnknownStyleError(spec, known=(*csl_names(), *bibtex_names()))
        from msc_sci.cite._engine._xml import MAX_STYLE_BYTES

        try:
            if path.stat().st_size > MAX_STYLE_BYTES:
                raise StyleError(f"larger than {MAX_STYLE_BYTES} bytes", style=spec)
            data = path.read_bytes()
        except OSError as exc:
            raise StyleError(f"cannot be read ({exc.strerror})", style=spec) from exc
        default_locale = None
    root = _root(spec, data)
    if found is None:
        default_locale = root.get("default-locale")
    if root.citation is None:
        raise StyleError("has no cs:citation element (a dependent style file?)", style=spec)
    chosen = locale or default_locale or "en-US"
    from citeproc import LANGUAGE_NAMES, PRIMARY_DIALECTS

    if chosen not in LANGUAGE_NAMES and chosen.split("-")[0] not in PRIMARY_DIALECTS:
        raise StyleError(f"no CSL locale for {chosen!r} (e.g. 'en-US', 'de-DE')", style=spec)
    from msc_sci.cite._engine._processor import Processor

    try:
        return Processor(root, chosen), chosen
    except (LookupError, ValueError, TypeError, AttributeError) as exc:
        raise StyleError(f"cannot be set up ({exc})", style=spec) from exc


def _items(works: Iterable[Work | Mapping[str, object]]) -> list[dict[str, object]]:
    from msc_sci._records import Work

    items = []
    for index, work in enumerate(works):
        if isinstance(work, Work):
            items.append(work.to_csl_json())
        elif isinstance(work, Mapping):
            items.append(Work.from_csl_json(work, where=f"works[{index}]").to_csl_json())
        else:
            raise RecordError(
                "not a Work or a CSL-JSON mapping",
                field=f"works[{index}]",
                value=type(work).__name__,
            )
    return items


class Style:
    """A citation style: a bundled or renamed CSL style, a ``.csl`` file, or ``bibtex:...``.

    Args:
        name_or_path: A style name such as ``"apa"`` or ``"vancouver"``, or the path of
            a ``.csl`` file (read as untrusted XML: no DTD, no entities, bounded size).
        locale: A CSL locale such as ``"de-DE"``; default: the style's own default locale,
            else ``"en-US"``.

    Raises:
        UnknownStyleError: for an unknown name, with the closest known names.
        StyleError: when the style file cannot be used.

    >>> style = Style("apa")
    >>> style.citation([{"id": "x", "type": "book", "title": "T",
    ...                  "author": [{"family": "Doe", "given": "Jane"}],
    ...                  "issued": {"date-parts": [[2020]]}}])
    '(Doe, 2020)'
    """

    def __init__(self, name_or_path: str | Path, *, locale: str | None = None) -> None:
        spec = str(name_or_path)
        self.name = spec
        self._bibtex: Any = None
        if spec.startswith(_BIBTEX_PREFIX):
            self._bibtex = _bibtex_style(spec, locale)
            self.locale = locale or "en-US"
            return
        try:
            stamp = Path(spec).stat().st_mtime if spec.endswith(".csl") else 0.0
        except OSError:
            stamp = 0.0
        self._processor, self.locale = _processor(spec, locale, stamp)

    def __repr__(self) -> str:
        return f"Style({self.name!r}, locale={self.locale!r})"

    def bibliography(
        self, works: Iterable[Work | Mapping[str, object]], *, format: str = "text"
    ) -> Bibliography:
        """Return the bibliography entries of *works*, sorted as the style sorts.

        >>> Style("ieee").bibliography([{"id": "x", "type": "book", "title": "T"}])
        Bibliography(['[1] T.'], warnings=())
        """
        if self._bibtex is not None:
            result: Bibliography = self._bibtex.bibliography(works, format=format)
            return result
        return Bibliography(entry for _, entry in self.keyed_entries(works, format=format))

    def keyed_entries(
        self, works: Iterable[Work | Mapping[str, object]], *, format: str = "text"
    ) -> list[tuple[str, str]]:
        """Return ``(id, entry)`` pairs of *works*' bibliography, sorted as the style sorts.

        >>> Style("apa").keyed_entries([{"id": "x", "type": "book", "title": "T"}])
        [('x', 'T. (n.d.).')]
        """
        from msc_sci.cite import _formats

        module = _formats.get(format)
        items = _items(works)
        if self._bibtex is not None:
            raise StyleError("keyed entries are for CSL styles only", style=self.name)
        try:
            entries = self._processor.bibliography(items)
        except _RENDER_ERRORS as exc:  # a style citeproc-py cannot follow is a bad style
            raise StyleError(f"cannot be rendered ({exc})", style=self.name) from exc
        return [(str(items[index]["id"]), module.entry(tree)) for index, tree in entries]

    def citation(
        self, works: Iterable[Work | Mapping[str, object]], *, format: str = "text"
    ) -> str:
        """Return the first in-text citation (or note) of *works* together.

        >>> Style("nature").citation([{"id": "x", "type": "book", "title": "T"}])
        '1'
        """
        if self._bibtex is not None:
            text: str = self._bibtex.citation(works, format=format)
            return text
        from msc_sci.cite import _formats

        module = _formats.get(format)
        items = _items(works)
        try:
            tree = self._processor.citation(items)
        except _RENDER_ERRORS as exc:  # a style citeproc-py cannot follow is a bad style
            raise StyleError(f"cannot be rendered ({exc})", style=self.name) from exc
        result: str = module.inline(tree)
        return result


def _bibtex_style(spec: str, locale: str | None) -> Any:
    try:
        module = import_module("msc_sci.cite.bibtex")
    except ModuleNotFoundError as exc:
        if exc.name != "msc_sci.cite.bibtex":
            raise
        from msc_sci.cite._names import csl_names

        raise UnknownStyleError(spec, known=csl_names()) from None
    return module.BibtexStyle(spec, locale=locale)
