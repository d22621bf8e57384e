"""Run a parsed style over CSL-JSON items: bibliography entries and citations."""

from __future__ import annotations

import re
import threading
import types
from collections.abc import Mapping, Sequence
from typing import Any

from citeproc import CitationStylesStyle
from citeproc.source import Locator
from citeproc.string import String

from msc_sci._cite._engine._cites import Bibliography, Citation, Cite
from msc_sci._cite._engine._context import current, rendering
from msc_sci._cite._engine._disambiguate import disambiguate
from msc_sci._cite._engine._givenname import expands_everywhere
from msc_sci._cite._engine._layout import numbers_descend
from msc_sci._cite._engine._punctuation import (
    Quotes,
    collapse_punctuation,
    fix_punctuation,
    flip_quotes,
)
from msc_sci._cite._engine._rich import Span, clean, flip, hoist_space, mark, parse
from msc_sci._cite._engine._source import Source, inline_markup
from msc_sci._cite._engine._spaces import unpin_seams
from msc_sci._cite._engine._xml import locale_root

__all__ = ["FORMATTER", "Processor", "locator_text"]


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


_SPACED_RANGE = re.compile(r"(?<=\d)\s*([-\u2013])\s*(?=\d)")


def locator_text(value: str) -> str:
    """Return a locator as citeproc-js prints it: trimmed, number ranges unspaced.

    Formatting marks are removed, so a locator cannot forge formatting.

    >>> locator_text(" 100 - 103 ")
    '100-103'
    """
    return _SPACED_RANGE.sub(r"\1", clean(value).strip())


class Processor(CitationStylesStyle):
    """A parsed CSL style, ready to format items in one locale.

    Each call renders in a render context of its own (:mod:`._context`), but citeproc-py
    itself still points the style's elements at the call's cites and formatter, so one
    processor renders for one caller at a time: it is shared by every `Style` of the
    same name and locale, across threads.
    """

    def __init__(self, root: Any, locale: str) -> None:
        # Our own set-up instead of CitationStylesStyle's file loading.
        self._lock = threading.Lock()
        self.root = root
        self.xml = root.getroottree()
        self.root.formatter = FORMATTER
        self.root.set_locale_list(locale, load=locale_root)
        self.in_quote = str(self.root.get_locale_option("punctuation-in-quote")).lower() == "true"
        self.quotes = Quotes(
            *(
                str(self.root.get_single_term(name))
                for name in ("open-quote", "close-quote", "open-inner-quote", "close-inner-quote")
            )
        )
        self.root.quotes = self.quotes  # for markup in cs:text values

    def _bibliography(
        self,
        items: Sequence[Mapping[str, Any]],
        cited: Sequence[int] | None = None,
        first_notes: Mapping[str, int] | None = None,
    ) -> Any:
        """Register *items* (keys ``k0``, ``k1``...), sort them, give year suffixes.

        With *cited*, only the items of those indexes are registered, in that order;
        *first_notes* gives the note first citing each key (0: in the running text).
        """
        source = Source(items, quotes=self.quotes)
        current().items = {f"k{index}": item for index, item in enumerate(items)}
        bibliography = Bibliography(self, source, FORMATTER)
        keys = source if cited is None else [f"k{index}" for index in cited]
        for key in keys:
            bibliography.register(Citation([Cite(key)]))
        if self.root.bibliography is not None:
            bibliography.sort()
            bibliography.numbers_descend = numbers_descend(self.root.bibliography)
        disambiguate(bibliography, first_notes)
        context = current()
        if (
            self.root.bibliography is not None
            and expands_everywhere(self.root)
            and any(state.given for state in context.disambiguation.values())
        ):
            # Given names expanded throughout sort as printed (citeproc-js): sort again,
            # and give year suffixes in the new order.
            keys = list(bibliography.keys)
            bibliography.sort()
            if bibliography.keys != keys:
                context.disambiguation.clear()
                context.suffixes.clear()
                disambiguate(bibliography, first_notes)
        return bibliography

    def _finish(self, rendered: object) -> Span:
        text = unpin_seams(collapse_punctuation(str(rendered)))
        tree = fix_punctuation(flip(parse(text)), in_quote=self.in_quote, quotes=self.quotes)
        return flip_quotes(tree, self.quotes)

    def order(self, items: Sequence[Mapping[str, Any]]) -> list[int]:
        """Return the indexes of *items* in the order the style's bibliography sorts them."""
        with self._lock, rendering():
            return [int(key[1:]) for key in self._bibliography(items).keys]

    def bibliography(self, items: Sequence[Mapping[str, Any]]) -> list[tuple[int, Span]]:
        """Return ``(index of the item, rendered entry)`` pairs in the style's order."""
        if self.root.bibliography is None:
            return []
        with self._lock, rendering():
            bibliography = self._bibliography(items)
            order = [int(key[1:]) for key in bibliography.keys]
            entries = bibliography.bibliography()
            return [
                (index, hoist_space(self._finish(entry)))
                for index, entry in zip(order, entries, strict=True)
                if entry is not None
            ]

    def citations(
        self,
        items: Sequence[Mapping[str, Any]],
        groups: Sequence[Sequence[Mapping[str, Any]]],
        notes: Sequence[int] | None = None,
    ) -> list[Span]:
        """Return the citations *groups* in order, each a list of cites of item indexes.

        A cite is ``{"index": n}`` plus optional ``locator``, ``label``, ``prefix`` and
        ``suffix``; later citations see earlier ones (``position="subsequent"``...).
        *notes* holds each citation's note number (0: in the running text); by default
        citation *i* is note *i* + 1.
        """
        numbers = list(notes) if notes is not None else list(range(1, len(groups) + 1))
        if len(numbers) != len(groups):
            raise ValueError(f"{len(groups)} citations but {len(numbers)} note numbers")
        with self._lock, rendering():
            return self._citations(items, groups, numbers)

    def _citations(
        self,
        items: Sequence[Mapping[str, Any]],
        groups: Sequence[Sequence[Mapping[str, Any]]],
        notes: Sequence[int],
    ) -> list[Span]:
        cited: dict[int, int] = {}
        for group, note in zip(groups, notes, strict=True):
            for cite in group:
                index = int(cite["index"])
                if 0 <= index < len(items):
                    cited.setdefault(index, note)
        bibliography = self._bibliography(
            items, list(cited), {f"k{index}": note for index, note in cited.items()}
        )
        first_notes: dict[str, int] = {}
        out = []
        for group, note in zip(groups, notes, strict=True):
            cites = []
            for cite in group:
                extra: dict[str, Any] = {}
                if cite.get("locator") is not None:
                    # CSL 1.0.1 spelt the label "sub verbo"; the locale term is "sub-verbo".
                    label = str(cite.get("label") or "page").replace("sub verbo", "sub-verbo")
                    value = inline_markup(locator_text(str(cite["locator"])), self.quotes)
                    extra["locator"] = Locator(label, str(value))
                for affix in ("prefix", "suffix"):
                    if cite.get(affix):
                        extra[affix] = str(inline_markup(str(cite[affix]), self.quotes))
                key = f"k{cite['index']}"
                cites.append(Cite(key, first_notes.get(key, 0), **extra))
            citation = Citation(cites, note)
            bibliography.register(citation)
            text = bibliography.cite(citation, lambda item: None)
            out.append(self._finish(text))
            if note > 0:
                for item in cites:
                    first_notes.setdefault(item.key, note)
        return out
