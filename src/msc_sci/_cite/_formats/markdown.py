"""Markdown: ``*italic*``, ``**bold**``; only what would turn into markup escaped.

The output reads the same in CommonMark, GitHub's Markdown and pandoc's. Escaped are
``\\``, `````, ``*``, ``[``, ``]``, ``<``, ``~``, ``^`` and ``$`` everywhere; ``_``
at a word's edge; ``&`` before an entity; ``@`` where pandoc would read a citation;
a ``-`` before another (pandoc's en dash); and a list marker, heading or quote at
the start of an entry (``1.`` becomes ``1\\.``). Periods, parentheses and hyphens
stay as they are. A URL becomes an autolink, ``<https://...>``.
"""

from __future__ import annotations

import re

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats._walk import BLOCKS, render, split_urls, unbreak

__all__ = ["NAME", "entry", "escape", "inline", "start"]

NAME = "markdown"
_WRAPS = {
    "i": ("*", "*"),
    "b": ("**", "**"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "margin": ("", " "),
    **BLOCKS,
}
_SPECIAL = re.compile(
    r"[\\`*\[\]<~^$]"  # markup anywhere
    r"|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])"  # emphasis by underscores, not snake_case
    r"|&(?=#?[A-Za-z0-9]+;)"  # an entity
    r"|(?<![A-Za-z0-9])@(?=[A-Za-z0-9_])"  # a pandoc citation
    r"|-(?=-)"  # pandoc's -- and ---
)
#: Block markup at the start of a line: list markers, headings, quotes.
_BLOCK_START = re.compile(
    r"^(?:(?P<open>\()?(?:[0-9]+|[A-Za-z]|[ivxlcdmIVXLCDM]+|#|@[\w-]*)(?P<close>[.)])(?=\s|$)"
    r"|[-+*](?=\s|$)|#{1,6}(?=\s|$)|[>%|:=])"
)


def escape(text: str) -> str:
    r"""Return *text* for running Markdown: markup characters escaped, URLs as autolinks.

    >>> escape("Doe, J. (2020). *A* snake_case -- see https://doi.org/10.1/x.")
    'Doe, J. (2020). \\*A\\* snake_case \\-- see <https://doi.org/10.1/x>.'
    """
    return "".join(
        f"<{part}>" if is_url else _SPECIAL.sub(lambda m: "\\" + m.group(), part)
        for is_url, part in split_urls(text.replace("\n", " "))
    )


def start(text: str) -> str:
    r"""Return *text* with block markup at its start escaped (``1. A`` is not a list).

    >>> start("1. Honmou O"), start("# 1"), start("Doe J")
    ('1\\. Honmou O', '\\# 1', 'Doe J')
    """
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    at = match.start("close") if match.group("close") and not match.group("open") else 0
    return f"{text[:at]}\\{text[at:]}"


def entry(tree: Span) -> str:
    """Return one bibliography entry as Markdown.

    >>> entry(Span("", ["A <b>. ", Span("i", ["J"])]))
    'A \\\\<b>. *J*'
    """
    return start(unbreak(render(tree, escape, _WRAPS)))


def inline(tree: Span) -> str:
    """Return a citation as Markdown, for running text (its start kept as it is).

    >>> inline(Span("", ["[1]"]))
    '\\\\[1\\\\]'
    """
    return unbreak(render(tree, escape, _WRAPS))
