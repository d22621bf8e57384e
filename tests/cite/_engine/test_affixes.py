"""Cite prefixes and suffixes next to the layout delimiter, joined as citeproc-js does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from msc_sci import CiteItem, Style
from msc_sci._cite._engine._affixes import join_cites

A = {"id": "a", "type": "book", "title": "Book A"}
B = {"id": "b", "type": "book", "title": "Book B"}


def test_prefix_starting_with_punctuation_replaces_the_delimiter() -> None:
    """``", cited in "`` takes the place of the ``"; "`` delimiter."""
    assert "A, cited in B" == join_cites([("", "", "A"), (", cited in ", "", ", cited in B")], "; ")


def test_suffix_ending_with_punctuation_keeps_only_the_space() -> None:
    """After ``" is one source,"`` the delimiter ``"; "`` becomes a space."""
    cites = [("", " is one source,", "A is one source,"), ("", "", "B")]
    assert "A is one source, B" == join_cites(cites, "; ")


def test_word_affixes_keep_the_delimiter() -> None:
    """Affixes that are words leave the delimiter as it is."""
    assert "A for more; see B" == join_cites(
        [("", " for more", "A for more"), ("see ", "", "see B")], "; "
    )


@given(texts=st.lists(st.text(alphabet="abc xyz", min_size=1), min_size=1, max_size=5))
def test_without_affixes_it_is_a_plain_join(texts: list[str]) -> None:
    """Cites without affixes are joined with the delimiter."""
    assert "; ".join(texts) == join_cites([("", "", text) for text in texts], "; ")


def test_style_joins_a_comma_prefix() -> None:
    """A real style drops its delimiter before a prefix starting with a comma."""
    style = Style("chicago-author-date")
    assert "(Book A, n.d., cited in Book B, n.d.)" == style.citation(
        [A, CiteItem(B, prefix=", cited in ")]
    )
