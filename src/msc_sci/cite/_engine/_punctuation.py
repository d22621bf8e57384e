"""Punctuation fixes citeproc-js makes after rendering, done on the rich-text tree.

- a full stop right after a span ending in ``.``, ``?`` or ``!`` is dropped
  (``<i>et al.</i>.`` becomes ``<i>et al.</i>``);
- with the locale option ``punctuation-in-quote``, a comma or full stop right after a
  quoted run moves inside the closing quote mark (``series,”``).
"""

from __future__ import annotations

from msc_sci.cite._engine._rich import Span

__all__ = ["fix_punctuation"]

_ENDS = (".", "?", "!")


def _last_char(node: Span | str) -> str:
    if isinstance(node, str):
        return node[-1:] if node else ""
    for child in reversed(node.children):
        char = _last_char(child)
        if char:
            return char
    return ""


def fix_punctuation(tree: Span, *, in_quote: bool) -> Span:
    """Apply the fixes to *tree* in place and return it.

    >>> from msc_sci.cite._engine._rich import parse, mark
    >>> fix_punctuation(parse(mark("i", "et al.") + ". x"), in_quote=False).text()
    'et al. x'
    >>> fix_punctuation(parse(mark("quote", "“a”") + ", b"), in_quote=True).text()
    '“a,” b'
    """
    children = tree.children
    for child in children:
        if isinstance(child, Span):
            fix_punctuation(child, in_quote=in_quote)
    index = 0
    while index < len(children) - 1:
        node, after = children[index], children[index + 1]
        if isinstance(node, Span) and isinstance(after, str) and after:
            if after[0] == "." and _last_char(node) in _ENDS:
                after = children[index + 1] = after[1:]
            if (
                in_quote
                and node.kind == "quote"
                and after[:1] in (",", ".")
                and node.children
                and isinstance(node.children[-1], str)
            ):
                close = node.children[-1]
                char = after[0]
                if close[-2:-1] not in (".", ",", "?", "!"):
                    node.children[-1] = close[:-1] + char + close[-1:]
                children[index + 1] = after[1:]
        index += 1
    return tree
