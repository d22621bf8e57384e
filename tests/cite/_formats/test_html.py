"""HTML output: entries and citations as citeproc-js writes them."""

from __future__ import annotations

from msc_sci.cite._engine._rich import Span
from msc_sci.cite._formats import html


def test_entry_keeps_its_outer_spaces() -> None:
    """An entry keeps a space the style puts at its start or end, as citeproc-js does."""
    assert '<div class="csl-entry"> (2006), </div>' == html.entry(Span("", [" (2006), "]))
