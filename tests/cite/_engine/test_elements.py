"""Element classes: page ranges by ``page-range-format``, as citeproc-js prints them."""

from __future__ import annotations

from pathlib import Path

import pytest

from msc_sci import Style
from msc_sci.cite._engine._elements import page_range


def _cite(tmp_path: Path, page: str, range_format: str) -> str:
    path = tmp_path / "pages.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text"'
        f' page-range-format="{range_format}"><citation><layout>'
        '<text variable="page"/></layout></citation></style>',
        encoding="utf-8",
    )
    return Style(path).citation([{"id": "a", "type": "book", "page": page}])


@pytest.mark.parametrize(
    ("first", "last", "range_format", "expected"),
    [
        ("1100", "23", "expanded", "1123"),
        ("1536", "538", "minimal", "8"),
        ("1536", "1538", "minimal-two", "38"),
        ("1100", "1123", "chicago", "1123"),
        ("1496", "1504", "chicago", "1504"),
        ("1496", "1504", "chicago-16", "504"),
        ("107", "108", "chicago", "8"),
        ("321", "8", "chicago-16", "28"),
        ("71", "2", "chicago-16", "72"),
    ],
)
def test_page_range(first: str, last: str, range_format: str, expected: str) -> None:
    """The last page is expanded, then shortened by each format's rule."""
    assert expected == page_range(first, last, range_format)


@pytest.mark.parametrize(
    ("page", "range_format", "expected"),
    [
        ("1100-23", "chicago", "1100\u20131123"),
        ("2787-816", "chicago", "2787\u20132816"),
        ("n11564-n11568", "chicago", "n11564\u201368"),
        ("N110-N5", "expanded", "N110\u2013N115"),
        ("N110 - 5", "expanded", "N110-5"),
        ("xxv-xxviii", "chicago-16", "xxv\u2013xxviii"),
        ("3-10, 1496-504", "minimal", "3\u201310, 1496\u2013504"),
    ],
)
def test_page_variable_in_a_style(
    tmp_path: Path, page: str, range_format: str, expected: str
) -> None:
    """A style's page ranges are rewritten; a range with unlike prefixes is kept as given."""
    assert expected == _cite(tmp_path, page, range_format)
