"""The element classes that differ from citeproc-py's, combined per CSL tag."""

from __future__ import annotations

import re
from typing import Any

from citeproc import DATES, model
from citeproc.source import VariableError
from citeproc.string import MixedString, String, join, normalize_seam

from msc_sci._cite._engine._conditions import (
    FORM_FALLBACK,
    Condition,
    Conditions,
    Else,
    Else_If,
    If,
    Label,
    Substitute,
    taken_children,
)
from msc_sci._cite._engine._context import current
from msc_sci._cite._engine._dates import Date, date_key
from msc_sci._cite._engine._layout import Layout, Sort
from msc_sci._cite._engine._names import SORT_NAME_END, SORT_PART_END, Name, Names
from msc_sci._cite._engine._notes import TermStart
from msc_sci._cite._engine._ordinals import ordinal_suffix, ordinal_terms, superscripts
from msc_sci._cite._engine._quotes import Quoted
from msc_sci._cite._engine._rich import CLOSE, OPEN, clean
from msc_sci._cite._engine._root import Locale, Style
from msc_sci._cite._engine._source import inline_markup
from msc_sci._cite._engine._spaces import (
    DROP,
    NUMBERS,
    mark_dropping,
    pin_seams,
    pin_spaces,
    without_drop,
)
from msc_sci._cite._engine._textcase import TextCased

__all__ = ["ELEMENTS"]


class _MacroCache:
    """Look macros up once per style instead of by XPath at every use."""

    def get_macro(self: Any, name: str) -> Any:
        return self.get_root().macro(name)


_PAGE_RANGE = re.compile(r"^\s*(.*?)(\d+)\s*[-\u2010\u2013]+\s*(.*?)(\d+)\s*$", re.S)


def page_range(first: str, last: str, range_format: str) -> str:
    """Return the last page of the range *first*-*last* as *range_format* prints it.

    A short last page borrows the leading digits of the first (``1100-23`` is
    ``1100-1123``); ``chicago`` is the 15th edition's rule, which prints all digits of
    four-digit pages when three of them change, and ``chicago-16`` the 16th's.

    >>> [page_range("1496", "504", form) for form in ("chicago", "chicago-16", "minimal")]
    ['1504', '504', '504']
    """
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    if len(first) != len(last):
        return last
    common = next(
        (index for index, (a, b) in enumerate(zip(first, last, strict=True)) if a != b),
        len(first),
    )
    if range_format == "minimal":
        return last[common:] or last[-1:]
    if range_format == "minimal-two":
        return last[min(common, len(last) - 2) :]
    if range_format not in ("chicago", "chicago-15", "chicago-16"):
        return last
    number = int(first)
    if number < 100 or number % 100 == 0:
        return last
    if number % 100 < 10:
        return last[common:] or last[-1:]
    if range_format != "chicago-16" and len(first) == 4 and common < 2:
        return last
    return last[min(common, len(last) - 2) :]


_HYPHENS = re.compile("[-\u2013]")
_NUMBERISH = re.compile(r"[A-Za-z]{0,3}\d+[A-Za-z]{0,3}|[ivxlcdm]+|[IVXLCDM]+")


def is_range(text: str) -> bool:
    """Return whether *text* is a range: two numbers (or roman numerals) and a hyphen.

    >>> [is_range(text) for text in ("1-2", "i\u2013ix", "N110 - N15", "3\\\\-B", "Smith-Jones")]
    [True, True, True, False, False]
    """
    parts = [part.strip() for part in _HYPHENS.split(text)]
    return len(parts) == 2 and all(_NUMBERISH.fullmatch(part) for part in parts)


