"""The ``cs:style`` root and its locales: which definition of a term wins."""

from __future__ import annotations

from collections.abc import Callable

from msc_sci import Style


def test_a_term_defined_twice_takes_the_last_definition(tiny: Callable[..., Style]) -> None:
    """When a locale defines a term twice in one form, the later definition wins."""
    style = tiny(
        '<text term="editor" form="short"/>',
        locale='<locale><terms><term name="editor" form="short">ed.</term>'
        '<term name="editor" form="short">org.</term></terms></locale>',
    )
    assert "org." == style.citation([{"id": "a", "type": "book", "title": "T"}])


def test_an_explicit_long_form_is_the_long_form(tiny: Callable[..., Style]) -> None:
    """A term written with ``form="long"`` is the one a text without a form prints."""
    style = tiny(
        '<text term="in"/>',
        locale='<locale><terms><term name="in" form="long">within</term></terms></locale>',
    )
    assert "within" == style.citation([{"id": "a", "type": "book", "title": "T"}])


def test_the_primary_dialects_locale_in_the_style_applies(tiny: Callable[..., Style]) -> None:
    """An en-GB style uses its ``en-US`` locale's terms, before its ``en`` locale's."""
    style = tiny(
        '<names variable="author"><name et-al-min="2" et-al-use-first="1"/></names>',
        attributes=' default-locale="en-GB"',
        locale='<locale xml:lang="en"><terms><term name="et-al">ONE</term></terms></locale>'
        '<locale xml:lang="en-US"><terms><term name="et-al">TWO</term></terms></locale>',
    )
    record = {"id": "a", "type": "book", "author": [{"family": "Doe"}, {"family": "Roe"}]}
    assert "Doe TWO" == style.citation([record])


def test_style_options_in_the_style_keep_the_other_locale_options(
    tiny: Callable[..., Style],
) -> None:
    """A style's ``cs:style-options`` naming another option keeps ``punctuation-in-quote``."""
    style = tiny(
        '<group delimiter=", "><text variable="title" quotes="true"/><text variable="volume"/>'
        "</group>",
        locale='<locale><style-options limit-day-ordinals-to-day-1="true"/></locale>',
    )
    record = {"id": "a", "type": "book", "title": "T", "volume": "5"}
    assert "\u201cT,\u201d 5" == style.citation([record])


def test_style_options_in_the_style_override_the_locale_file(
    tiny: Callable[..., Style],
) -> None:
    """An option a style's ``cs:style-options`` sets wins over the locale file's."""
    style = tiny(
        '<group delimiter=", "><text variable="title" quotes="true"/><text variable="volume"/>'
        "</group>",
        locale='<locale><style-options punctuation-in-quote="false"/></locale>',
    )
    record = {"id": "a", "type": "book", "title": "T", "volume": "5"}
    assert "\u201cT\u201d, 5" == style.citation([record])
