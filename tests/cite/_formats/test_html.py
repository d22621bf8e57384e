"""HTML output: bibliography entries and citations."""

from __future__ import annotations

from msc_sci.cite._engine._rich import Span
from msc_sci.cite._formats.html import entry


def test_entry_keeps_outer_spaces() -> None:
    """An entry keeps the spaces of affixes at its ends (`` (``, ``. ``), as citeproc-js does."""
    assert '<div class="csl-entry"> (1994). </div>' == entry(Span("", [" (1994). "]))
