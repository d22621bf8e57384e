"""Capitalised terms in notes: ``Ibid.`` where a note or sentence starts, as citeproc-js.

In a note style, a term (``ibid``, ``id.``...) that starts a cite is capitalised when
the cite starts the citation, or follows a prefix that ends a sentence of more than one
word (``"As he said. "``, but not an abbreviation such as ``"Cf. "``). Terms elsewhere,
and terms with their own ``text-case``, keep their case. A term marks where it starts
while a cite renders, and the layout capitalises the mark it finds at the start of the
cite.
"""

from __future__ import annotations

import re
from typing import Any

from citeproc.string import String

from msc_sci._cite._engine._context import current

__all__ = ["START", "TermStart", "capitalize_start", "opens_sentence"]

#: Where a term starts (a private-use character, so record data cannot forge it).
START = "\ue001"
# Formatting marks and spaces that may come before the term (see `_rich.OPEN`).
_LEADING = re.compile("[\\s\ue010-\ue01e]*")
# A sentence's end, then closing quotes, brackets or formatting marks, then spaces.
_SENTENCE_END = re.compile("[.!?][\"'\u201d\u2019\u00bb)\ue010-\ue01f]*\\s*$")


class TermStart:
    """Mixin for ``cs:text``: mark where a term starts, when the render context says."""

    def render(self, *args: Any, **kwargs: Any) -> Any:
        text = super().render(*args, **kwargs)  # type: ignore[misc]
        get = self.get  # type: ignore[attr-defined]
        if text and current().marking and get("term") and not get("text-case"):
            if str(text)[:1].isspace():
                # A term after its prefix's space starts nothing; a mark before the space
                # would also keep it from merging with a space before it.
                return text
            return String(START) + text
        return text


def opens_sentence(prefix: str) -> bool:
    """Return whether text after the cite prefix *prefix* starts a sentence.

    >>> opens_sentence("see "), opens_sentence("As said. "), opens_sentence("Cf. ")
    (False, True, False)
    """
    return bool(_SENTENCE_END.search(prefix)) and len(prefix.split()) > 1


def capitalize_start(text: str, *, capitalize: bool) -> str:
    """Return *text* without term marks, its leading term capitalised if *capitalize*.

    >>> capitalize_start(START + "ibid.; " + START + "ibid.", capitalize=True)
    'Ibid.; ibid.'
    """
    if capitalize:
        before = _LEADING.match(text)
        end = before.end() if before else 0
        if text.startswith(START, end):
            after = _LEADING.match(text, end + 1)
            letter = after.end() if after else end + 1
            text = text[:letter] + text[letter : letter + 1].upper() + text[letter + 1 :]
    return text.replace(START, "")
