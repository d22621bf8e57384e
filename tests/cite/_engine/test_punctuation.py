"""Punctuation in quotes, doubled stops after formatted text, nested quotes."""

from __future__ import annotations

from msc_sci import Style, cite


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
