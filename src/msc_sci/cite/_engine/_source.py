"""CSL-JSON items as citeproc-py references, with inline markup made safe.

Every string loses any formatting mark it carries (:func:`._rich.clean`), then the
CSL-JSON inline markup whitelist (``<i>``, ``<b>``, ``<sup>``, ``<sub>``,
``<span style="font-variant:small-caps;">`` and ``<span class="nocase">``) becomes
formatting marks; any other tag stays literal text, to be escaped by the output format.
Straight apostrophes become typographic ones, as citeproc-js prints them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from citeproc import DATES, NAMES, VARIABLES
from citeproc.source import BibliographySource, Name, Reference
from citeproc.source.json import CiteProcJSON
from citeproc.string import MixedString, NoCase, String

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
}
_TAG = re.compile(
    r"<i>|</i>|<b>|</b>|<sup>|</sup>|<sub>|</sub>|<sc>|</sc>|</span>"
    r'|<span style="font-variant:\s*small-caps;?">|<span class="nocase">',
    re.IGNORECASE,
)
_NAME_KEYS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")
_KNOWN = frozenset(VARIABLES) | {"container_title_short"}


_DOUBLE_QUOTED = re.compile(r'"([^"]+)"')


def inline_markup(text: str, quotes: Quotes | None = None) -> MixedString:
    """Return *text* with whitelisted inline tags turned into formatting marks.

    Text inside ``<span class="nocase">`` becomes :class:`NoCase` pieces, which case
    changes leave alone; unmatched or unknown tags stay literal text.

    >>> from msc_sci.cite._engine._rich import plain
    >>> plain(str(inline_markup("a <i>b</i> <script>")))
    'a b <script>'
    """
    tokens = _tokens(clean(text))
    pieces: list[String] = []
    nocase = 0
    for kind, value in tokens:
        if kind == "text":
            value = _typographic(value, quotes)
            pieces.append(NoCase(value) if nocase else String(value))
        elif kind == "open" and value == "nocase":
            nocase += 1
        elif kind == "close" and value == "nocase":
            nocase -= 1
        elif kind == "open":
            pieces.append(NoCase(OPEN[value]) if nocase else String(OPEN[value]))
        else:
            pieces.append(NoCase(CLOSE) if nocase else String(CLOSE))
    return MixedString(pieces)


def _typographic(text: str, quotes: Quotes | None) -> str:
    """Return *text* with typographic apostrophes and the locale's quotation marks.

    Straight double quotes become a quote span, flipped to inner marks when nested.
    """
    text = text.replace("'", "\u2019")
    if quotes is not None and '"' in text:
        text = _DOUBLE_QUOTED.sub(
            lambda m: f"{OPEN['quote']}{quotes.open}{m.group(1)}{quotes.close}{CLOSE}", text
        )
    return text


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
            return self.parse_date(value)
        except (TypeError, ValueError, KeyError):
            return None
