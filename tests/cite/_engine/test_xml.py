"""Safe parsing of untrusted CSL."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from msc_sci import Style
from msc_sci._cite._engine._xml import MAX_STYLE_BYTES, parse_xml


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'<!DOCTYPE s [<!ENTITY a "b">]><style xmlns="x"/>', "DTD"),
        (b"<style", "well-formed"),
        (b'<style xmlns="http://example.org"/>', "CSL namespace"),
        (b" " * (MAX_STYLE_BYTES + 1), "larger"),
    ],
)
def test_bad_style_data_is_refused(data: bytes, reason: str) -> None:
    """DTDs, broken XML, foreign roots and huge files are refused."""
    with pytest.raises(ValueError, match=reason):
        parse_xml(data)


def test_escaped_character_reference_in_an_affix_is_its_character(
    tiny: Callable[..., Style],
) -> None:
    """``prefix="&amp;#91;"`` prints ``[``, as citeproc-js reads such a reference."""
    style = tiny('<text variable="title" prefix="&amp;#91;" suffix="&amp;#x5D;"/>')
    assert "[T]" == style.citation([{"id": "a", "type": "book", "title": "T"}])


@pytest.mark.parametrize("reference", ["&#9;", "&amp;#9;"])
def test_a_tab_the_style_prints_stays_a_tab(tiny: Callable[..., Style], reference: str) -> None:
    """A style's tab delimiter prints as a tab in text and HTML, as in citeproc-js."""
    style = tiny(
        "<text variable='title'/>",
        bibliography=f'<group delimiter="{reference}"><text variable="title"/>'
        '<text variable="publisher"/></group>',
    )
    work = {"id": "a", "type": "book", "title": "T", "publisher": "P"}
    html = style.bibliography([work], format="html")[0]
    assert ("T\tP", True) == (style.bibliography([work])[0], ">T\tP<" in html)


def test_a_tab_in_record_data_prints_as_a_space(tiny: Callable[..., Style]) -> None:
    """Only the style's own tabs are kept: a control character in data is a space."""
    style = tiny('<text variable="title"/>')
    assert "A B" == style.citation([{"id": "a", "type": "book", "title": "A\tB"}])
