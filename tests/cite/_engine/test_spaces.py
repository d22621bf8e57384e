"""Seams citeproc-js keeps: a text's own spaces, after decorated siblings and numbers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from msc_sci import Style
from msc_sci._cite._engine._spaces import PIN, SEAM, pin_spaces, unpin_spaces

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


@pytest.mark.parametrize(
    ("decoration", "suffix", "prefix", "printed"),
    [
        ('font-style="italic"', " ", " ", "T  P"),
        ('quotes="true"', " ", " ", "“T”  P"),
        ('quotes="true"', ";", ". ", "“T”; P"),
        ('font-weight="bold"', ".", ". ", "T.. P"),
        ('font-variant="small-caps"', ";", ". ", "T;. P"),
        ("", ".", ". ", "T. P"),
        ("", ";", ". ", "T; P"),
        ("", " ", " ", "T P"),
    ],
)
def test_a_decorated_siblings_seam_stays_as_printed(
    tiny: Callable[..., Style], decoration: str, suffix: str, prefix: str, printed: str
) -> None:
    """After a decorated sibling, its suffix and the next prefix both print (citeproc-js)."""
    style = tiny(
        f'<group><text variable="title" {decoration} suffix="{suffix}"/>'
        f'<text variable="publisher" prefix="{prefix}"/></group>'
    )
    assert printed == style.citation([{**RECORD, "publisher": "P"}])


def test_a_decorated_childs_seam_merges_with_a_delimiter_or_its_parent(
    tiny: Callable[..., Style],
) -> None:
    """Only the seam with a following sibling stays: a delimiter or parent suffix merges."""
    style = tiny(
        '<group delimiter="|"><group delimiter=" "><text variable="title" font-style="italic"'
        ' suffix=" "/><text variable="publisher"/></group><group suffix=" "><text'
        ' variable="title" font-style="italic" suffix=" "/></group></group>'
    )
    assert "T P|T" == style.citation([{**RECORD, "publisher": "P"}]).rstrip()


@pytest.mark.parametrize(("volume", "printed"), [("5", "5  P"), ("5a", "5a P")])
def test_spaces_after_a_number_stay(tiny: Callable[..., Style], volume: str, printed: str) -> None:
    """A number's suffix space and the next prefix space both print; not a text's."""
    style = tiny(
        '<group><text variable="volume" suffix=" "/><text variable="title" prefix=" "/></group>'
    )
    assert printed.replace("P", "T") == style.citation([{**RECORD, "volume": volume}])


def test_seam_marks_never_reach_the_output(tiny: Callable[..., Style]) -> None:
    """The marks keeping seams are taken out of citations and entries, in every format."""
    layout = '<text variable="title" font-style="italic" suffix="."/><text variable="volume"/>'
    style = tiny(layout, bibliography=layout)
    outputs = [style.citation([RECORD], format=name) for name in ("text", "html", "rst")]
    outputs += list(style.bibliography([RECORD], format="html"))
    assert [] == [output for output in outputs if SEAM in output or PIN in output]


def test_pin_and_unpin_round_trip() -> None:
    """Pinning then unpinning gives the text back."""
    assert " a b " == unpin_spaces(str(pin_spaces(" a b ")))


@pytest.mark.parametrize(
    ("layout", "printed"),
    [
        # The group's suffix repeats its last child's: the next prefix loses its mark.
        ('<group suffix="."><text variable="title" suffix="."/></group>', "T. P"),
        ('<group suffix=","><text variable="title" suffix=","/></group>', "T, P"),
        # Only then: a group whose own suffix prints, or no group, keeps both.
        ('<group suffix="."><text variable="title"/></group>', "T.; P"),
        ('<text variable="title" suffix="."/>', "T.; P"),
    ],
)
def test_a_prefix_mark_after_a_merged_group_suffix_is_dropped(
    tiny: Callable[..., Style], layout: str, printed: str
) -> None:
    """``T.`` in a group with suffix ``.``, then ``; P``, prints ``T. P`` (citeproc-js)."""
    style = tiny(f'{layout}<text variable="publisher" prefix="; "/>')
    assert printed == style.citation([{**RECORD, "publisher": "P"}])


def test_a_choose_at_the_layout_leaks_no_mark(tiny: Callable[..., Style]) -> None:
    """A group ending a branch taken keeps its suffix merged with the layout's: ``T.``."""
    branch = '<choose><if type="book"><group suffix="."><text variable="title" suffix="."/>'
    alone = tiny("<text variable='title'/>", bibliography=f"{branch}</group></if></choose>")
    followed = tiny(
        "<text variable='title'/>",
        bibliography=f'<group suffix="."><text variable="title"/></group>{branch}</group>'
        '</if></choose><text variable="publisher" prefix="; "/>',
    )
    assert ["T.", "T.T. P"] == [
        alone.bibliography([RECORD])[0],
        followed.bibliography([{**RECORD, "publisher": "P"}])[0],
    ]
