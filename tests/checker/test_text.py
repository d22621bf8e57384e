"""The scope of error-like words: negated, hypothetical, reported, quoted, or asserted."""

from __future__ import annotations

import pytest

from msc_sci.checker._text import Scopes


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("The trial was not blinded.", "blinded", "negated"),
        ("Rather than a randomised trial, this was a case series.", "randomised", "negated"),
        ("Instead of a placebo group, each patient was their own control.", "placebo", "negated"),
        ("None of the patients had an injury that went into the spine, such as a stab wound.",
         "stab wound", "negated"),
        ("A blinded trial would be the next step.", "blinded", "hypothetical"),
        ("Future placebo-controlled trials are planned.", "placebo", "hypothetical"),
        ("Whether the approach works will be known later.", "works", "hypothetical"),
        ("Could stem cells one day heal a damaged spinal cord?", "heal", "hypothetical"),
        ("Some headlines claimed that the cells repaired the spinal cord.", "repaired", "reported"),
        ("The cells went into the spinal cord, which is wrong.", "spinal cord",
         "negated"),
        ('Headlines spoke of "a dozen patients".', "dozen", "quoted"),
        ("It was a blinded trial.", "blinded", None),
        ("The trial was not small, but it was blinded.", "blinded", None),
        ("There were no side effects and the therapy cured paralysis.", "cured", None),
        ("The series had no placebo; the trial was randomised.", "randomised", None),
        ("Kocsis, the first author, said more studies are needed.", "first author", None),
        ("A blinded trial, experts said, would be the next step.", "blinded", "hypothetical"),
    ],
)  # fmt: skip
def test_scope_of_words(text: str, words: str, expected: str | None) -> None:
    """Each trigger covers the words of its clause, and termination terms end its scope."""
    start = text.index(words)
    assert expected == Scopes(text).of((start, start + len(words)))
