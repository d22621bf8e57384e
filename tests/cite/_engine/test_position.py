"""CSL positions of a cite after a document's earlier cites (``first`` ... ``near-note``)."""

from __future__ import annotations

from typing import Any

import pytest
from citeproc.source import Locator

from msc_sci._cite._engine._cites import Citation, Cite
from msc_sci._cite._engine._position import locator_of, note_of, positions


def document(*citations: tuple[int, list[str]]) -> list[Any]:
    """Return the cites of *citations*, each ``(note, ["key" or "key@page"...])``, in order."""
    cites = []
    for note, keys in citations:
        group = []
        for key in keys:
            name, _, page = key.partition("@")
            extra = {"locator": Locator("page", page)} if page else {}
            group.append(Cite(name, **extra))
        Citation(group, note)
        cites.extend(group)
    return cites


def last(*citations: tuple[int, list[str]], distance: int = 5) -> frozenset[str]:
    """Return the positions of the last cite of *citations*."""
    cites = document(*citations)
    return positions(cites[-1], cites[:-1], near_note_distance=distance)


def test_first_cite_is_first() -> None:
    """An item never cited before is ``first`` only."""
    assert frozenset({"first"}) == last((1, ["a"]))


def test_repeat_without_locators_is_ibid() -> None:
    """The same item again, alone, is ibid, subsequent and near."""
    assert frozenset({"subsequent", "ibid", "near-note"}) == last((1, ["a"]), (2, ["a"]))


def test_adding_a_locator_is_ibid_with_locator() -> None:
    """A repeat that adds a locator is also ``ibid-with-locator`` (so ``ibid`` too)."""
    expected = frozenset({"subsequent", "ibid", "ibid-with-locator", "near-note"})
    assert expected == last((1, ["a"]), (2, ["a@4"]))


def test_same_locator_is_ibid_only() -> None:
    """The same locator again is ``ibid``, not ``ibid-with-locator``."""
    assert frozenset({"subsequent", "ibid", "near-note"}) == last((1, ["a@4"]), (2, ["a@4"]))


def test_other_locator_is_ibid_with_locator() -> None:
    """A different locator is ``ibid-with-locator``."""
    expected = frozenset({"subsequent", "ibid", "ibid-with-locator", "near-note"})
    assert expected == last((1, ["a@4"]), (2, ["a@5"]))


def test_dropping_the_locator_is_not_ibid() -> None:
    """Without the locator the cite before had, a repeat is only subsequent."""
    assert frozenset({"subsequent", "near-note"}) == last((1, ["a@4"]), (2, ["a"]))


def test_after_another_work_is_subsequent() -> None:
    """With another work cited in between, a repeat is not ibid."""
    assert frozenset({"subsequent", "near-note"}) == last((1, ["a"]), (2, ["b"]), (3, ["a"]))


def test_after_a_citation_of_two_works_is_not_ibid() -> None:
    """Ibid needs the citation before to cite that one work alone."""
    assert frozenset({"subsequent", "near-note"}) == last((1, ["b", "a"]), (2, ["a"]))


def test_repeat_inside_one_citation_is_ibid() -> None:
    """A cite right after a cite of the same work in its citation is ibid."""
    assert frozenset({"subsequent", "ibid", "near-note"}) == last((1, ["a", "a"]))


def test_two_citations_in_one_note_count_as_one() -> None:
    """A second citation in the same note continues the first, as citeproc-js does."""
    assert frozenset({"subsequent", "ibid", "near-note"}) == last((1, ["a"]), (1, ["a"]))


def test_text_and_note_citations_are_separate_for_ibid() -> None:
    """An in-text repeat skips the notes in between when looking for ibid."""
    assert frozenset({"subsequent", "ibid"}) == last((0, ["a"]), (1, ["b"]), (0, ["a"]))


@pytest.mark.parametrize(("distance", "near"), [(1, False), (2, True)])
def test_near_note_distance(distance: int, near: bool) -> None:
    """A repeat two notes after the last cite of the work is near within distance 2."""
    found = last((1, ["a"]), (2, ["b"]), (3, ["a"]), distance=distance)
    assert near == ("near-note" in found)


def test_in_text_cites_are_never_near_notes() -> None:
    """``near-note`` is for cites in notes only."""
    assert "near-note" not in last((0, ["a"]), (0, ["a"]))


def test_note_and_locator_of_a_cite() -> None:
    """A cite's note number and locator, as the tests read them."""
    cite = document((3, ["a@7"]))[0]
    assert (3, ("page", "7")) == (note_of(cite), locator_of(cite))