class _PageRanges:
    """Page ranges as citeproc-js prints them with a ``page-range-format``.

    A range is two numbers with the same prefix (``N110-N15``); each format shortens or
    expands the last number. Anything else (``N110-5``) is printed as given.
    """

    def _process(self: Any, value: Any, variable: str) -> Any:
        range_format = self.get_root().get_option("page-range-format")
        if variable != "page" or not range_format:
            if not _HYPHENS.search(str(value)):
                return super()._process(value, variable)  # type: ignore[misc]
            # Only a hyphen between two numbers makes a range (3-B and Smith-Jones stay).
            process = super()._process  # type: ignore[misc]
            items = []
            for item in str(value).split(","):
                parts = [
                    process(part, variable)
                    if is_range(part)
                    else self.format_number(part.strip().replace("\\-", "-"))
                    for part in item.split("&")
                ]
                items.append(join(parts, " & "))
            return join(items, ", ")
        delimiter = str(self.get_single_term(name="page-range-delimiter") or "\u2013")
        return String(
            ", ".join(
                " & ".join(
                    self._page_range(part, delimiter, range_format) for part in item.split("&")
                )
                for item in str(value).split(",")
            )
        )

    def _page_range(self: Any, text: str, delimiter: str, range_format: str) -> str:
        match = _PAGE_RANGE.match(text)
        if match is None:
            parts = [part.strip() for part in text.replace("\u2013", "-").split("-")]
            if is_range(text):  # roman numerals, say: not shortened
                return delimiter.join(str(self.format_number(part)) for part in parts)
            return str(self.format_number(text.strip()))
        prefix, first, other_prefix, last = match.groups()
        if prefix != other_prefix:
            return f"{prefix}{first}-{other_prefix}{last}"
        shown = page_range(first, last, range_format)
        if len(shown) < max(len(first), len(last)):
            other_prefix = ""  # a shortened last page loses the prefix (n11564-68)
        return (
            f"{prefix}{self.format_number(first)}{delimiter}"
            f"{other_prefix}{self.format_number(shown)}"
        )


#: ``display`` value -> the kind of span it makes.
_DISPLAY = {"block": "block", "indent": "indent", "left-margin": "margin", "right-inline": "inline"}


def _span(kind: str, text: Any) -> Any:
    return String(OPEN[kind]) + text + String(CLOSE)


def _prepend(prefix: str, text: Any) -> Any:
    """Return *prefix* + *text* as citeproc-py's text; only a doubled space merges."""
    if prefix.endswith(" ") and str(text).startswith(" "):
        text = normalize_seam(prefix, text)
    if isinstance(text, MixedString):
        return MixedString([prefix, *text])
    if isinstance(text, str):
        return MixedString([prefix, text])
    return prefix + text


class _Decorated:
    """Explicit ``normal`` decorations, ``baseline`` and ``display`` as spans.

    A ``font-style="normal"`` inside italics prints upright, ``vertical-align="baseline"``
    inside a superscript on the line (the spans are dropped outside their decoration, by
    :func:`._rich.flip`); ``display`` wraps the element, affixes included.
    """

    def font_style(self: Any, text: Any) -> Any:
        if self.get("font-style") == "normal":
            return _span("normal", text)
        return super().font_style(text)  # type: ignore[misc]

    def font_weight(self: Any, text: Any) -> Any:
        if self.get("font-weight") == "normal":
            return _span("nobold", text)
        return super().font_weight(text)  # type: ignore[misc]

    def font_variant(self: Any, text: Any) -> Any:
        if self.get("font-variant") == "normal":
            return _span("nosc", text)
        return super().font_variant(text)  # type: ignore[misc]

    def vertical_align(self: Any, text: Any) -> Any:
        if self.get("vertical-align") == "baseline":
            return _span("baseline", text)
        return super().vertical_align(text)  # type: ignore[misc]

    def wrap(self: Any, string: Any) -> Any:
        """Put the affixes around *string*; only the suffix merges with what it meets.

        A prefix is printed whole before the text, as citeproc-js prints it: a prefix
        ``,`` before ``, 1998`` (a nested element's prefix) prints ``,, 1998``; only a
        space doubled at the seam prints once. A suffix repeating the mark the text
        ends with prints once.
        """
        if string is None:
            return None
        dropping = isinstance(self, model.Group) and str(string).endswith(DROP)
        if dropping:
            string = without_drop(string)
        prefix = self.get("prefix", "")
        text = _prepend(prefix, string) if prefix else string
        wrapped = text + normalize_seam(text, self.get("suffix", ""))
        kind = _DISPLAY.get(self.get("display", ""))
        if kind is None or wrapped is None:
            return wrapped + String(DROP) if dropping else wrapped
        if not str(self.getparent().tag).endswith("}layout"):
            return wrapped  # citeproc-js honours display on the layout's children only
        return _span(kind, wrapped)


