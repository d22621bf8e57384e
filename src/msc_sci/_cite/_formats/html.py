"""HTML, as citeproc-js writes it: ``csl-entry`` divs, margins for numbered entries.

Every text node is escaped, so record data is never markup.
"""

from __future__ import annotations

import html

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats._walk import render

__all__ = ["NAME", "entry", "inline"]

NAME = "html"
_WRAPS = {
    "i": ("<i>", "</i>"),
    "b": ("<b>", "</b>"),
    "sc": ('<span style="font-variant:small-caps;">', "</span>"),
    "u": ('<span style="text-decoration:underline;">', "</span>"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "normal": ('<span style="font-style:normal;">', "</span>"),
    "nobold": ('<span style="font-weight:normal;">', "</span>"),
    "nosc": ('<span style="font-variant:normal;">', "</span>"),
    "baseline": ('<span style="baseline">', "</span>"),  # sic: citeproc-js's markup
    "margin": ('<div class="csl-left-margin">', "</div>"),
    "inline": ('<div class="csl-right-inline">', "</div>"),
    "block": ('<div class="csl-block">', "</div>"),
    "indent": ('<div class="csl-indent">', "</div>"),
}


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def entry(tree: Span) -> str:
    """Return one bibliography entry as a ``csl-entry`` div.

    >>> entry(Span("", ["<b>", Span("i", ["x"])]))
    '<div class="csl-entry">&lt;b&gt;<i>x</i></div>'
    """
    return f'<div class="csl-entry">{render(tree, _escape, _WRAPS)}</div>'


def inline(tree: Span) -> str:
    """Return a citation as HTML.

    >>> inline(Span("", ["(A & B)"]))
    '(A &amp; B)'
    """
    return render(tree, _escape, _WRAPS).strip()
