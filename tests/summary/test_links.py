"""Web addresses in a sentence: where each one ends, so every rendering links the same."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given

from msc_sci.summary._links import split_links
from tests.strategies import hostile_text, markup_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://doi.org/10.1016/j.clineuro.2021.106565", ["https://doi.org/10.1016/j.clineuro.2021.106565"]),
        ("Read it at https://a.org/x.", ["https://a.org/x"]),
        ("(see https://a.org/x), or http://b.org/y?q=1&r=2;", ["https://a.org/x", "http://b.org/y?q=1&r=2"]),
        ("https://en.wikipedia.org/wiki/Stem_cell_(biology)!", ["https://en.wikipedia.org/wiki/Stem_cell_(biology)"]),
        ("\u201chttps://a.org/\u201d and 'https://b.org'", ["https://a.org/", "https://b.org"]),
        ('<https://a.org/x> "https://b.org/y"', ["https://a.org/x", "https://b.org/y"]),
        ("HTTPS://A.ORG/X", ["HTTPS://A.ORG/X"]),
        ("no address: https://. nor ftp://a.org nor doi:10.1/x", []),
    ],
)  # fmt: skip
def test_each_address_ends_before_the_punctuation_after_it(text: str, expected: list[str]) -> None:
    """An address stops at a space, a quote mark or closing punctuation that is not its own."""
    assert expected == [piece for piece, url in split_links(text) if url]


@given(hostile_text | markup_texts)
def test_the_pieces_join_up_to_the_text(text: str) -> None:
    """Nothing is lost or added: the pieces are the text, and no two words run together."""
    pieces = split_links(text)
    assert text == "".join(piece for piece, _ in pieces)
    assert all(piece for piece, _ in pieces)
    assert all(a[1] or b[1] for a, b in itertools.pairwise(pieces))