#: Number variables whose ranges citeproc-js prints with an en dash (pages have their own).
_NUMBER_VARIABLES = NUMBERS - {"citation-number", "page"}
_NUMBER_RANGE = re.compile(r"^(\d+)\s*-\s*(\d+)$")


_SPACE_BEFORE = re.compile(" ([:;?!\u00bb])")


def narrow_spaces(text: Any) -> Any:
    """Return *text* with a space before ``: ; ? ! »`` (or after ``«``) as a narrow one.

    citeproc-js prints the text of a variable, term or value so, whatever the locale
    (``Disponible sur\u202f:``); affixes keep their spaces.

    >>> narrow_spaces(String("A : B « C »")) == "A\u202f: B «\u202fC\u202f»"
    True
    """
    if isinstance(text, MixedString):
        return MixedString([narrow_spaces(part) for part in text])
    if not isinstance(text, str) or (" " not in text) or current().sorting:
        return text
    narrowed = _SPACE_BEFORE.sub("\u202f\\1", text).replace("\u00ab ", "\u00ab\u202f")
    return text if narrowed == text else type(text)(narrowed)


class Text(TermStart, _MacroCache, _PageRanges, _Decorated, Quoted, TextCased, model.Text):
    """A ``cs:text`` with our quoting, title case, macro cache, markup in values and note terms."""

    def process(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        attrib = self.attrib
        if attrib.get("value") == "":
            return None, None  # an empty value prints nothing, its affixes neither
        if "macro" in attrib and kwargs.get("sort_options") is not None:
            return self._sort_macro(item, context, kwargs["sort_options"])
        state = current()
        outer = state.strip_periods
        if "macro" in attrib and attrib.get("strip-periods") == "true":
            state.strip_periods = True
        try:
            text, language = super().process(item, context, **kwargs)
        finally:
            state.strip_periods = outer
        if text is None or "macro" in attrib:
            return text, language
        if "value" in attrib and not {"variable", "term"} & set(attrib):
            try:
                marked = self.__dict__["_value_memo"]
            except KeyError:
                quotes = getattr(self.get_root(), "quotes", None)
                marked = self.__dict__["_value_memo"] = inline_markup(self.get("value"), quotes)
            text = MixedString(marked)
        text = narrow_spaces(text)
        return (text if current().sorting else pin_spaces(text)), language

    def strip_periods(self, string: Any) -> Any:
        """Return *string* without full stops where ``strip-periods`` applies to it.

        On a macro call it applies, as citeproc-js applies it, to the variables and
        terms the macro prints, not to their affixes nor to values.
        """
        attrib = self.attrib
        if "macro" in attrib:
            return string
        if current().strip_periods and {"variable", "term"} & set(attrib):
            return string.replace(".", "")
        return super().strip_periods(string)

    def _sort_macro(self, item: Any, context: Any, sort_options: Any) -> tuple[Any, str]:
        """Render the macro called inside a sort key's macro with the key's name options.

        CSL 1.0.2: the names of a macro called by ``cs:key`` sort with
        ``name-as-sort-order="all"`` and the key's ``names-min``..., which "affect all
        names generated via macros called by cs:key", nested ones too.
        """
        try:
            language = str(item.reference.language)[:2]
        except VariableError:
            language = str(self.get_root().get("default-locale", "en"))[:2]
        macro = self.get_macro(self.get("macro"))
        context = self if context is None else context
        return macro.render(item, context, sort_options=sort_options), language

    def _variable(self, item: Any, context: Any) -> Any:
        variable = self.get("variable")
        state = current()
        if state.sorting and variable == "year-suffix":
            return None  # sort keys never carry a year suffix
        if variable == "locator" and "locator" in item:
            return self._locator(item)
        text = super()._variable(item, context)
        if (
            variable == "citation-label"
            and text
            and not state.sorting
            and not state.implicit_placed
        ):
            suffix = state.suffixes.get(item.key)
            if suffix:
                state.implicit_placed = True
                text = text + suffix
        elif variable in _NUMBER_VARIABLES and text and _NUMBER_RANGE.match(str(text)):
            text = String(_NUMBER_RANGE.sub("\\1\u2013\\2", str(text)))  # an en dash
        return text

    def _term(self, item: Any) -> Any:
        """Return the term in the text's form, or in the form it falls back to.

        A missing ``short`` form falls back to the long one, ``verb-short`` to ``verb``
        then long, ``symbol`` to ``short`` then long. Straight apostrophes print
        typographic, as in the other text.
        """
        name = self.get("term")
        plural = self.get("plural", "false") == "true"
        get = self.get_plural_term if plural else self.get_single_term
        form = next(
            (
                form
                for form in FORM_FALLBACK.get(self.get("form", "long"), ())
                if self.get_term(name, form) is not None
            ),
            None,
        )
        text = get(name=name, form=form) if form else get(name=name)
        if "'" in text:  # a straight apostrophe prints typographic
            text = String(str(text).replace("'", "\u2019"))
        return text

    def _locator(self, item: Any) -> String:
        """Return the cite's locator as citeproc-js prints it.

        Page locators follow the style's ``page-range-format``, other ranges get an en
        dash; an escaped hyphen (``327\\-30``) stays a hyphen, and ``&`` is the locale's
        "and" symbol.
        """
        ranged = item.locator.label == "page" and self.get_root().get_option("page-range-format")
        pieces = []
        for piece in str(item.locator.identifier).split("\\-"):
            if ranged:
                pieces.append(str(self._process(piece, "page")))
            else:
                pieces.append(piece.replace("-", "\u2013"))
        text = "-".join(pieces)
        if "&" in text:
            symbol = str(self.get_single_term(name="and", form="symbol") or "&")
            text = text.replace("&", symbol)
        return String(text)


class Key(_MacroCache, model.Key):
    """A sort ``cs:key`` with the macro cache; dates sort as :func:`._dates.date_key`."""

    def sort_keys(self, items: list[Any], context: Any) -> list[Any]:
        if "macro" in self.attrib:
            return self._macro_keys(items, context)
        variable = self.get("variable", "").replace("-", "_")
        if variable not in DATES:
            return super().sort_keys(items, context)
        keys = []
        for item in items:
            value = item.reference.get(variable)
            keys.append(None if value is None else date_key(value, _ALL_PARTS))
        return keys

    def _macro_keys(self, items: list[Any], context: Any) -> list[Any]:
        """Return the keys the key's macro prints, its names in sort order.

        ``names-min`` and ``names-use-first`` override the names' et-al options; a zero
        overrides nothing, as in citeproc-js (``names-min="0"`` keeps the style's).
        """
        layout = context.get_layout()
        options: dict[str, Any] = {"name-as-sort-order": "all"}
        for option in ("names-min", "names-use-first", "names-use-last"):
            value = self.get(option)
            if value is not None and not (option != "names-use-last" and value.strip() == "0"):
                options[option.replace("names", "et-al")] = value
        macro = self.get_macro(self.get("macro"))
        keys = []
        for item in items:
            layout.repressed = {}
            keys.append(macro.render(item, context=context, sort_options=options))
        return keys

    def _format_name(self, item: Any, variable: str) -> str | None:
        """Return the sort key of a name list: name by name, family name first (CSL 1.0.2)."""
        names = item.reference.get(variable)
        if names is None:
            return None
        demote = self.get_root().get("demote-non-dropping-particle", "display-and-sort")
        keys = []
        for name in names:
            given, family, dropping, non_dropping, suffix = name.parts()
            if demote.lower() in ("sort-only", "display-and-sort"):
                given = " ".join(part for part in (given, dropping, non_dropping) if part)
            else:
                family = " ".join(part for part in (non_dropping, family) if part)
                given = " ".join(part for part in (given, dropping) if part)
            keys.append(SORT_PART_END.join(part for part in (family, given, suffix) if part))
        return SORT_NAME_END.join(keys)


_ALL_PARTS = frozenset(("year", "month", "day"))


class Date_Part(TextCased, model.Date_Part):  # noqa: N801
    """A ``cs:date-part`` with our title case (its text comes from :class:`._dates.Date`)."""


_TERM = "{http://purl.org/net/xbiblio/csl}term"
_TIGHT_COMMA = re.compile(r",(?!\s)")


class Number(_PageRanges, _Decorated, TextCased, model.Number):
    """A ``cs:number`` with our title case, gendered ordinals and superscripts as spans.

    Ordinal terms come from the first locale that has any (a style's own ordinal terms
    replace the locale file's), in the form of the gender of the variable's term.
    """

    def process(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        variable = self.get("variable", "")
        if variable == "citation-number":
            return self._process(str(item.number), "citation-number")
        given = current().items.get(item.key, {}).get(variable)
        if isinstance(given, str) and "<" in given:
            # citeproc-js prints a number's markup as text (1<sup>er</sup>).
            return self._process(String(clean(given)), variable)
        text = super().process(item, context, **kwargs)
        if type(text) is str:  # a lone number; text-case needs citeproc-py's String
            return String(text)
        return text

    def _process(self, value: Any, variable: str) -> Any:
        """Print a number, a range or a list; a comma with no space after it is no list.

        ``6,771,931`` (or ``US 6,771,931 B2``) is one value, printed as given, as
        citeproc-js prints it; only ``, `` separates the numbers of a list.
        """
        if _TIGHT_COMMA.search(str(value)):
            return String(str(value))
        return super()._process(value, variable)

    def _gender(self) -> str | None:
        try:
            return self.__dict__["_gender_memo"]
        except KeyError:
            pass
        variable = self.get("variable", "")
        gender = None
        for locale in self.get_root().locales:
            term = next(
                (
                    term
                    for term in locale.iter(_TERM)
                    if term.get("name") == variable and term.get("form", "long") == "long"
                ),
                None,
            )
            if term is not None:
                gender = term.get("gender")
                break
        self.__dict__["_gender_memo"] = gender
        return gender

    def format_number(self, number: Any) -> Any:
        if self.get("form") == "ordinal":
            try:
                value = int(number)
            except ValueError:
                return number
            terms = ordinal_terms(self.get_root())
            return String(superscripts(str(value) + ordinal_suffix(value, terms, self._gender())))
        text = super().format_number(number)
        if self.get("form") not in ("ordinal", "long-ordinal") or str(text).isascii():
            return text
        return String(superscripts(str(text)))


class Name_Part(TextCased, model.Name_Part):  # noqa: N801
    """A ``cs:name-part`` with our title case."""


class LabelCased(_Decorated, TextCased, Label):
    """A ``cs:label`` with our title case; a names label is left out of sort keys."""

    def process(
        self,
        item: object,
        variable: str | None = None,
        plural: bool | None = None,
        context: object = None,
        **kw: object,
    ) -> object:
        if plural is not None and current().sorting:
            return None  # the label of a cs:names, as citeproc-js sorts
        return super().process(item, variable, plural, context, **kw)


class Group(_Decorated, model.Group):
    """A ``cs:group`` with ``display`` and explicit ``normal`` decorations.

    A macro call that prints something counts as a printed variable when the group
    decides whether to print, as a nested group does (citeproc-js prints ``[M]`` for
    ``<group><text macro="type-code"/><text variable="medium"/></group>``). The children
    of a ``cs:choose``'s branch taken count as the group's own: a term there does not
    keep a group whose variables are all empty, nor does a term or value a ``cs:names``
    prints through its ``cs:substitute`` (as in citeproc-js: the names' variables are
    empty).
    """

    def process(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        pieces = []
        called = printed = False
        for child in taken_children(self, item, context):
            calls = child.calls_variable()
            called = called or calls
            try:
                text = _render(child, item, context, kwargs)
            except VariableError:
                continue
            if text is not None:
                pieces.append((child, text))
                printed = printed or _printed_variable(child, calls)
        if pieces and (printed or not called):
            if self.get("delimiter"):
                joined = self.join(without_drop(text) for _, text in pieces)
            else:
                joined = self.join(pin_seams(pieces, item))
            return mark_dropping(self, pieces[-1][0], joined)
        raise VariableError


class Macro(model.Macro):
    """A ``cs:macro`` suppressed as a group is: empty if it calls variables, all empty.

    As in a group, the children of a ``cs:choose``'s branch taken count as its own.
    """

    def render(self, item: Any, context: Any = None, sort_options: Any = None) -> Any:
        output = []
        called = rendered = False
        for child in taken_children(self, item, context):
            calls = child.calls_variable()
            called = called or calls
            try:
                text = _render(child, item, context, {"sort_options": sort_options})
            except VariableError:
                continue
            if text is not None:
                output.append((child, text))
                rendered = rendered or _printed_variable(child, calls)
        if not output or (called and not rendered):
            return None
        return join(pin_seams(output, item), "")


def _render(child: Any, item: Any, context: Any, kwargs: dict[str, Any]) -> Any:
    """Return what *child* of a group or macro prints for *item*."""
    if isinstance(child, model.Names):
        current().term_substitute = False
    return child.render(item, context=context, **kwargs)


def _printed_variable(child: Any, calls: bool) -> bool:
    """Return whether *child*, which printed something, printed a variable for its group.

    What a nested macro prints counts, as a nested group's does; a ``cs:names`` that
    printed only a term or value through its ``cs:substitute`` does not.
    """
    if "macro" in child.attrib:
        return True
    return calls and not (isinstance(child, model.Names) and current().term_substitute)


class DateShown(_Decorated, Date):
    """A ``cs:date`` with ``display`` and explicit ``normal`` decorations."""


class NamesShown(_Decorated, Names):
    """A ``cs:names`` with ``display`` and explicit ``normal`` decorations.

    What a ``cs:substitute`` prints with an element that is not ``cs:names`` (a title)
    takes none of the affixes and formatting of the ``cs:names``, as in citeproc-js.
    """

    def markup(self, text: Any) -> Any:
        state = current()
        if state.bare_substitute:
            state.bare_substitute = False
            return text
        if state.strip_periods and text:
            text = text.replace(".", "")  # names in a macro called with strip-periods
        return super().markup(text)


#: CSL tag -> element class, where ours differ from citeproc-py's.
ELEMENTS: dict[str, type] = {
    "style": Style,
    "locale": Locale,
    "text": Text,
    "key": Key,
    "date": DateShown,
    "date-part": Date_Part,
    "number": Number,
    "name": Name,
    "names": NamesShown,
    "group": Group,
    "macro": Macro,
    "name-part": Name_Part,
    "label": LabelCased,
    "if": If,
    "substitute": Substitute,
    "else-if": Else_If,
    "else": Else,
    "conditions": Conditions,
    "condition": Condition,
    "layout": Layout,
    "sort": Sort,
}
