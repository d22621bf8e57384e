"""Run a parsed style over CSL-JSON items: bibliography entries and citations."""

from __future__ import annotations

import threading
import types
from collections.abc import Mapping, Sequence
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc.source import Locator
from citeproc.string import String

from msc_sci.cite._engine._disambiguate import disambiguate
from msc_sci.cite._engine._punctuation import (
    Quotes,
    collapse_punctuation,
    fix_punctuation,
    flip_quotes,
)
from msc_sci.cite._engine._rich import Span, clean, mark, parse
from msc_sci.cite._engine._source import Source, inline_markup

__all__ = ["FORMATTER", "Processor"]


def _wrapper(kind: str) -> Any:
    def wrap(text: object) -> String:
        return String(mark(kind, str(text)))

    return wrap


#: The citeproc-py "formatter": marks instead of markup, data cleaned of marks.
FORMATTER = types.SimpleNamespace(
    preformat=lambda text: clean(str(text)),
    Italic=_wrapper("i"),
    Oblique=_wrapper("i"),
    Bold=_wrapper("b"),
    Light=lambda text: text,
    Underline=_wrapper("u"),
    Superscript=_wrapper("sup"),
    Subscript=_wrapper("sub"),
    SmallCaps=_wrapper("sc"),
)


class _Item(CitationItem):
    """A citation item that looks its reference up once, not through three dicts each time."""

    @property
    def reference(self) -> Any:
        try:
            return dict.__getitem__(self, "_reference")
        except KeyError:
            found = self.citation.bibliography.source[self.key]
            dict.__setitem__(self, "_reference", found)
            return found


class Processor(CitationStylesStyle):
    """A parsed CSL style, ready to format items in one locale.

    Rendering keeps state on the style's elements (a layout's substituted authors, for
    one), so one processor renders for one caller at a time: it is shared by every
    `Style` of the same name and locale, across threads.
    """

    def __init__(self, root: Any, locale: str) -> None:
        # Our own set-up instead of CitationStylesStyle's file loading.
        self._lock = threading.Lock()
        self.root = root
        self.xml = root.getroottree()
        self.root.formatter = FORMATTER
        self.root.set_locale_list(locale)
        self.in_quote = str(self.root.get_locale_option("punctuation-in-quote")).lower() == "true"
        self.quotes = Quotes(
            *(
                str(self.root.get_single_term(name))
                for name in ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")
            )
        )

    def _bibliography(self, items: Sequence[Mapping[str, Any]]) -> Any:
        """Register *items* (keys ``k0``, ``k1``...), sort them, give year suffixes."""
        source = Source(items, quotes=self.quotes)
        bibliography = CitationStylesBibliography(self, source, FORMATTER)
        for key in source:
            bibliography.register(Citation([_Item(key)]))
        if self.root.bibliography is not None:
            bibliography.sort()
        disambiguate(bibliography, _Item)
        return bibliography

    def _finish(self, rendered: object) -> Span:
        text = collapse_punctuation(str(rendered))
        tree = fix_punctuation(parse(text), in_quote=self.in_quote)
        return flip_quotes(tree, self.quotes)

    def bibliography(self, items: Sequence[Mapping[str, Any]]) -> list[tuple[int, Span]]:
        """Return ``(index of the item, rendered entry)`` pairs in the style's order."""
        if self.root.bibliography is None:
            return []
        with self._lock:
            bibliography = self._bibliography(items)
            order = [int(key[1:]) for key in bibliography.keys]
            entries = bibliography.bibliography()
            return [
                (index, self._finish(entry))
                for index, entry in zip(order, entries, strict=True)
                if entry is not None
            ]

    def citations(
        self, items: Sequence[Mapping[str, Any]], groups: Sequence[Sequence[Mapping[str, Any]]]
    ) -> list[Span]:
        """Return the citations *groups* in order, each a list of cites of item indexes.

        A cite is ``{"index": n}`` plus optional ``locator``, ``label``, ``prefix`` and
        ``suffix``; later citations see earlier ones (``position="subsequent"``...).
        """
        with self._lock:
            return self._citations(items, groups)

    def _citations(
        self,
        items: Sequence[Mapping[str, Any]],
        groups: Sequence[Sequence[Mapping[str, Any]]],
    ) -> list[Span]:
        bibliography = self._bibliography(items)
        out = []
        for group in groups:
            cites = []
            for cite in group:
                extra: dict[str, Any] = {}
                if cite.get("locator") is not None:
                    extra["locator"] = Locator(
                        str(cite.get("label") or "page"), str(cite["locator"])
                    )
                for affix in ("prefix", "suffix"):
                    if cite.get(affix):
                        extra[affix] = str(inline_markup(str(cite[affix]), self.quotes))
                cites.append(_Item(f"k{cite['index']}", **extra))
            citation = Citation(cites)
            bibliography.register(citation)
            text = bibliography.cite(citation, lambda item: None)
            out.append(self._finish(text))
        return out

    def citation(self, items: Sequence[Mapping[str, Any]]) -> Span:
        """Return the first citation of all *items* together."""
        with self._lock:
            bibliography = self._bibliography(items)
            cite = Citation([_Item(f"k{index}") for index in range(len(items))])  # as given
            bibliography.register(cite)
            text = bibliography.cite(cite, lambda item: None)
            return self._finish(text)
