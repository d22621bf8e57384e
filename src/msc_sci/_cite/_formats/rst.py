"""reStructuredText: roles for formatting; every markup character escaped."""

from __future__ import annotations

import re

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats._walk import BLOCKS, render, unbreak

__all__ = ["NAME", "entry", "inline"]

NAME = "rst"
_WRAPS = {
    "i": (r"\ :emphasis:`", r"`\ "),
    "b": (r"\ :strong:`", r"`\ "),
    "sup": (r"\ :sup:`", r"`\ "),
    "sub": (r"\ :sub:`", r"`\ "),
    "margin": ("", " "),
    **BLOCKS,
}
_SPECIAL = re.compile(r"([\\`*_|:<>\[\]])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def entry(tree: Span) -> str:
    """Return one bibliography entry as reStructuredText.

    >>> entry(Span("", ["A*B ", Span("i", ["J"])]))
    'A\\\\*B \\\\ :emphasis:`J`\\\\'
    """
    return unbreak(render(tree, _escape, _WRAPS))


def inline(tree: Span) -> str:
    """Return a citation as reStructuredText.

    >>> inline(Span("", ["(A_1)"]))
    '(A\\\\_1)'
    """
    return unbreak(render(tree, _escape, _WRAPS))
