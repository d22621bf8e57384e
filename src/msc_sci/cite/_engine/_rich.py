"""Rich text between the CSL engine and the output formats.

The engine renders into plain Python strings in which formatting is marked by
private-use characters (one per kind of span, and one closing mark). Record data
never contains them: :func:`clean` removes them on the way in. :func:`parse` turns a
rendered string into a small tree that each output format walks, escaping every text
node, so record data can never become live markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "CLOSE",
    "OPEN",
    "Span",
    "clean",
    "mark",
    "parse",
    "plain",
]

#: The opening mark of each kind of span.
OPEN: dict[str, str] = {
    "i": "\ue010",  # italic
    "b": "\ue011",  # bold
    "sc": "\ue012",  # small caps
    "u": "\ue013",  # underline
    "sup": "\ue014",  # superscript
    "sub": "\ue015",  # subscript
    "nocase": "\ue016",  # protected from case changes (no visible effect)
    "quote": "\ue017",  # a quoted run, quote marks included
    "margin": "\ue018",  # second-field-align: the left margin
    "inline": "\ue019",  # second-field-align: the rest of the entry
    "normal": "\ue01a",  # font-style normal inside italics
}
#: The mark closing the innermost open span.
CLOSE = "\ue01f"

_KIND = {value: key for key, value in OPEN.items()}
_MARKS = re.compile("[\ue000-\ue0ff]")
_TOKENS = re.compile("([\ue010-\ue01f])")


def clean(text: str) -> str:
    """Return *text* without any mark, so data cannot forge formatting.

    >>> clean("a\\ue010b")
    'ab'
    """
    return _MARKS.sub("", text)


def mark(kind: str, text: str) -> str:
    """Return *text* wrapped in a span of *kind*.

    >>> parse(mark("i", "x")).children[0].kind
    'i'
    """
    return f"{OPEN[kind]}{text}{CLOSE}"


@dataclass(slots=True)
class Span:
    """A run of rich text: a kind (``""`` for the root) and its children."""

    kind: str
    children: list[Span | str] = field(default_factory=list)

    def text(self) -> str:
        """Return the text without formatting.

        >>> Span("", ["a", Span("i", ["b"])]).text()
        'ab'
        """
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


def parse(text: str) -> Span:
    """Parse a rendered string into a tree; unbalanced marks are dropped.

    >>> parse("a\\ue010b\\ue01f").children
    ['a', Span(kind='i', children=['b'])]
    """
    root = Span("")
    stack = [root]
    for token in _TOKENS.split(text):
        if not token:
            continue
        if token == CLOSE:
            if len(stack) > 1:
                stack.pop()
        elif token in _KIND:
            span = Span(_KIND[token])
            stack[-1].children.append(span)
            stack.append(span)
        elif len(token) == 1 and _MARKS.fullmatch(token):
            continue
        else:
            stack[-1].children.append(token)
    return root


def plain(text: str) -> str:
    """Return a rendered string without its marks.

    >>> plain(mark("b", "x") + "y")
    'xy'
    """
    return parse(text).text()
