"""Normalising quoted text."""

from __future__ import annotations

import pytest

from msc_sci._quotes._text import plain, words


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("stem [cells](#) help,", "stem cells help"),
        ("a\n\n\u201cb", "a b"),
        ('a\n  \n"b', "a b"),
        ("  a \t b  ", "a b"),
        ("**bold** and _it_", "bold and it"),
        ("", ""),
    ],
)
def test_plain_text(raw: str, text: str) -> None:
    """Links, reopening marks, emphasis, spacing and a trailing comma are normalised."""
    assert text == plain(raw)


def test_words_fold_marks_and_case() -> None:
    """Curly and straight apostrophes give the same words; case and punctuation go."""
    assert words("The patient\u2019s OWN, cells!") == words("the patient's own cells")
