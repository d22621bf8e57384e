"""Memoised tree look-ups: the speed layer under every element class.

citeproc-py asks the same questions of a style's XML tree again and again (which
macro, which ancestor, which locale term, does this branch call a variable), by XPath,
for every item. The tree never changes once parsed, so each element remembers its
answers. lxml keeps Python attributes only while an element's proxy object lives, so
:func:`pin` keeps every proxy of a parsed tree alive for as long as its root.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Memo", "pin"]


def pin(root: Any) -> Any:
    """Keep the proxies of every element under *root* alive, so they can remember.

    Returns *root*.
    """
    root._pinned = list(root.iter())
    return root


class Memo:
    """A mixin remembering XPath results, the root and ``calls_variable`` per element."""

    def xpath_search(self: Any, expression: str) -> Any:
        memo = self.__dict__.setdefault("_xpath_memo", {})
        try:
            return memo[expression]
        except KeyError:
            result = memo[expression] = super().xpath_search(expression)  # type: ignore[misc]
            return result

    def __getattr__(self, name: str) -> Any:
        # citeproc-py reads child elements as attributes (``layout.sort``) by a search.
        if name.startswith("_"):
            raise AttributeError(name)
        memo = self.__dict__.setdefault("_child_memo", {})
        try:
            return memo[name]
        except KeyError:
            found = memo[name] = super().__getattr__(name)  # type: ignore[misc]
            return found

    def forget_children(self: Any) -> None:
        """Forget child look-ups, after a child element was added."""
        self.__dict__.pop("_child_memo", None)
        self.__dict__.pop("_children_memo", None)

    def child_elements(self: Any) -> tuple[Any, ...]:
        """Return the element's children (``iterchildren``), looked up once."""
        try:
            return self.__dict__["_children_memo"]
        except KeyError:
            found = self.__dict__["_children_memo"] = tuple(self.iterchildren())
            return found

    def get_root(self: Any) -> Any:
        try:
            return self.__dict__["_root_memo"]
        except KeyError:
            root = self.__dict__["_root_memo"] = super().get_root()  # type: ignore[misc]
            return root

    def get_formatter(self: Any) -> Any:
        try:
            return self.__dict__["_formatter_memo"]
        except KeyError:
            found = super().get_formatter()  # type: ignore[misc]
            if found is not None:
                self.__dict__["_formatter_memo"] = found
            return found

    def calls_variable(self: Any) -> bool:
        try:
            return bool(self.__dict__["_calls_memo"])
        except KeyError:
            calls = self.__dict__["_calls_memo"] = super().calls_variable()  # type: ignore[misc]
            return bool(calls)
