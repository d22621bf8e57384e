"""Punctuation in quotes, doubled stops after formatted text, nested quotes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from msc_sci import Style, cite
from msc_sci._cite._engine._punctuation import fix_punctuation
from msc_sci._cite._engine._rich import mark, parse


def test_punctuation_in_quote() -> None:
    """IEEE (en-US) moves the comma inside the closing quote: ``series,”``."""
    assert "13 case series,\u201d" in cite("ieee")


def test_no_doubled_stop_after_italic_et_al() -> None:
    """The Lancet prints ``<i>et al.</i> Intravenous``, never ``<i>et al.</i>.``."""
    assert "<i>et al.</i> Intravenous" in cite("the-lancet", format="html")


def test_straight_quotes_become_curly_and_flip_inside_quotes() -> None:
    """A quoted word in a title quoted by the style gets inner quotes."""
    record = {
        "id": "q",
        "type": "article-journal",
        "title": 'The "best" cells',
        "container-title": "J",
    }
    assert "\u201cThe \u2018best\u2019 cells,\u201d" in Style("ieee").bibliography([record])[0]


@pytest.mark.parametrize(
    ("suffix", "after", "expected"),
    [
        ("", "! x", "\u201cword!\u201d x"),
        ("", "? x", "\u201cword?\u201d x"),
        ("!", ". x", "\u201cword!\u201d x"),
        ("?", ", x", "\u201cword?,\u201d x"),
        (".", ", x", "\u201cword.,\u201d x"),
        (",", ", x", "\u201cword,\u201d x"),
        (":", "! x", "\u201cword!\u201d x"),
        (";", ", x", "\u201cword\u201d;, x"),
    ],
)
def test_punctuation_moves_into_quotes(
    tiny: Callable[..., Style], suffix: str, after: str, expected: str
) -> None:
    """With punctuation-in-quote (en-US), ``. , ! ?`` move inside; a repeated mark is dropped."""
    style = tiny(
        f'<group><text value="word" quotes="true" suffix="{suffix}"/>'
        f'<text value="x" prefix="{after[:-1]}"/></group>'
    )
    assert expected == style.citation([{"id": "a", "type": "book"}])


def test_punctuation_moves_into_the_innermost_quote(tiny: Callable[..., Style]) -> None:
    """A full stop after nested quotes goes inside both, before the inner closing mark."""
    style = tiny('<text variable="title" quotes="true" suffix="."/>')
    record = {"id": "a", "type": "book", "title": "This is 'The One'"}
    assert "\u201cThis is \u2018The One.\u2019\u201d" == style.citation([record])


def test_full_stop_moves_into_a_quote_inside_italics() -> None:
    """With ``punctuation-in-quote``, a full stop after italics ending in a quote goes inside."""
    tree = parse(mark("i", mark("quote", "\u201cBook A\u201d")) + ". 1900")
    assert "\u201cBook A.\u201d 1900" == fix_punctuation(tree, in_quote=True).text()


def test_each_mark_meets_the_last_one_kept(tiny: Callable[..., Style]) -> None:
    """``o. O.`` with suffix ``:`` in a group with suffix ``.`` prints ``o. O.:`` (citeproc-js)."""
    style = tiny('<group suffix="."><text value="o. O." suffix=":"/></group>')
    assert "o. O.:" == style.citation([{"id": "a", "type": "book"}])
