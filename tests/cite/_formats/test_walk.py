"""The walk shared by the formats: escaping, wrapping, block breaks."""

from __future__ import annotations

import pytest

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats import get
from msc_sci._cite._formats._walk import BREAK, unbreak

TREE = Span("", ["A < B", Span("indent", ["Note *1*"]), " end"])


def test_unbreak_joins_blocks_with_one_space() -> None:
    """Runs of block breaks and the spaces around them become one space."""
    assert "a b c" == unbreak(f" a {BREAK}{BREAK} b{BREAK}c {BREAK}")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("html", 'A &lt; B<div class="csl-indent">Note *1*</div> end'),
        ("text", "A < B Note *1* end"),
        ("markdown", r"A \< B Note \*1\* end"),
        ("rst", r"A < B Note \*1\* end"),
        ("latex", "A < B Note *1* end"),
    ],
)
def test_indented_block_in_every_format(name: str, expected: str) -> None:
    """An indented block is a div in HTML and a space-separated run, still escaped, elsewhere."""
    assert expected == get(name).inline(TREE)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("html", '<b>x <span style="font-weight:normal;">y</span></b>'),
        ("latex", r"\textbf{x \textmd{y}}"),
        ("text", "x y"),
    ],
)
def test_bold_reset(name: str, expected: str) -> None:
    """Bold reset inside bold prints as normal weight where the format has it."""
    assert expected == get(name).inline(Span("", [Span("b", ["x ", Span("nobold", ["y"])])]))


def test_html_keeps_quotes_as_text() -> None:
    """HTML escapes ``& < >`` only, as citeproc-js does: quotes in text need no entity."""
    assert "'a' \"b\" &amp;" == get("html").inline(Span("", ["'a' \"b\" &"]))
