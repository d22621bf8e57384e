"""Wording rules: banned words and advice are found outside quotations; hedges are found."""

from __future__ import annotations

import pytest

from msc_sci.summary._language import hedges, problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stem cells repaired the spinal cord.", ["repaired"]),
        ("A miracle cure!", ["miracle", "cure"]),
        ("There were no side effects.", ["no side effects"]),
        ("Consider asking about it.", ["Consider"]),
        ("No serious side effects were reported.", []),
        ("\u201cWe may be able to restore function,\u201d Waxman said.", []),
    ],
)
def test_problems(text: str, expected: list[str]) -> None:
    """Overclaiming words and advice are reported; quotations and hedged harms are not."""
    assert expected == problems(text)


def test_hedges() -> None:
    """Hedging phrases are found in order."""
    expected = ["may", "could"]
    assert expected == hedges("It may help; it could take years.")
