"""The element classes that differ from citeproc-py's, combined per CSL tag."""

from __future__ import annotations

from typing import Any

from citeproc import model

from msc_sci.cite._engine._conditions import Else_If, If, Label, Substitute
from msc_sci.cite._engine._dates import Date
from msc_sci.cite._engine._disambiguate import SUFFIX_KEY, sorting
from msc_sci.cite._engine._layout import Layout, Sort
from msc_sci.cite._engine._names import Name, Names
from msc_sci.cite._engine._notes import TermStart
from msc_sci.cite._engine._quotes import Quoted
from msc_sci.cite._engine._root import Style
from msc_sci.cite._engine._textcase import TextCased

__all__ = ["ELEMENTS"]


class _MacroCache:
    """Look macros up once per style instead of by XPath at every use."""

    def get_macro(self: Any, name: str) -> Any:
        return self.get_root().macro(name)


class _PageRanges:
    """Collapse page ranges by citeproc-js's Chicago rule (1274-1303 gives 1274-303)."""

    def _format_last_page(self: Any, first: str, last: str) -> str:
        if self.get_root().get_option("page-range-format") not in ("chicago", "chicago-16"):
            return str(super()._format_last_page(first, last))  # type: ignore[misc]
        if not (first.isdigit() and last.isdigit()) or len(first) != len(last):
            return last
        number = int(first)
        common = next(
            (index for index, (a, b) in enumerate(zip(first, last, strict=True)) if a != b),
            len(first),
        )
        if number < 100 or number % 100 == 0:
            return last
        if number % 100 < 10:
            return last[common:]
        return last[min(common, len(first) - 2) :]


class Text(TermStart, _MacroCache, _PageRanges, Quoted, TextCased, model.Text):
    """A ``cs:text`` with our quoting, title case and macro cache."""

    def _variable(self, item: Any, context: Any) -> Any:
        if sorting.active and self.get("variable") == "year-suffix":
            return None  # sort keys never carry a year suffix
        return super()._variable(item, context)


class Key(_MacroCache, model.Key):
    """A sort ``cs:key`` with the macro cache."""


class Date_Part(TextCased, model.Date_Part):  # noqa: N801
    """A ``cs:date-part`` with our title case, and an implicit year suffix after the year."""

    def render(self, date: Any, context: Any = None) -> Any:
        # citeproc-py copies the calling style's date-part attributes onto the locale's
        # element for good; restore them, so one style's overrides never leak to another.
        saved = dict(self.attrib)
        try:
            return super().render(date, context)
        finally:
            if dict(self.attrib) != saved:
                self.attrib.clear()
                self.attrib.update(saved)

    def process(self, date: Any, context: Any = None) -> Any:
        text = super().process(date, context)
        if self.get("name") == "year" and text is not None and isinstance(date, dict):
            suffix = dict.get(date, SUFFIX_KEY)
            if suffix and not sorting.active:
                text = str(text) + str(suffix)
        return text


class Number(_PageRanges, TextCased, model.Number):
    """A ``cs:number`` with our title case."""


class Name_Part(TextCased, model.Name_Part):  # noqa: N801
    """A ``cs:name-part`` with our title case."""


class LabelCased(TextCased, Label):
    """A ``cs:label`` with our title case."""


#: CSL tag -> element class, where ours differ from citeproc-py's.
ELEMENTS: dict[str, type] = {
    "style": Style,
    "text": Text,
    "key": Key,
    "date": Date,
    "date-part": Date_Part,
    "number": Number,
    "name": Name,
    "names": Names,
    "name-part": Name_Part,
    "label": LabelCased,
    "if": If,
    "substitute": Substitute,
    "else-if": Else_If,
    "layout": Layout,
    "sort": Sort,
}
