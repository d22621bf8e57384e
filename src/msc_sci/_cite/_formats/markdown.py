"""Markdown (CommonMark): ``*italic*``, ``**bold**``; every markup character escaped."""

from __future__ import annotations

import re

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats._walk import BLOCKS, render, unbreak

__all__ = ["NAME", "entry", "inline"]

NAME = "markdown"
_WRAPS = {
    "i": ("*", "*"),
    "b": ("**", "**"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "margin": ("", " "),
    **BLOCKS,
}
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def entry(tree: Span) -> str:
    """Return one bibliography entry as Markdown.

    >>> entry(Span("", ["A <b>. ", Span("i", ["J"])]))
    'A \\\\<b\\\\>\\\\. *J*'
    """
    return unbreak(render(tree, _escape, _WRAPS))


def inline(tree: Span) -> str:
    """Return a citation as Markdown.

    >>> inline(Span("", ["[1]"]))
    '\\\\[1\\\\]'
    """
    return unbreak(render(tree, _escape, _WRAPS))
