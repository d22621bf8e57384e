"""CSL-JSON items as citeproc-py references, with inline markup made safe.

Every string loses any formatting mark it carries (:func:`._rich.clean`), then the
CSL-JSON inline markup whitelist (``<i>``, ``<b>``, ``<sup>``, ``<sub>``,
``<span style="font-variant:small-caps;">``, ``<span class="nocase">`` and
``<span class="nodecor">``) becomes
formatting marks; any other tag stays literal text, to be escaped by the output format.
Straight apostrophes become typographic ones, as citeproc-js prints them.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

from citeproc import DATES, NAMES, VARIABLES
from citeproc.source import BibliographySource, Name, Reference
from citeproc.source.json import CiteProcJSON
from citeproc.string import MixedString, NoCase, String

from msc_sci.cite._engine._dates import read_date
from msc_sci.cite._engine._punctuation import Quotes
from msc_sci.cite._engine._rich import CLOSE, OPEN, clean

__all__ = ["Source", "inline_markup"]

_TAGS = {
    "<i>": ("i", "</i>"),
    "<b>": ("b", "</b>"),
    "<sup>": ("sup", "</sup>"),
    "<sub>": ("sub", "</sub>"),
    "<sc>": ("sc", "</sc>"),
    '<span style="font-variant:small-caps;">': ("sc", "</span>"),
    '<span class="nocase">': ("nocase", "</span>"),
    '<span class="nodecor">': ("nodecor", "</span>"),
}
_TAG = re.compile(
    r"<i>|</i>|<b>|</b>|<sup>|</sup>|<sub>|</sub>|<sc>|</sc>|</span>"
    r'|<span style="font-variant:\s*small-caps;?">|<span class="no(?:case|decor)">',
    re.IGNORECASE,
)
_NAME_KEYS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")
#: CSL 1.0.2 title variables citeproc-py does not list; it stores them with a warning.
_NEWER = frozenset(("event_title", "part_title", "reviewed_title", "volume_title"))
_KNOWN = frozenset(VARIABLES) | {"container_title_short"} | _NEWER


#: Spans whose text case changes leave alone, as citeproc-js does.
_NOCASE_KINDS = frozenset(("nocase", "sc", "sup", "sub"))
#: Characters that send a string through the full parser; others are plain text.
_SPECIAL = re.compile("[<'\"\u2018\u2019\u201c\u201d]")
#: Quote characters in data: (kind of pair, role). ``'`` and ``"`` may open or close.
_QUOTE_CHARS = {
    '"': ("double", "either"),
    "\u201c": ("double", "open"),
    "\u201d": ("double", "close"),
    "'": ("single", "either"),
    "\u2018": ("single", "open"),
    "\u2019": ("single", "close"),
}
_QUOTE_SPLIT = re.compile("([\"'\u2018\u2019\u201c\u201d])")
#: Characters after which a quote mark opens (besides white space and the start).
_BEFORE_OPEN = "([{/-\u2013\u2014\"'\u201c\u2018"


def inline_markup(text: str, quotes: Quotes | None = None) -> MixedString:
    """Return *text* with whitelisted inline tags and quotation marks turned into marks.

    Text inside ``<span class="nocase">``, small caps, superscripts and subscripts
    becomes :class:`NoCase` pieces, which case changes leave alone; unmatched or
    unknown tags stay literal text. With the locale's *quotes*, balanced quotation
    marks (straight or typographic, single or double) become quote spans, printed
    with the locale's marks; other straight apostrophes become typographic ones.

    >>> from msc_sci.cite._engine._rich import plain
    >>> plain(str(inline_markup("a <i>b</i> <script>")))
    'a b <script>'
    >>> plain(str(inline_markup("'Dog's life'", Quotes()))) == "\u201cDog\u2019s life\u201d"
    True
    """
    text = clean(text)
    if not _SPECIAL.search(text):
        return MixedString([String(text)])
    tokens = _tokens(text)
    flat = "".join(value for kind, value in tokens if kind == "text")
    pieces: list[list[Any]] = []  # [text, nocase]
    stack: list[tuple[str, str, int]] = []  # (tag or quote, kind, index in pieces)
    nocase = 0
    offset = 0
    for kind, value in tokens:
        if kind == "open":
            stack.append(("tag", value, -1))
            if value != "nocase":
                pieces.append([OPEN[value], nocase > 0])
            nocase += value in _NOCASE_KINDS
        elif kind == "close":
            while stack and stack[-1][0] == "quote":
                stack.pop()  # a quote left open inside a tag stays literal
            if stack:
                stack.pop()
            nocase -= value in _NOCASE_KINDS
            if value != "nocase":
                pieces.append([CLOSE, nocase > 0])
        else:
            for part in _QUOTE_SPLIT.split(value):
                if part:
                    _add_text(part, flat, offset, pieces, stack, quotes, nocase > 0)
                    offset += len(part)
    return MixedString([(NoCase if flag else String)(piece) for piece, flag in _merged(pieces)])


def _add_text(
    part: str,
    flat: str,
    offset: int,
    pieces: list[list[Any]],
    stack: list[tuple[str, str, int]],
    quotes: Quotes | None,
    nocase: bool,
) -> None:
    """Append one piece of text or one quotation mark to *pieces*."""
    found = _QUOTE_CHARS.get(part)
    if found is None:
        pieces.append([part, nocase])
        return
    pair, role = found
    before = flat[offset - 1] if offset else " "
    after = flat[offset + 1] if offset + 1 < len(flat) else " "
    literal = "\u2019" if part == "'" else part
    if quotes is None or (part in "'\u2019" and before.isalnum() and after.isalnum()):
        pieces.append([literal, nocase])  # an apostrophe
        return
    can_close = not before.isspace() and not after.isalnum()
    can_open = (
        (before.isspace() or before in _BEFORE_OPEN)
        and not after.isspace()
        and after != part
        # typographic single quotes are quotes only inside other quotes
        and (part != "\u2018" or any(entry[0] == "quote" for entry in stack))
    )
    top = stack[-1] if stack else None
    if role != "open" and can_close and top is not None and top[:2] == ("quote", pair):
        stack.pop()
        pieces[top[2]][0] = OPEN["quote"] + quotes.open
        # punctuation right after the quote in the same text stays outside it
        stay = OPEN["stay"] + CLOSE if after in ".,!?" else ""
        pieces.append([quotes.close + CLOSE + stay, nocase])
    elif role != "close" and can_open:
        stack.append(("quote", pair, len(pieces)))
        pieces.append([literal, nocase])  # made an opening mark once matched
    else:
        pieces.append([literal, nocase])


def _merged(pieces: list[list[Any]]) -> list[tuple[str, bool]]:
    """Join neighbouring pieces with the same case protection."""
    out: list[tuple[str, bool]] = []
    for piece, flag in pieces:
        if out and out[-1][1] == flag:
            out[-1] = (out[-1][0] + piece, flag)
        else:
            out.append((piece, flag))
    return out


def _tokens(text: str) -> list[tuple[str, str]]:
    """Split *text* into text, open and close tokens; only balanced tags count."""
    found: list[tuple[int, int, str]] = []
    for match in _TAG.finditer(text):
        tag = match.group().lower()
        if "small-caps" in tag:
            tag = '<span style="font-variant:small-caps;">'
        found.append((match.start(), match.end(), tag))
    pairs: dict[int, tuple[str, str]] = {}
    stack: list[tuple[int, str, str]] = []
    for index, (_, _, tag) in enumerate(found):
        if tag in _TAGS:
            kind, closer = _TAGS[tag]
            stack.append((index, kind, closer))
        elif stack and stack[-1][2] == tag:
            opener, kind, _ = stack.pop()
            pairs[opener] = ("open", kind)
            pairs[index] = ("close", kind)
    tokens: list[tuple[str, str]] = []
    position = 0
    for index, (start, end, _) in enumerate(found):
        if index not in pairs:
            continue
        if start > position:
            tokens.append(("text", text[position:start]))
        tokens.append(pairs[index])
        position = end
    if position < len(text):
        tokens.append(("text", text[position:]))
    return tokens


class Source(CiteProcJSON):
    """CSL-JSON items as citeproc-py references, keyed ``k0``, ``k1``... in order.

    Keys are our own so that ids differing only in case stay distinct.
    """

    def __init__(self, items: Iterable[Mapping[str, Any]], quotes: Quotes | None = None) -> None:
        BibliographySource.__init__(self)
        self.quotes = quotes
        for index, item in enumerate(items):
            self.add(self._reference(f"k{index}", item))

    def _reference(self, key: str, item: Mapping[str, Any]) -> Reference:
        data: dict[str, Any] = {}
        for name, value in item.items():
            variable = name.replace("-", "_")
            if name in ("id", "type", "custom", "categories") or variable not in _KNOWN:
                continue
            if variable in NAMES:
                data[variable] = [self._name(person) for person in value]
            elif variable in DATES:
                date = self._date(value)
                if date is not None:
                    data[variable] = date
            elif name == "language":
                data[variable] = clean(str(value))
            else:
                data[variable] = inline_markup(str(value), self.quotes)
        if _NEWER.isdisjoint(data):
            return Reference(key, str(item.get("type", "article")), **data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "unsupported": they work all the same
            return Reference(key, str(item.get("type", "article")), **data)

    @staticmethod
    def _name(person: Mapping[str, Any]) -> Name:
        if "literal" in person:
            return Name(literal=str(inline_markup(str(person["literal"]))))
        parts = {
            key: clean(str(person[key])).replace("'", "\u2019")
            for key in _NAME_KEYS
            if person.get(key)
        }
        given = parts.get("given", "")
        if given and set(parts) == {"given"}:
            return Name(literal=given)  # a given name alone (Banksy) is printed whole
        if ", " in given and "suffix" not in parts:
            # "John, III": citeproc-js reads what follows the comma as the suffix.
            given, suffix = given.split(", ", 1)
            parts["given"], parts["suffix"] = given, suffix.lstrip("!").strip()
        return Name(**parts)

    def _date(self, value: Mapping[str, Any]) -> Any:
        try:
            return read_date(value)
        except (TypeError, ValueError, KeyError):
            return None
