"""HTML output, as citeproc-js writes it."""

from __future__ import annotations

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats import html


def test_entry_keeps_its_edge_spaces() -> None:
    """An entry that starts or ends with a space keeps it, as in citeproc-js."""
    assert '<div class="csl-entry"> (2006): 1. </div>' == html.entry(Span("", [" (2006): 1. "]))
