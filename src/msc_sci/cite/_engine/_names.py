"""Names as citeproc-js prints them: ``initialize="false"`` and hyphenated initials."""

from __future__ import annotations

import re
from typing import Any

from citeproc import model
from citeproc.string import String

from msc_sci.cite._engine._rich import plain

__all__ = ["Name", "initials"]

_GIVEN_WORD = re.compile(r"[^\s.]+\.?")


def initials(given: str, mark: str, *, hyphen: bool = True) -> str:
    """Return *given* as initials followed by *mark*, the way citeproc-js does.

    A lower-case part after a hyphen is dropped (``Min-jun`` gives ``M.``); a lower-case
    word is a particle and is kept whole.

    >>> initials("Yoichi M.", ". ")
    'Y. M.'
    >>> initials("Jean-Paul", ".")
    'J.-P.'
    >>> initials("Min-jun", ". ")
    'M.'
    """
    tight = mark.rstrip()
    space = mark[len(tight) :]
    out: list[str] = []
    for word in _GIVEN_WORD.findall(given):
        bare = word.rstrip(".")
        parts = [part for part in bare.split("-") if part]
        if not parts or not parts[0][:1].isupper():
            out.append(word + " ")
            continue
        letters = [part[0] for part in parts if part[:1].isupper()]
        if hyphen:
            out.append("-".join(letter + tight for letter in letters) + space)
        else:
            out.append("".join(letter + mark for letter in letters))
    return "".join(out).strip()


class Name(model.Name):
    """A ``cs:name`` that honours ``initialize="false"`` and hyphenated given names."""

    def _initialize_option(self, context: Any) -> str:
        value = self.get("initialize")
        if value is None:
            parent = (context if context is not None else self).xpath_search(
                "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"
            )
            value = parent[0].get("initialize") if parent else None
            if value is None:
                value = self.get_root().get("initialize", "true")
        return str(value)

    def initialize(self, given: str, mark: str, context: object) -> str:
        hyphen = self.get_option("initialize-with-hyphen", context)
        if self._initialize_option(context) == "false":
            # Only existing initials are normalised; full given names stay.
            words = []
            for word in given.split():
                bare = word.rstrip(".")
                if len(bare) == 1 and bare.isupper():
                    words.append(bare + mark.rstrip())
                else:
                    words.append(word)
            return " ".join(words)
        return initials(str(given), str(mark), hyphen=bool(hyphen))

    def process(self, item: object, variable: str, context: object = None, **kw: object) -> object:
        text = super().process(item, variable, context=context, **kw)
        et_al = str(self.et_al() or "")
        if (
            text is not None
            and "\u2e80" <= plain(et_al)[:1] <= "\u9fff"
            and str(text).endswith(" " + et_al)
        ):
            # citeproc-js puts no space before a CJK "et al." term (Honmouほか).
            text = String(str(text)[: -len(et_al) - 1] + et_al)
        return text
