"""Year suffixes for works that would otherwise cite alike."""

from __future__ import annotations

from msc_sci import Style
from msc_sci.cite._engine._disambiguate import suffix_letters

SAME_AUTHOR_YEAR = [
    {
        "id": f"x{number}",
        "type": "book",
        "title": title,
        "author": [{"family": "Smith", "given": "Ann"}],
        "issued": {"date-parts": [[2020]]},
    }
    for number, title in enumerate(("Beta", "Alpha"))
]


def test_suffix_letters() -> None:
    """Suffixes run a..z, then aa, ab..."""
    assert ["a", "z", "aa"] == [suffix_letters(n) for n in (0, 25, 26)]


def test_apa_year_suffixes_follow_bibliography_order() -> None:
    """APA gives 2020a to the title sorting first."""
    entries = Style("apa").bibliography(SAME_AUTHOR_YEAR)
    assert ["Smith, A. (2020a). Alpha.", "Smith, A. (2020b). Beta."] == list(entries)


def test_no_suffix_for_distinct_works() -> None:
    """Works that cite differently get no suffix; APA groups them under the author."""
    records = [SAME_AUTHOR_YEAR[0], {**SAME_AUTHOR_YEAR[1], "issued": {"date-parts": [[2021]]}}]
    assert "(Smith, 2020, 2021)" == Style("apa").citation(records)
