"""Citation locales are names: a language tag CSL knows, never a path or another type."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import msc_sci
from msc_sci import StyleError, UnknownLocaleError
from msc_sci._cite._locales import check_locale, known_locales, language_known


@pytest.mark.parametrize(
    "locale", ["en-/../../x", "../../etc/passwd", "en-US/x", "", " en", "en-US\x00", "e"]
)
@pytest.mark.parametrize("style", ["apa", "bibtex:plain"])
def test_path_like_locale_is_unknown(style: str, locale: str) -> None:
    """A locale that is not a language tag raises UnknownLocaleError, for any style."""
    with pytest.raises(UnknownLocaleError, match="unknown locale"):
        msc_sci.Style(style, locale=locale)


def test_issue_locale_is_not_reported_back() -> None:
    """``en-/../../x`` is refused by cite() too, not echoed as the style's locale."""
    with pytest.raises(UnknownLocaleError):
        msc_sci.cite("apa", locale="en-/../../x")


def test_language_without_a_locale_is_unknown() -> None:
    """A well-formed tag of a language CSL has no locale for is an UnknownLocaleError."""
    with pytest.raises(UnknownLocaleError, match="'xx-XX'"):
        msc_sci.Style("apa", locale="xx-XX")


def test_unknown_locale_is_a_lookup_error() -> None:
    """UnknownLocaleError is a LookupError, as every unknown name is."""
    assert issubclass(UnknownLocaleError, LookupError)


@pytest.mark.parametrize("locale", [5, b"en-US", ["en-US"]])
def test_locale_of_another_type_is_a_type_error(locale: object) -> None:
    """A locale that is not a string is a TypeError, from Style and from cite()."""
    with pytest.raises(TypeError, match="locale must be a string"):
        msc_sci.Style("apa", locale=locale)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        msc_sci.cite("apa", locale=locale)  # type: ignore[arg-type]


def test_underscore_tag_is_accepted() -> None:
    """``en_GB`` is read as ``en-GB``."""
    assert ("en-GB", "en-GB") == (
        check_locale("en_GB"),
        msc_sci.Style("apa", locale="en_GB").locale,
    )


def test_unknown_region_falls_back() -> None:
    """A known language with an unknown region uses the language's locale, as before."""
    assert language_known("en-ZZ")


def test_non_english_bibtex_is_still_a_style_error() -> None:
    """A real locale a BibTeX style cannot do stays a StyleError."""
    with pytest.raises(StyleError, match="English only"):
        msc_sci.Style("bibtex:plain", locale="de-DE")


@given(st.text(max_size=30))
def test_any_locale_string_is_known_or_refused(locale: str) -> None:
    """Any string as a locale renders, or raises an MscSciError: nothing else."""
    try:
        style = msc_sci.Style("apa", locale=locale)
    except msc_sci.MscSciError:
        return
    assert style.locale in known_locales() or language_known(style.locale)
