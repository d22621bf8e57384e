"""Title case as citeproc-js applies it."""

from __future__ import annotations

import pytest

from msc_sci import cite
from msc_sci.cite._engine._textcase import title_case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("auto serum-expanded cells", "Auto Serum-Expanded Cells"),
        ("chronic versus acute", "Chronic versus Acute"),
        ("cohort of and", "Cohort of And"),
        ("regeneration a", "Regeneration a"),
        ("the end: a new start", "The End: A New Start"),
        ("DNA and MRI", "DNA and MRI"),
    ],
)
def test_title_case(text: str, expected: str) -> None:
    """Lower-case words are capitalised, stop words kept, capitals left alone."""
    assert expected == title_case(text)


def test_hyphenated_words_in_a_style() -> None:
    """MLA prints ``Serum-Expanded`` in the study's title."""
    assert "Auto Serum-Expanded Autologous" in cite("modern-language-association")
