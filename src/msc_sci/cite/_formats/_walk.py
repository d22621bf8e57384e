"""The walk shared by every format: escape text, wrap spans."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from msc_sci.cite._engine._rich import Span

__all__ = ["render"]


def render(
    node: Span | str,
    escape: Callable[[str], str],
    wraps: Mapping[str, tuple[str, str]],
) -> str:
    """Return *node* with text escaped and each span between its pair from *wraps*.

    Spans of a kind missing from *wraps* keep only their content.

    >>> render(Span("", ["a<", Span("i", ["b"])]), str.upper, {"i": ("[", "]")})
    'A<[B]'
    """
    if isinstance(node, str):
        return escape(node)
    inner = "".join(render(child, escape, wraps) for child in node.children)
    if not inner:
        return ""
    before, after = wraps.get(node.kind, ("", ""))
    return f"{before}{inner}{after}"
