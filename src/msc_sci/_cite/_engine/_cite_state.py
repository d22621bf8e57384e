"""What disambiguation decided for one item, read while its citations are rendered.

:func:`~._disambiguate.disambiguate` keeps a :class:`Disambiguation` on each reference it
changes; ``cs:name`` (:mod:`._names`) and ``cs:if disambiguate="true"``
(:mod:`._conditions`) read it. While first citations are probed, :data:`recorder`
collects the names each item's citation prints.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

__all__ = ["STATE_KEY", "Disambiguation", "NamesSeen", "recorder", "state_of"]

#: Where a reference keeps its :class:`Disambiguation`.
STATE_KEY = "msc_sci_disambiguation"


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


class _Recorder(threading.local):
    """Per thread: the name lists printed by each item, while probing (else ``None``)."""

    seen: dict[str, list[NamesSeen]] | None = None


#: Set by :func:`~._disambiguate.disambiguate` around its probes, per thread.
recorder = _Recorder()


def state_of(reference: Any) -> Disambiguation | None:
    """Return the disambiguation kept on *reference*, if any."""
    found = dict.get(reference, STATE_KEY)
    return found if isinstance(found, Disambiguation) else None
