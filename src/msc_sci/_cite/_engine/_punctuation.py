"""Punctuation fixes citeproc-js makes after rendering, done on the rich-text tree.

- a full stop right after a span ending in ``.``, ``?`` or ``!`` is dropped
  (``<i>et al.</i>.`` becomes ``<i>et al.</i>``);
- with the locale option ``punctuation-in-quote``, a comma or full stop right after a
  quoted run moves inside the closing quote mark (``series,”``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from msc_sci._cite._engine._rich import Span

__all__ = ["Quotes", "collapse_punctuation", "fix_punctuation", "flip_quotes"]

_COLLAPSING = ":;.!?,"
_MARK = re.compile("[\ue010-\ue02f]")
#: Two marks with only formatting between them: where anything may collapse.
_NEAR = re.compile(f"[{_COLLAPSING}][\ue010-\ue02f]*[{_COLLAPSING}]")


def collapse_punctuation(text: str) -> str:
    """Collapse punctuation meeting at a seam as citeproc-js does.

    A colon or full stop after ``: ; ! ?`` is dropped, ``!`` or ``?`` replaces a
    colon or semicolon before it, and a repeated mark at a formatting seam is kept once.
    Each mark meets the last one kept, so ``O.:.`` loses its last full stop.

    >>> collapse_punctuation("Why?. Because;! Yes. o. O.:.")
    'Why? Because! Yes. o. O.:'
    """
    if not _NEAR.search(text):
        return text
    out: list[str] = []
    last = -1  # where the last mark kept is in *out*, while only formatting follows it
    for char in text:
        if char in _COLLAPSING and last >= 0:
            left, seam = out[last], len(out) - 1 > last
            if left == char:
                if seam:
                    continue  # "..." in data is an ellipsis; only a seam collapses
            elif char in ":." and left in ":;!?":
                continue
            elif char in "!?" and left in ":;":
                del out[last]
        out.append(char)
        if char in _COLLAPSING:
            last = len(out) - 1
        elif not _MARK.match(char):
            last = -1
    return "".join(out)


class Quotes(NamedTuple):
    """A locale's quotation marks."""

    open: str = "\u201c"
    close: str = "\u201d"
    open_inner: str = "\u2018"
    close_inner: str = "\u2019"


_ENDS = (".", "?", "!")


def _last_char(node: Span | str) -> str:
    if isinstance(node, str):
        return node[-1:] if node else ""
    for child in reversed(node.children):
        char = _last_char(child)
        if char:
            return char
    return ""


def fix_punctuation(tree: Span, *, in_quote: bool, quotes: Quotes | None = None) -> Span:
    """Apply the fixes to *tree* in place and return it.

    With *in_quote*, a ``. , ! ?`` after a quoted run moves inside its closing mark
    (into the innermost quote that ends there); it is dropped when the quoted text
    already ends with the same mark, or a full stop follows ``!`` or ``?``.

    >>> from msc_sci._cite._engine._rich import parse, mark
    >>> fix_punctuation(parse(mark("i", "et al.") + ". x"), in_quote=False).text()
    'et al. x'
    >>> fix_punctuation(parse(mark("quote", "“a”") + ", b"), in_quote=True).text()
    '“a,” b'
    >>> fix_punctuation(parse(mark("quote", "“a?”") + ". b"), in_quote=True).text()
    '“a?” b'
    """
    quotes = quotes or Quotes()
    children = tree.children
    for child in children:
        if isinstance(child, Span):
            fix_punctuation(child, in_quote=in_quote, quotes=quotes)
    index = 0
    while index < len(children) - 1:
        node, after = children[index], children[index + 1]
        if isinstance(node, Span) and isinstance(after, str) and after:
            if after[0] == "." and _last_char(node) in _ENDS:
                after = children[index + 1] = after[1:]
            quoted = _trailing_quote(node) if in_quote else None
            while (
                quoted is not None
                and after[:1] in _MOVED
                and _move_inside(quoted, after[0], quotes.close)
            ):
                after = children[index + 1] = after[1:]
        index += 1
    return tree


_MOVED = (".", ",", "!", "?")


def _trailing_quote(node: Span) -> Span | None:
    """Return the quote *node* ends with, itself or inside formatting (``<i>“a”</i>``)."""
    while node.kind != "quote":
        last = node.children[-1] if node.children else None
        if not isinstance(last, Span):
            return None
        node = last
    return node


_PUNCTUATION = frozenset(".,;:!?")


def _move_inside(span: Span, char: str, close: str) -> bool:
    """Put *char* before the closing mark of quote *span*; return whether it was taken."""
    last = span.children[-1] if span.children else None
    if not isinstance(last, str) or not last.endswith(close):
        return False
    body = last[: -len(close)]
    before = span.children[-2] if len(span.children) > 1 else None
    if (
        not body
        and isinstance(before, Span)
        and before.kind == "quote"
        and _move_inside(before, char, close)
    ):
        return True
    previous = body[-1:] if body else (_last_char(before) if before is not None else "")
    if previous == char or (char == "." and previous in ("!", "?")):
        return True  # the quoted text already ends the sentence
    span.children[-1] = body + char + close
    return True


def flip_quotes(tree: Span, quotes: Quotes, *, depth: int = 0) -> Span:
    """Use inner quotation marks for quotes inside quotes (and outer inside those).

    >>> from msc_sci._cite._engine._rich import parse, mark
    >>> inner = mark("quote", "\u201cb\u201d")
    >>> flip_quotes(parse(mark("quote", f"\u201ca {inner}\u201d")), Quotes()).text() == (
    ...     "\u201ca \u2018b\u2019\u201d"
    ... )
    True
    """
    for child in tree.children:
        if not isinstance(child, Span):
            continue
        if child.kind == "quote":
            if depth % 2 == 1:
                _swap_ends(child, quotes)
            flip_quotes(child, quotes, depth=depth + 1)
        else:
            flip_quotes(child, quotes, depth=depth)
    return tree


def _swap_ends(span: Span, quotes: Quotes) -> None:
    first, last = span.children[0], span.children[-1]
    if isinstance(first, str) and first.startswith(quotes.open):
        span.children[0] = quotes.open_inner + first[len(quotes.open) :]
    last = span.children[-1]
    if isinstance(last, str) and last.endswith(quotes.close):
        span.children[-1] = last[: -len(quotes.close)] + quotes.close_inner
