"""CSL-JSON input: inline markup whitelist, formatting marks removed from data."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from msc_sci import Style
from msc_sci.cite._engine._rich import OPEN, plain
from msc_sci.cite._engine._source import inline_markup
from msc_sci.cite._formats import text


def test_whitelisted_tags_become_marks() -> None:
    """``<i>`` becomes an italic mark; other tags stay text."""
    assert OPEN["i"] + "x" in str(inline_markup("<i>x</i> <u>y</u>"))


def test_forged_marks_are_removed() -> None:
    """Private-use formatting marks in data are dropped."""
    assert "ab" == plain(str(inline_markup("a" + OPEN["b"] + "b")))


def test_markup_in_html_output() -> None:
    """``<sup>``, ``<b>`` and nocase spans in a title come out as HTML markup."""
    record = {
        "id": "x",
        "type": "book",
        "title": 'CO<sub>2</sub> and <b>bold</b> <span class="nocase">iPS</span> cells',
    }
    entry = Style("chicago-author-date").bibliography([record], format="html")[0]
    assert "CO<sub>2</sub> and <b>Bold</b> iPS Cells" in entry


def test_suffix_after_a_comma_in_the_given_name() -> None:
    """``given: "John, III"`` is read as given name John and suffix III."""
    record = {
        "id": "a",
        "type": "book",
        "title": "T",
        "author": [{"family": "Doe", "given": "John, III"}],
    }
    assert Style("chicago-notes-bibliography").citation([record]).startswith("John Doe III, T")


TITLE = '<text variable="title"/>'


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "'Nobody Knows You're a Dog': cartoons",
            "\u201cNobody Knows You\u2019re a Dog\u201d: cartoons",
        ),
        ('It is ("<i>My Title</i>") now', "It is (\u201c<i>My Title</i>\u201d) now"),
        (
            "My \u201c\u2018Amazing\u2019 <b>and</b> Bogus\u201d Title",
            "My \u201c\u2018Amazing\u2019 <b>and</b> Bogus\u201d Title",
        ),
        (
            'Nation of "Positive Obligations " of State',
            'Nation of "Positive Obligations " of State',
        ),
        ("meaning \u2018God willing\u2019 here", "meaning \u2018God willing\u2019 here"),
        ("l'''", "l\u2019\u2019\u2019"),
        ("the students' work", "the students\u2019 work"),
    ],
)
def test_quotation_marks_in_data(tiny: Callable[..., Style], title: str, expected: str) -> None:
    """Balanced quotes in data print with the locale's marks; apostrophes and orphans stay."""
    style = tiny(TITLE)
    assert expected == style.citation([{"id": "a", "type": "book", "title": title}], format="html")


def test_small_caps_superscript_and_subscript_keep_their_case(
    tiny: Callable[..., Style],
) -> None:
    """Title case leaves text in small caps, superscripts and subscripts alone."""
    style = tiny('<text variable="title" text-case="title"/>')
    record = {"id": "a", "type": "book", "title": "my <sc>small caps</sc> and <sup>sup text</sup>"}
    assert (
        'My <span style="font-variant:small-caps;">small caps</span> and <sup>sup text</sup>'
        == style.citation([record], format="html")
    )


def test_punctuation_after_a_quote_in_the_same_text_stays(tiny: Callable[..., Style]) -> None:
    """A comma after a quote inside one affix stays outside it; one from the style moves in."""
    style = tiny('<text variable="title"/><text value="\'friend\'" prefix=" " suffix=", end"/>')
    record = {"id": "a", "type": "book", "title": "T"}
    trees = style._processor.citations([record], [[{"index": 0, "prefix": "'quote', "}]])
    assert ["\u201cquote\u201d, T \u201cfriend,\u201d end"] == [text.inline(t) for t in trees]


def test_newer_title_variables(tiny: Callable[..., Style]) -> None:
    """CSL 1.0.2 title variables such as ``volume-title`` are read from the data."""
    style = tiny('<text variable="volume-title"/><text variable="event-title" prefix="; "/>')
    record = {"id": "a", "type": "book", "volume-title": "V", "event-title": "E"}
    assert "V; E" == style.citation([record])
