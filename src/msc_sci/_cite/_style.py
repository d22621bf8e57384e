"""`Style`: a CSL style (bundled, renamed, dependent or a file) in one locale."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msc_sci._cite._bibliography import Bibliography
from msc_sci._cite._engine._budget import RenderBudgetError
from msc_sci._cite._locales import check_locale
from msc_sci._errors import RecordError, StyleError, UnknownLocaleError, UnknownStyleError
from msc_sci._public import public

if TYPE_CHECKING:
    from msc_sci._cite._item import CiteItem
    from msc_sci._records import Work

__all__ = ["Style"]

_BIBTEX_PREFIX = "bibtex:"
#: What citeproc-py raises on a style it cannot follow (the traceback is kept as the cause).
_RENDER_ERRORS = (RecursionError, LookupError, TypeError, ValueError, AttributeError)


def _root(spec: str, data: bytes) -> Any:
    from msc_sci._cite._engine._xml import parse_xml

    try:
        return parse_xml(data)
    except ValueError as exc:
        raise StyleError(str(exc), style=spec) from exc


def _undefined_macro(root: Any) -> tuple[str, int] | None:
    """Return the first macro name *root* calls without defining it, and its line."""
    defined = {macro.get("name") for macro in root.iterchildren() if macro.tag.endswith("}macro")}
    for element in root.iter():
        name = element.get("macro") if isinstance(element.tag, str) else None
        if name is not None and name not in defined:
            return name, element.sourceline
    return None


@functools.lru_cache(maxsize=64)
def _processor(spec: str, locale: str | None, stamp: float) -> tuple[Any, str]:
    """Return the processor of *spec* (*stamp*: a style file's mtime, so edits are seen)."""
    from msc_sci._cite._names import find, is_file, style_file, unknown

    found = None if is_file(spec) else find(spec)
    if found is not None:
        data = found.path.read_bytes()
        default_locale = found.default_locale
    else:
        if not is_file(spec):
            raise unknown(spec)
        path = style_file(spec)
        from msc_sci._cite._engine._xml import MAX_STYLE_BYTES

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
    undefined = _undefined_macro(root)
    if undefined is not None:
        name, line = undefined
        raise StyleError(
            f"calls macro {name!r} on line {line}, which it does not define", style=spec
        )
    from msc_sci._cite._locales import check_locale, known_locales, language_known

    try:
        chosen = locale or check_locale(default_locale) or "en-US"
    except UnknownLocaleError as exc:
        raise StyleError(f"its default-locale is not a locale ({exc})", style=spec) from None
    if not language_known(chosen):
        raise UnknownLocaleError(chosen, known=known_locales())
    from msc_sci._cite._engine._processor import Processor

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


@public
class Style:
    """A citation style: a bundled or renamed CSL style, a ``.csl`` file, or ``bibtex:...``.

    Args:
        name_or_path: A style name such as ``"apa"`` or ``"vancouver"`` (in any case),
            the path of a ``.csl`` file (read as untrusted XML: no DTD, no entities,
            bounded size), a BibTeX style such as ``"bibtex:plain"``, or the path of a
            ``.bst`` file (the same as ``"bibtex:"`` and the path).
        locale: A CSL locale such as ``"de-DE"`` (``"de_DE"`` and ``"de-de"`` are read
            as ``"de-DE"``); default: the style's own default locale, else ``"en-US"``.

    Raises:
        UnknownStyleError: for an unknown name, with the likeliest known names.
        UnknownLocaleError: when *locale* is not a CSL locale name.
        StyleError: when the style file is not found, is not a file or cannot be used, or
            a rendering does more work than any real style does (see :doc:`security`).
        TypeError: when *name_or_path* or *locale* is not a string.

    >>> style = Style("apa")
    >>> style.citation([{"id": "x", "type": "book", "title": "T",
    ...                  "author": [{"family": "Doe", "given": "Jane"}],
    ...                  "issued": {"date-parts": [[2020]]}}])
    '(Doe, 2020)'
    """

    def __init__(self, name_or_path: str | Path, *, locale: str | None = None) -> None:
        if not isinstance(name_or_path, (str, os.PathLike)):
            raise TypeError(f"a style is a name or a path, not {type(name_or_path).__name__}")
        from msc_sci._cite._names import is_file

        spec = str(name_or_path)
        if spec.lower().startswith(_BIBTEX_PREFIX):
            spec = _BIBTEX_PREFIX + spec[len(_BIBTEX_PREFIX) :]
        elif spec.lower().endswith(".bst"):
            spec = _BIBTEX_PREFIX + spec
        self.name = spec
        locale = check_locale(locale)
        self._bibtex: Any = None
        if spec.startswith(_BIBTEX_PREFIX):
            self._bibtex = _bibtex_style(spec, locale)
            self.locale = locale or "en-US"
            return
        try:
            stamp = Path(spec).stat().st_mtime if is_file(spec) else 0.0
        except (OSError, ValueError):  # no such file, or a name the system cannot look up
            stamp = 0.0
        self._processor, self.locale = _processor(spec, locale, stamp)

    def __repr__(self) -> str:
        return f"Style({self.name!r}, locale={self.locale!r})"

    @property
    def category(self) -> str:
        """The style's class, ``"note"`` (citations are footnotes) or ``"in-text"``.

        >>> Style("apa").category, Style("chicago-notes-bibliography").category
        ('in-text', 'note')

        .. versionadded:: 0.1.0
        """
        if self._bibtex is not None:
            return "in-text"
        return "note" if self._processor.root.get("class") == "note" else "in-text"

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
        from msc_sci._cite import _formats

        module = _formats.get(format)
        items = _items(works)
        if self._bibtex is not None:
            raise StyleError("keyed entries are for CSL styles only", style=self.name)
        try:
            entries = self._processor.bibliography(items)
        except RenderBudgetError as exc:  # a style that would take exponential time
            raise StyleError(str(exc), style=self.name) from None
        except _RENDER_ERRORS as exc:  # a style citeproc-py cannot follow is a bad style
            raise StyleError(f"cannot be rendered ({exc})", style=self.name) from exc
        return [(str(items[index]["id"]), module.entry(tree)) for index, tree in entries]

    def citation(
        self, items: Iterable[Work | Mapping[str, object] | CiteItem], *, format: str = "text"
    ) -> str:
        """Return the first citation (or note) of *items* together.

        Each item is a work, a CSL-JSON mapping, or a :class:`~msc_sci.CiteItem` with a
        locator and affixes.

        >>> Style("nature").citation([{"id": "x", "type": "book", "title": "T"}])
        '1'
        >>> from msc_sci import CiteItem
        >>> work = {"id": "x", "type": "book", "title": "T", "author": [{"family": "Doe"}],
        ...         "issued": {"date-parts": [[2020]]}}
        >>> Style("apa").citation([CiteItem(work, locator="4", prefix="see ")])
        '(see Doe, 2020, p. 4)'
        """
        return self.citations([items], format=format)[0]

    def citations(
        self,
        citations: Iterable[Iterable[Work | Mapping[str, object] | CiteItem]],
        *,
        format: str = "text",
    ) -> list[str]:
        """Return a document's *citations* in order, each seeing the ones before it.

        Each citation is an iterable of works, CSL-JSON mappings or
        :class:`~msc_sci.CiteItem` records, and counts as one note (numbered 1, 2, ...),
        so a note style prints ``Ibid.`` for a repeat, a shortened form for a later cite,
        and ``first-reference-note-number`` where it asks for it.

        >>> from msc_sci import CiteItem
        >>> work = {"id": "x", "type": "book", "title": "T", "author": [{"family": "Doe"}],
        ...         "issued": {"date-parts": [[2020]]}}
        >>> Style("chicago-notes-bibliography-16th-edition").citations(
        ...     [[work], [CiteItem(work, locator="4")], [work]])
        ['Doe, T, 2020.', 'Ibid., 4.', 'Doe, T.']

        Raises:
            RecordError: when an item is not a work, a mapping or a cite item.
            UnknownFormatError: for an unknown format.
            StyleError: when the style cannot render them, or a ``bibtex:`` style is
                given locators or affixes.

        .. versionadded:: 0.1.0
        """
        groups = [_cite_items(citation, number) for number, citation in enumerate(citations)]
        if self._bibtex is not None:
            items = [item for group in groups for item in group]
            if any(item.locator or item.prefix or item.suffix for item in items):
                raise StyleError("locators and affixes are for CSL styles only", style=self.name)
            return [
                self._bibtex.citation([item.work for item in group], format=format)
                for group in groups
            ]
        from msc_sci._cite import _formats

        module = _formats.get(format)
        works, cites = _number(groups)
        try:
            trees = self._processor.citations([work.to_csl_json() for work in works], cites)
        except RenderBudgetError as exc:  # a style that would take exponential time
            raise StyleError(str(exc), style=self.name) from None
        except _RENDER_ERRORS as exc:  # a style citeproc-py cannot follow is a bad style
            raise StyleError(f"cannot be rendered ({exc})", style=self.name) from exc
        return [module.inline(tree) for tree in trees]


def _cite_items(
    citation: Iterable[Work | Mapping[str, object] | CiteItem], number: int
) -> list[CiteItem]:
    """Return the items of citation *number* as cite items."""
    from msc_sci._cite._item import CiteItem

    items = []
    for index, item in enumerate(citation):
        if isinstance(item, CiteItem):
            items.append(item)
            continue
        try:
            items.append(CiteItem(item))  # type: ignore[arg-type]  # checked by CiteItem
        except RecordError as exc:
            raise exc.moved(prefix=f"citations[{number}][{index}]") from None
    return items


def _number(groups: list[list[CiteItem]]) -> tuple[list[Work], list[list[dict[str, object]]]]:
    """Return the distinct works of *groups* and the groups as cites of their indexes.

    A work cited again is the same work when it is equal to the earlier one (so two
    different records that happen to share an ``id`` stay two works).
    """
    works: list[Work] = []
    index: dict[Work, int] = {}
    cites: list[list[dict[str, object]]] = []
    for group in groups:
        cites.append([])
        for item in group:
            if item.work not in index:
                index[item.work] = len(works)
                works.append(item.work)
            cites[-1].append(item.to_cite(index[item.work]))
    return works, cites


def _bibtex_style(spec: str, locale: str | None) -> Any:
    try:
        module = import_module("msc_sci._cite.bibtex")
    except ModuleNotFoundError as exc:
        if exc.name != "msc_sci._cite.bibtex":
            raise
        from msc_sci._cite._names import csl_names

        raise UnknownStyleError(spec, known=csl_names()) from None
    return module.BibtexStyle(spec, locale=locale)
