"""Where a cite stands in a document's citations: CSL's ``position`` values.

A cite is ``first`` the first time its item is cited and ``subsequent`` after that.
A repeat of the cite just before it (in the same citation, or as the first cite after a
citation of that item alone) is ``ibid``, or also ``ibid-with-locator`` when it points
somewhere else in the work. A repeat within ``near-note-distance`` notes of the last
note citing the item is ``near-note``. Citations in running text (note number 0) and
in notes are two separate sequences for ``ibid``, as in citeproc-js.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["POSITIONS", "locator_of", "note_of", "positions"]

#: The values of CSL's ``position`` test.
POSITIONS = ("first", "subsequent", "ibid", "ibid-with-locator", "near-note")


def note_of(cite: Any) -> int:
    """Return the note number of *cite*'s citation (0: in the running text)."""
    number = getattr(cite.citation, "note_index", 0)
    return int(number) if number else 0


def locator_of(cite: Any) -> tuple[str, str] | None:
    """Return *cite*'s locator as ``(label, value)``, or ``None`` without one."""
    locator = dict.get(cite, "locator")
    if locator is None:
        return None
    return (str(locator.label or "page"), str(locator.identifier))


def positions(cite: Any, history: Sequence[Any], *, near_note_distance: int) -> frozenset[str]:
    """Return the positions *cite* has after the cites in *history* (oldest first).

    Each cite has ``key``, an optional ``locator`` and ``citation`` (the citation it
    belongs to, with ``cites`` and an optional ``note_index``).
    """
    earlier = [other for other in history if other.key == cite.key]
    if not earlier:
        return frozenset({"first"})
    found = {"subsequent"}
    note = note_of(cite)
    in_notes = [note_of(other) for other in earlier if note_of(other) > 0]
    if note > 0 and in_notes and note - in_notes[-1] <= near_note_distance:
        found.add("near-note")
    previous = _previous(cite, history)
    if previous is not None:
        here, there = locator_of(cite), locator_of(previous)
        if there is None or here == there:
            found.add("ibid")
            if here is not None and there is None:
                found.add("ibid-with-locator")
        elif here is not None:
            found.update(("ibid", "ibid-with-locator"))
    return frozenset(found)


def _previous(cite: Any, history: Sequence[Any]) -> Any:
    """Return the cite *cite* may repeat as ``ibid``, or ``None``.

    Citations in one note count as one citation, as in citeproc-js.
    """
    same_kind = [other for other in history if (note_of(other) > 0) == (note_of(cite) > 0)]
    if not same_kind:
        return None
    last = same_kind[-1]
    if _unit(last) == _unit(cite):
        return last if last.key == cite.key else None
    unit = [other for other in same_kind if _unit(other) == _unit(last)]
    return last if last.key == cite.key and len(unit) == 1 else None


def _unit(cite: Any) -> object:
    """Return what *cite* is cited in: its note, or its citation in the running text."""
    note = note_of(cite)
    return note if note > 0 else id(cite.citation)
