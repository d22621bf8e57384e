"""Rich text between the CSL engine and the output formats.

The engine renders into plain Python strings in which formatting is marked by
private-use characters (one per kind of span, and one closing mark). Record data
never contains them: :func:`clean` removes them on the way in. :func:`parse` turns a
rendered string into a small tree that each output format walks, escaping every text
node, so record data can never become live markup.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = [
    "CLOSE",
    "OPEN",
    "TAB",
    "Span",
    "clean",
    "flip",
    "hoist_space",
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
    "author": "\ue01b",  # the first names of a bibliography entry
    "nobold": "\ue01c",  # font-weight normal inside bold
    "nosc": "\ue01d",  # font-variant normal inside small caps
    "nodecor": "\ue01e",  # data's <span class="nodecor">: every decoration reset
    "block": "\ue020",  # display="block": a line of its own
    "indent": "\ue021",  # display="indent": an indented block
    "stay": "\ue022",  # empty: punctuation after it is never moved into quotes
    "baseline": "\ue023",  # vertical-align baseline inside a superscript or subscript
    "person": "\ue024",  # one name of an entry's first names (subsequent-author-substitute)
}
#: The mark closing the innermost open span.
CLOSE = "\ue01f"
#: A tab the style prints (``delimiter="&#9;"``), which every format writes as a tab;
#: a tab in record data, a control character, prints as a space.
TAB = "\ue003"

_KIND = {value: key for key, value in OPEN.items()}
_MARKS = re.compile("[\ue000-\ue0ff]")
_TOKENS = re.compile("([\ue010-\ue02f])")


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
    #: The superscript character a ``sup`` span of its letters stands for (plain text
    #: prints the character, as citeproc-js does).
    source: str = field(default="", repr=False, compare=False)

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
        elif len(token) == 1 and token != TAB and _MARKS.fullmatch(token):
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


#: A decoration and the span that resets it inside itself.
_RESETS = {"i": "normal", "b": "nobold", "sc": "nosc"}
_RESET_OF = {reset: kind for kind, reset in _RESETS.items()}


def flip(tree: Span, active: frozenset[str] = frozenset()) -> Span:
    """Flip decorations nested in themselves, as citeproc-js does; return *tree*.

    Italics inside italics become upright (``normal``), bold inside bold and small caps
    inside small caps likewise; superscript characters (``ª``, ``²``, ``™``) become
    superscript spans of their letters; a reset outside its decoration, a ``nodecor`` span
    outside any decoration and a ``baseline`` span outside a superscript or subscript
    are dropped, their text kept.

    >>> flip(parse(mark("i", "a " + mark("i", "b")))).children[0].children[1].kind
    'normal'
    >>> flip(parse(mark("normal", "a"))).children
    ['a']
    """
    children: list[Span | str] = []
    for child in tree.children:
        if isinstance(child, str):
            if child.isascii() or "raised" in active:
                children.append(child)
            else:
                children.extend(_raise(child))
            continue
        kind = child.kind
        inner = active
        if kind in _RESETS:
            if kind in active:
                child.kind = _RESETS[kind]
                inner = active - {kind}
            else:
                inner = active | {kind}
        elif kind in ("sup", "sub"):
            inner = active | {"raised"}
        elif kind == "baseline":
            if "raised" not in active:
                children.extend(flip(child, active).children)
                continue
            inner = active - {"raised"}
        elif kind in _RESET_OF or kind == "nodecor":
            undone = [_RESET_OF[kind]] if kind in _RESET_OF else list(_RESETS)
            undone = [name for name in undone if name in active]
            if not undone:
                children.extend(flip(child, active).children)
                continue
            child.kind = _RESETS[undone[0]]
            flip(child, active - set(undone))
            for name in undone[1:]:
                child.children = [Span(_RESETS[name], child.children)]
            children.append(child)
            continue
        children.append(flip(child, inner))
    tree.children = children
    return tree


#: Superscript characters with no ``<super>`` decomposition, and their letters.
_SUPERSCRIPTS = {"\u02c0": "\u0294", "\u02c1": "\u0295", "\u06e5": "\u0648", "\u06e6": "\u064a"}


@lru_cache(maxsize=512)
def _superscript(char: str) -> str | None:
    """Return the letters *char* is a superscript form of, or ``None``."""
    if char in _SUPERSCRIPTS:
        return _SUPERSCRIPTS[char]
    decomposition = unicodedata.decomposition(char)
    if not decomposition.startswith("<super>"):
        return None
    return "".join(chr(int(code, 16)) for code in decomposition.split()[1:])


def _raise(text: str) -> list[Span | str]:
    """Return *text* with each superscript character as a ``sup`` span of its letters.

    >>> _raise("1\u00aa \u2122")
    ['1', Span(kind='sup', children=['a']), ' ', Span(kind='sup', children=['TM'])]
    """
    pieces: list[Span | str] = []
    start = 0
    for index, char in enumerate(text):
        letters = None if char.isascii() else _superscript(char)
        if letters is None:
            continue
        if index > start:
            pieces.append(text[start:index])
        pieces.append(Span("sup", [letters], source=char))
        start = index + 1
    if start < len(text):
        pieces.append(text[start:])
    return pieces


#: Spans that are blocks of their own in HTML (``display``).
_BLOCKS = frozenset(("block", "indent", "margin", "inline"))


def hoist_space(tree: Span) -> Span:
    """Move the spaces opening an entry's first block out of it, as citeproc-js; return *tree*.

    >>> hoist_space(Span("", [Span("b", []), Span("margin", [" N.d."])])).children
    [Span(kind='b', children=[]), ' ', Span(kind='margin', children=['N.d.'])]
    """
    for index, child in enumerate(tree.children):
        if isinstance(child, str):
            if child:
                return tree
            continue
        if not child.text():
            continue
        if child.kind not in _BLOCKS or not child.children:
            return tree
        first = child.children[0]
        if isinstance(first, str) and first[:1].isspace():
            stripped = first.lstrip()
            child.children[0] = stripped
            tree.children.insert(index, first[: len(first) - len(stripped)])
        return tree
    return tree
