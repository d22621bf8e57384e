"""Plain text: superscript characters stay characters."""

from __future__ import annotations

from msc_sci._cite._engine._rich import flip, parse
from msc_sci._cite._formats import text


def test_superscript_characters_stay_in_plain_text() -> None:
    """``nᵒ`` and ``2ª`` print as they are, though HTML raises their letters."""
    assert "n\u1d52 9, 2\u00aa ed." == text.entry(flip(parse("n\u1d52 9, 2\u00aa ed.")))
