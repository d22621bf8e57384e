"""Plain text: no formatting, the margin of numbered entries followed by a space."""

from __future__ import annotations

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats._walk import BLOCKS, render, unbreak

__all__ = ["NAME", "entry", "inline"]

NAME = "text"
_WRAPS = {"margin": ("", " "), **BLOCKS}


def _escape(text: str) -> str:
    return text


def _characters(node: Span | str) -> Span | str:
    """Return *node* with superscript spans made from characters as those characters."""
    if isinstance(node, str):
        return node
    if node.source:
        return node.source
    return Span(node.kind, [_characters(child) for child in node.children])


def entry(tree: Span) -> str:
    """Return one bibliography entry as plain text.

    >>> entry(Span("", [Span("margin", ["1."]), Span("inline", ["A."])]))
    '1. A.'
    """
    return unbreak(render(_characters(tree), _escape, _WRAPS))


def inline(tree: Span) -> str:
    """Return a citation as plain text.

    >>> inline(Span("", ["(A, ", Span("i", ["2021"]), ")"]))
    '(A, 2021)'
    """
    return unbreak(render(_characters(tree), _escape, _WRAPS))
