"""The render context: all the state of one processor call, in one object.

citeproc-py renders by calling ``render`` down the style's element tree with only the
item and the enclosing element, so state that has to travel further (are sort keys
being rendered? which names did this citation print? what did a ``cs:substitute``
already print?) needs a channel of its own.
That channel is one :class:`RenderContext` per processor call (as citeproc-js's
``state``), made by :func:`rendering` and read by every element through
:func:`current`.
It lives in a :class:`contextvars.ContextVar`, so each thread (and each task) sees its
own, and nothing is kept on citeproc-py's objects.

This module imports no other module of the engine: every module may read the context.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Disambiguation", "NamesSeen", "RenderContext", "current", "rendering"]


@dataclass(slots=True)
class Disambiguation:
    """How one item's citation differs from the style's plain rendering.

    Attributes:
        names: Print at least this many names of each name list (0: as the style says).
        given: ``(variable, position)`` -> how far that name's given name is expanded:
            1 for initials, 2 for the whole given name.
        condition: How many of the style's ``disambiguate="true"`` tests hold, in
            document order (0: none).
    """

    names: int = 0
    given: dict[tuple[str, int], int] = field(default_factory=dict)
    condition: int = 0


@dataclass(frozen=True, slots=True)
class NamesSeen:
    """A name list a citation printed: its variable, all its names, how many were shown."""

    variable: str
    names: tuple[Any, ...]
    shown: int


@dataclass(slots=True, eq=False)
class RenderContext:
    """What one processor call knows while it renders, beyond the item and the element.

    Attributes:
        items: The CSL-JSON items as given, by reference key (values before any
            conversion, for ``cs:number`` on markup).
        history: The cites rendered so far in the document, oldest first (for
            ``position`` and subsequent cites).
        disambiguation: What disambiguation decided, by reference key
            (:mod:`._disambiguate`; read by ``cs:name`` and ``disambiguate="true"``).
        suffixes: The implicit year suffix of each reference key, printed after the
            first year (or citation label) of a cite or entry.
        sorting: Sort keys are being rendered (no year suffix, "and", "et al." or
            names label in them).
        probing: Citations are rendered to be compared (accessed dates left out).
        testing: :meth:`~._conditions.If.holds` is testing a branch, not rendering it.
        seen: While probing, the name lists each reference's citation printed (else
            ``None``).
        marking: Terms mark where they start (note styles, for ``Ibid.``).
        strip_periods: A macro called with ``strip-periods`` is rendering: its variables
            and terms print without full stops.
        implicit_placed: The cite or entry being rendered printed its implicit suffix.
        repressed: Variables a ``cs:substitute`` printed, by element tag: empty for the
            rest of the cite or entry.
        substituting: How many ``cs:substitute`` are rendering (names printed now are
            substitutes).
        bare_substitute: The ``cs:substitute`` just rendered printed an element that
            is not ``cs:names``: its ``cs:names`` adds no affixes or formatting.
        term_substitute: The ``cs:substitute`` just rendered printed an element that
            calls no variable (a term or a value, not a macro): its ``cs:names`` prints
            no variable for the group or macro around it.
        inherited_parts: The ``cs:name-part`` elements substituted names inherit from
            the names they stand in for.
        author_pending: The entry's first names are still to come
            (``subsequent-author-substitute``, grouped cites).
        persons_pending: Each of those names is to be marked.
        people: The data of each name marked so, in the entry being rendered.
        budget: The macro budget (:mod:`._budget`): depth, renders and characters.
    """

    items: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    history: list[Any] = field(default_factory=list)
    disambiguation: dict[str, Disambiguation] = field(default_factory=dict)
    suffixes: dict[str, Any] = field(default_factory=dict)
    sorting: bool = False
    probing: bool = False
    testing: bool = False
    seen: dict[str, list[NamesSeen]] | None = None
    marking: bool = False
    strip_periods: bool = False
    implicit_placed: bool = False
    repressed: dict[str, list[str]] = field(default_factory=dict)
    substituting: int = 0
    bare_substitute: bool = False
    term_substitute: bool = False
    inherited_parts: dict[str, Any] | None = None
    author_pending: bool = False
    persons_pending: bool = False
    people: list[Any] = field(default_factory=list)
    budget: list[int] = field(default_factory=lambda: [0, 0, 0])

    def state(self, key: str) -> Disambiguation | None:
        """Return the disambiguation of the reference *key*, if it has one."""
        return self.disambiguation.get(key)

    def start(self) -> None:
        """Forget what the previous cite or entry left: each renders on its own."""
        self.repressed = {}
        self.implicit_placed = False


_current: ContextVar[RenderContext | None] = ContextVar("msc_sci_render_context", default=None)


def current() -> RenderContext:
    """Return the context of the processor call rendering now.

    Outside a call (an element rendered on its own), a context of this thread's own.

    >>> current().sorting
    False
    """
    found = _current.get()
    if found is None:
        found = RenderContext()
        _current.set(found)
    return found


@contextmanager
def rendering(context: RenderContext | None = None) -> Iterator[RenderContext]:
    """Make *context* (by default a new one) current inside the ``with`` block.

    >>> with rendering() as context:
    ...     context is current()
    True
    """
    context = RenderContext() if context is None else context
    token = _current.set(context)
    try:
        yield context
    finally:
        _current.reset(token)
