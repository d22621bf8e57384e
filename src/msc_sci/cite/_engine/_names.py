"""Names as citeproc-js prints them: ``initialize="false"`` and hyphenated initials."""

from __future__ import annotations

import re
from typing import Any

from citeproc import model
from citeproc.string import String

from msc_sci.cite._engine._rich import CLOSE, OPEN, plain

__all__ = ["Name", "initials"]

_GIVEN_WORD = re.compile(r"[^\s.]+\.?")


def initials(given: str, mark: str, *, hyphen: bool = True) -> str:
    """Return *given* as initials followed by *mark*, the way citeproc-js does.

    With *hyphen*, a lower-case part after a hyphen is dropped (``Min-jun`` gives
    ``M.``); without, a hyphen is a space. A lower-case word is kept whole.

    >>> initials("Yoichi M.", ". ")
    'Y. M.'
    >>> initials("Jean-Paul", ".")
    'J.-P.'
    >>> initials("Min-jun", ". ")
    'M.'
    >>> initials("Min-jun", "", hyphen=False)
    'M jun'
    """
    if not hyphen:
        given = given.replace("-", " ")
    tight = mark.rstrip()
    space = mark[len(tight) :]
    out = ""
    for word in _GIVEN_WORD.findall(given):
        bare = word.rstrip(".")
        parts = [part for part in bare.split("-") if part]
        if not parts or not parts[0][:1].isupper():
            out = f"{out.rstrip()} {word} " if out else f"{word} "
            continue
        letters = [part[0] for part in parts if part[:1].isupper()]
        out += "-".join(letter + tight for letter in letters) + space
    return " ".join(out.split()) if " " in mark or not tight else out.strip()


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
            # Only existing initials are normalised (M.E to M. E.); given names stay.
            out = ""
            for word in _GIVEN_WORD.findall(str(given)):
                bare = word.rstrip(".")
                if len(bare) == 1 and bare.isupper():
                    out += bare + str(mark)
                else:
                    out = f"{out.rstrip()} {word} " if out else f"{word} "
            return out.strip()
        return initials(str(given), str(mark), hyphen=bool(hyphen))

    def markup(self, text: object) -> object:
        if isinstance(text, int):  # form="count": keep the number, Names adds them up
            return text
        return super().markup(text)

    def process(self, item: object, variable: str, context: object = None, **kw: object) -> object:
        text = super().process(item, variable, context=context, **kw)
        if text is None or isinstance(text, int):
            return text
        mark = self.get_option("initialize-with", context, kw.get("sort_options"))
        if mark is not None and "." not in mark:
            # Initials without full stops: citeproc-js prints suffixes without them too.
            for name in item.reference.get(variable, []):  # type: ignore[attr-defined]
                suffix = name.get("suffix") or ""
                if suffix.endswith("."):
                    text = String(str(text).replace(" " + suffix, " " + suffix.rstrip(".")))
        et_al = str(self.et_al() or "")
        if (
            text is not None
            and "\u2e80" <= plain(et_al)[:1] <= "\u9fff"
            and str(text).endswith(" " + et_al)
        ):
            # citeproc-js puts no space before a CJK "et al." term (Honmouほか).
            text = String(str(text)[: -len(et_al) - 1] + et_al)
        return text


class Names(model.Names):
    """A ``cs:names`` whose implicit ``cs:name`` is one of ours, not citeproc-py's."""

    def process(self, item: Any, names_context: Any = None, context: Any = None, **kw: Any) -> Any:
        owner = names_context if names_context is not None else self
        if owner.name is None:
            owner.insert(0, owner.makeelement(f"{{{self.nsmap['cs']}}}name"))
            owner.forget_children()
            _keep_alive(owner)
        text = super().process(item, names_context=names_context, context=context, **kw)
        layout = (context if context is not None else self).get_layout()
        if text and getattr(layout, "author_pending", False):
            # The first names of a bibliography entry, for subsequent-author-substitute.
            layout.author_pending = False
            return String(OPEN["author"] + str(text) + CLOSE)
        return text


def _keep_alive(element: Any) -> None:
    pinned = element.get_root().__dict__.get("_pinned")
    if pinned is not None:
        pinned.extend(element.iterchildren())
