"""The walk shared by every format: escape text, wrap spans."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from msc_sci._cite._engine._rich import TAB, Span
from msc_sci._controls import normalise_controls

__all__ = ["BLOCKS", "BREAK", "render", "split_urls", "unbreak"]

#: Put around blocks by formats that print an entry on one line; never in data.
BREAK = "\ue0f0"
#: Wraps of ``display`` blocks for one-line formats: a space on each side.
BLOCKS = {"block": (BREAK, BREAK), "indent": (BREAK, BREAK)}
_BREAKS = re.compile(f"\\s*{BREAK}[\\s{BREAK}]*")
_URL = re.compile(r"\bhttps?://[^\s<>\"`{}|\\^]+")
#: What ends a sentence after a URL rather than belonging to it.
_URL_TAIL = ".,;:!?'\""


def split_urls(text: str) -> list[tuple[bool, str]]:
    """Return *text* cut into ``(is_url, part)`` runs, so formats can keep URLs whole.

    A URL ends before trailing sentence punctuation, and before a closing parenthesis
    it did not open.

    >>> split_urls("See https://doi.org/10.1/x_(y). Then (https://a.org/b).")
    [(False, 'See '), (True, 'https://doi.org/10.1/x_(y)'), (False, '. Then ('), \
(True, 'https://a.org/b'), (False, ').')]
    """
    parts: list[tuple[bool, str]] = []
    at = 0
    for match in _URL.finditer(text):
        url = match.group()
        while url and (
            url[-1] in _URL_TAIL or (url[-1] == ")" and url.count(")") > url.count("("))
        ):
            url = url[:-1]
        if "://" not in url or url.endswith("://"):
            continue
        if match.start() > at:
            parts.append((False, text[at : match.start()]))
        parts.append((True, url))
        at = match.start() + len(url)
    if at < len(text):
        parts.append((False, text[at:]))
    return parts


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
    data never starts a line or a command of the markup; a tab the style prints (the
    :data:`~._rich.TAB` mark) is a tab.

    >>> render(Span("", ["a<", Span("i", ["b"])]), str.upper, {"i": ("[", "]")})
    'A<[B]'
    """
    if isinstance(node, str):
        return escape(normalise_controls(node)).replace(TAB, "\t")
    inner = "".join(render(child, escape, wraps) for child in node.children)
    if not inner:
        return ""
    before, after = wraps.get(node.kind, ("", ""))
    return f"{before}{inner}{after}"
