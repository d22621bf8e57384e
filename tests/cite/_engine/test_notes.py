"""Terms starting a note's cite are capitalised (``Ibid.``), as in citeproc-js."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from msc_sci import CiteItem, Style
from msc_sci._cite._engine._notes import START, capitalize_start, opens_sentence
from msc_sci._cite._engine._rich import OPEN

WORK = {"id": "w", "type": "book", "title": "T", "author": [{"family": "Doe"}]}
#: A note style whose ibid term has no text-case of its own.
IBID_NOTES = "chicago-notes-bibliography-16th-edition"
STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="{kind}" version="1.0">
  <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><choose>
    <if position="ibid"><text term="ibid"/></if>
    <else><text variable="title"/></else>
  </choose></layout></citation>
</style>"""


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("see ", False), ("As he said. ", True), ('He said "Stop!" ', True), ("Cf. ", False)],
)
def test_opens_sentence(prefix: str, expected: bool) -> None:
    """A prefix of more than one word ending a sentence opens one; one word does not."""
    assert expected == opens_sentence(prefix)


def test_capitalize_after_formatting_marks() -> None:
    """A term inside an italic span at the start is still capitalised."""
    assert OPEN["i"] + "Ibid." == capitalize_start(OPEN["i"] + START + "ibid.", capitalize=True)


def test_term_later_in_the_text_keeps_its_case() -> None:
    """Only a term at the very start is capitalised."""
    assert "see ibid." == capitalize_start("see " + START + "ibid.", capitalize=True)


@given(text=st.text())
def test_marks_are_always_removed(text: str) -> None:
    """No term mark is left in the output, whatever the text."""
    assert START not in capitalize_start(START + text + START, capitalize=True)


def test_ibid_starting_a_note_is_capitalised() -> None:
    """A repeat in the next note prints ``Ibid.``, as citeproc-js does."""
    assert "Ibid., 4." == Style(IBID_NOTES).citations([[WORK], [CiteItem(WORK, locator="4")]])[1]


def test_ibid_after_a_word_prefix_is_lower_case() -> None:
    """After the prefix ``see`` the term keeps its lower case."""
    repeat = CiteItem(WORK, prefix="see ")
    assert "see ibid." == Style(IBID_NOTES).citations([[WORK], [repeat]])[1]


def test_term_with_its_own_case_is_left_alone() -> None:
    """OSCOLA asks for a lower-case ``ibid``, so it stays lower case."""
    assert "ibid." == Style("oscola").citations([[WORK], [WORK]])[1]


@pytest.mark.parametrize(("kind", "expected"), [("note", "Ibid."), ("in-text", "ibid.")])
def test_only_note_styles_capitalise(tmp_path: Path, kind: str, expected: str) -> None:
    """The same layout capitalises its leading term in a note style only."""
    path = tmp_path / "ibid.csl"
    path.write_text(STYLE.format(kind=kind), encoding="utf-8")
    assert expected == Style(path).citations([[WORK], [WORK]])[1]


def test_prefix_ending_in_a_quotation_opens_a_sentence() -> None:
    """A prefix ending with a quoted sentence (its quotes become typographic) opens one."""
    quoted = CiteItem(WORK, prefix='He said "Please work." ')
    assert "He said “Please work.” Ibid." == Style(IBID_NOTES).citations([[WORK], [quoted]])[1]


def test_a_term_starting_a_bibliography_entry_is_capitalised(tiny: Callable[..., Style]) -> None:
    """A term printed first in an entry starts with a capital, as citeproc-js prints it."""
    style = tiny(
        '<text variable="title"/>',
        bibliography='<names variable="author"><substitute><text term="anonymous" form="short"/>'
        '</substitute></names><text variable="title" prefix=". "/>',
        locale='<locale><terms><term name="anonymous" form="short">anon.</term></terms></locale>',
    )
    record = {"id": "a", "type": "book", "title": "T"}
    assert [("a", "Anon. T")] == style.keyed_entries([record])


def test_a_term_after_a_spaced_prefix_keeps_one_space(tiny: Callable[..., Style]) -> None:
    """A term with a prefix space after a space of the entry prints one space between."""
    style = tiny(
        '<text variable="title"/>',
        bibliography='<text variable="title" suffix=" "/><text term="in" prefix=" "/>',
    )
    assert [("a", "T in")] == style.keyed_entries([{"id": "a", "type": "book", "title": "T"}])
