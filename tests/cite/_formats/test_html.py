"""HTML output: bibliography entries and citations."""

from __future__ import annotations

from msc_sci.cite._engine._rich import Span
from msc_sci.cite._formats.html import entry


def test_entry_keeps_leading_space() -> None:
    """An entry starting with a prefix such as `` (`` keeps its space, as citeproc-js prints it."""
    assert '<div class="csl-entry"> (1994).</div>' == entry(Span("", [" (1994). "]))
