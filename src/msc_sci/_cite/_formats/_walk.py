"""The walk shared by every format: escape text, wrap spans."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from msc_sci._cite._engine._rich import Span
from msc_sci._controls import normalise_controls

__all__ = ["BLOCKS", "BREAK", "render", "unbreak"]

#: Put around blocks by formats that print an entry on one line; never in data.
BREAK = "\ue0f0"
#: Wraps of ``display`` blocks for one-line formats: a space on each side.
BLOCKS = {"block": (BREAK, BREAK), "indent": (BREAK, BREAK)}
_BREAKS = re.compile(f"\\s*{BREAK}[\\s{BREAK}]*")


def unbreak(text: str) -> str:
    """Return *text* with each run of block breaks (and the spaces around it) as one space.

    >>> unbreak(f"a {BREAK}b{BREAK}{BREAK} c{BREAK}")
    'a b c'
    """
    return _BREAKS.sub(" ", text).strip()


def render(
    node: Span | str,
    escape: Callable[[str], str],
    wraps: Mapping[str, tuple[str, str]],
) -> str:
    """Return *node* with text escaped and each span between its pair from *wraps*.

    Spans of a kind missing from *wraps* keep only their content. Control characters
    in text (a newline, a form feed, ...) become one space before escaping, so record
    data never starts a line or a command of the markup.

    >>> render(Span("", ["a<", Span("i", ["b"])]), str.upper, {"i": ("[", "]")})
    'A<[B]'
    """
    if isinstance(node, str):
        return escape(normalise_controls(node))
    inner = "".join(render(child, escape, wraps) for child in node.children)
    if not inner:
        return ""
    before, after = wraps.get(node.kind, ("", ""))
    return f"{before}{inner}{after}"
