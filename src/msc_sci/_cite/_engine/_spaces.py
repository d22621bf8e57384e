"""Spaces a ``cs:text`` prints itself, kept apart from the spaces of affixes.

citeproc-js prints a space that begins or ends the text of a variable, term or value
(``<text value="Vol. "/>``, a term ``Consultation: ``) even where an affix or delimiter
space meets it (``Vol.  560``), while two affix or delimiter spaces that meet print as
one. citeproc-py's joins merge any two spaces, so such a space is pinned with a mark
while the text is put together, and the mark is taken out from the finished cite or
entry.
"""

from __future__ import annotations

from typing import Any

from citeproc.string import String

__all__ = ["PIN", "pin_spaces", "unpin_spaces"]

#: Keeps the space beside it from merging (a private-use character, which record data
#: cannot forge: see `._source`).
PIN = "\ue002"


def pin_spaces(text: Any) -> Any:
    """Return *text* with a mark outside a space it begins or ends with.

    >>> str(pin_spaces(String("Vol. "))) == "Vol. " + PIN
    True
    """
    plain = str(text)
    if plain.startswith(" "):
        text = String(PIN) + text
    if plain.endswith(" "):
        text = text + String(PIN)
    return text


def unpin_spaces(text: str) -> str:
    """Return *text* without the marks.

    >>> unpin_spaces("Vol. " + PIN + " 5")
    'Vol.  5'
    """
    return text.replace(PIN, "")
