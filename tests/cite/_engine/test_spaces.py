"""Spaces a ``cs:text`` prints itself stay beside affix and delimiter spaces."""

from __future__ import annotations

from collections.abc import Callable

from msc_sci import Style
from msc_sci._cite._engine._spaces import PIN, pin_spaces, unpin_spaces

RECORD = {"id": "a", "type": "book", "title": "T", "volume": "5"}


def test_a_values_own_space_stays_beside_a_delimiter(tiny: Callable[..., Style]) -> None:
    """``<text value="Vol. "/>`` in a group with delimiter ``" "`` prints two spaces."""
    style = tiny('<group delimiter=" "><text value="Vol. "/><text variable="volume"/></group>')
    assert "Vol.  5" == style.citation([RECORD])


def test_a_terms_own_space_stays_beside_a_suffix(tiny: Callable[..., Style]) -> None:
    """A term ending with a space keeps it before its suffix and the next delimiter."""
    style = tiny(
        '<group delimiter=" "><text term="accessed" suffix=" "/><text variable="volume"/></group>',
        locale='<locale><terms><term name="accessed">Seen: </term></terms></locale>',
    )
    assert "Seen:  5" == style.citation([RECORD])


def test_affix_and_delimiter_spaces_still_merge(tiny: Callable[..., Style]) -> None:
    """A suffix space and the next prefix or delimiter space print as one."""
    style = tiny(
        '<group delimiter="|"><group><text variable="title" suffix=" "/>'
        '<text variable="volume" prefix=" ("/></group>'
        '<group delimiter=" "><text variable="title" suffix=" "/><text variable="volume"/></group>'
        "</group>"
    )
    assert "T (5|T 5" == style.citation([RECORD])


def test_marks_never_reach_the_output(tiny: Callable[..., Style]) -> None:
    """The marks pinning spaces are taken out of citations and entries."""
    style = tiny(
        '<text value=" x "/>',
        bibliography='<text value="Vol. "/><text variable="volume" prefix=" "/>',
    )
    assert PIN not in style.citation([RECORD])
    assert [("a", "Vol.  5")] == style.keyed_entries([RECORD])


def test_pin_and_unpin_round_trip() -> None:
    """Pinning then unpinning gives the text back."""
    assert " a b " == unpin_spaces(str(pin_spaces(" a b ")))
