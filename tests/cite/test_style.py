"""`Style.citation` and `Style.citations`: locators, affixes and citations in sequence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from msc_sci import (
    CiteItem,
    RecordError,
    Style,
    StyleError,
    UnknownLocaleError,
    UnknownStyleError,
    cite,
)
from tests import _needs as needs
from tests.strategies import cite_items, hostile_text, works

DOE = {
    "id": "doe",
    "type": "book",
    "title": "T",
    "author": [{"family": "Doe", "given": "Jane"}],
    "issued": {"date-parts": [[2020]]},
}
ROE = {
    "id": "roe",
    "type": "book",
    "title": "U",
    "author": [{"family": "Roe", "given": "Ann"}],
    "issued": {"date-parts": [[2019]]},
}
_ALLOWED_HTML = re.compile(r'</?(i|b|sup|sub|span)( style="[a-z:;-]+")?>')


@pytest.mark.parametrize(
    ("style", "expected"),
    [("apa", "(see Doe, 2020, p. 4, for details)"), ("ieee", "see [1, p. 4], for details")],
)
def test_citation_with_locator_and_affixes(style: str, expected: str) -> None:
    """A cite item's locator and affixes are printed where the style puts them."""
    item = CiteItem(DOE, locator="4", prefix="see ", suffix=", for details")
    assert expected == Style(style).citation([item])


def test_citation_mixes_items_and_works() -> None:
    """Works, mappings and cite items can be cited together."""
    assert "(Doe, 2020, Figure 2; Roe, 2019)" == Style("apa").citation(
        [CiteItem(DOE, locator="2", label="figure"), ROE]
    )


def test_citations_in_a_note_style() -> None:
    """Repeats become ibid, later cites short notes with the first note's number."""
    sequence = [[DOE], [CiteItem(DOE, locator="4")], [CiteItem(DOE, locator="4")], [ROE], [DOE]]
    expected = ["Jane Doe, T (2020).", "ibid 4.", "ibid.", "Ann Roe, U (2019).", "Doe (n 1)."]
    assert expected == Style("oscola").citations(sequence)


def test_citations_in_a_numeric_style() -> None:
    """A numeric style keeps each work's number across citations."""
    assert ["[1]", "[2]", "[1, p. 4]"] == Style("ieee").citations(
        [[DOE], [ROE], [CiteItem(DOE, locator="4")]]
    )


def test_citations_of_nothing() -> None:
    """No citations give no output."""
    assert [] == Style("apa").citations([])


def test_citations_in_html() -> None:
    """Each citation is rendered in the format asked for."""
    assert ["Jane Doe, <i>T</i> (2020)."] == Style("oscola").citations([[DOE]], format="html")


def test_works_are_told_apart_by_their_data() -> None:
    """Two different records sharing an id are two works; an equal record is the same."""
    other = {**ROE, "id": "doe"}
    assert ["[1]", "[2]", "[1]"] == Style("ieee").citations([[DOE], [other], [dict(DOE)]])


def test_a_bad_item_is_located() -> None:
    """An item that is not a work names its citation and place."""
    with pytest.raises(RecordError) as info:
        Style("apa").citations([[DOE], [DOE, 3]])  # type: ignore[list-item]
    assert "citations[1][1].work" == info.value.field


def test_bibtex_styles_take_no_locator() -> None:
    """A ``bibtex:`` style cannot print locators: a `StyleError`."""
    pytest.importorskip("pybtex", reason=needs.python("pybtex"))
    with pytest.raises(StyleError, match="CSL styles only"):
        Style("bibtex:plain").citation([CiteItem(DOE, locator="4")])


@pytest.mark.parametrize("output_format", ["html", "latex"])
@settings(max_examples=40, deadline=None)
@given(item=cite_items(work=works(), text=hostile_text), style=st.sampled_from(["apa", "ieee"]))
def test_hostile_locators_and_affixes_are_escaped(
    output_format: str, item: CiteItem, style: str
) -> None:
    """Any locator, prefix or suffix renders without live markup in HTML or LaTeX."""
    output = Style(style).citation([item], format=output_format)
    if output_format == "html":
        tags = re.findall(r"<[^>]*>", output)
        assert [] == [tag for tag in tags if not _ALLOWED_HTML.fullmatch(tag)]
    else:
        assert (False, False) == ("\\input" in output, "\\write18" in output)


def test_locator_cannot_forge_formatting() -> None:
    """Formatting marks in a locator are dropped, not turned into markup."""
    item = CiteItem(DOE, locator="\ue010forged\ue01f")
    assert "(Doe, 2020, p. forged)" == Style("apa").citation([item], format="html")


@pytest.mark.parametrize("output_format", ["text", "markdown", "rst"])
@settings(max_examples=25, deadline=None)
@given(item=cite_items(work=works(), text=hostile_text))
def test_hostile_locators_and_affixes_never_crash(output_format: str, item: CiteItem) -> None:
    """Any locator, prefix or suffix renders to some text in every other format."""
    output = Style("chicago-notes-bibliography-16th-edition").citations(
        [[item], [item]], format=output_format
    )
    assert (2, True) == (len(output), all(output))


@pytest.mark.parametrize("given", ["fr_FR", "fr-fr", "FR_fr"])
def test_locale_spellings_are_normalised(given: str) -> None:
    """``fr_FR`` (POSIX) and other case spellings are read as the CSL locale ``fr-FR``."""
    assert "fr-FR" == Style("apa", locale=given).locale
    assert Style("apa", locale="fr-FR").citation([DOE]) == Style("apa", locale=given).citation(
        [DOE]
    )


@pytest.mark.parametrize("given", ["", "  "])
def test_empty_locale_is_an_error(given: str) -> None:
    """An empty locale is an error, not silently the default."""
    with pytest.raises(UnknownLocaleError):
        Style("apa", locale=given)


# -- names that are not styles -------------------------------------------------------------


@pytest.mark.parametrize("name", ["a" * 300, "a\x00b", "../../etc/passwd", "/"])
def test_unusable_style_name_is_unknown(name: str) -> None:
    """A name the file system refuses (too long, NUL) is an UnknownStyleError, not OSError."""
    with pytest.raises(UnknownStyleError):
        Style(name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("a" * 300 + ".csl", "cannot be read"),
        ("bibtex:" + "a" * 300 + ".bst", "cannot be read"),
        ("a\x00b.csl", "cannot be read"),
        ("bibtex:a\x00b.bst", "cannot be read"),
        (".csl", "file not found"),
    ],
)
def test_unusable_style_file_is_a_style_error(name: str, reason: str) -> None:
    """A style file the file system refuses is a StyleError saying why, not OSError."""
    with pytest.raises(StyleError, match=reason):
        Style(name)


def test_long_style_name_is_cut_in_the_message() -> None:
    """The message about a 10,000-character name stays a few hundred characters long."""
    with pytest.raises(UnknownStyleError) as caught:
        Style("a" * 10_000)
    assert len(str(caught.value)) < 400


@pytest.mark.parametrize("name", [5, None, b"apa", ["apa"]])
def test_style_of_another_type_is_a_type_error(name: object) -> None:
    """A style that is neither a string nor a path is a TypeError, from Style and cite()."""
    with pytest.raises(TypeError):
        Style(name)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cite(name)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "arguments",
    [{"format": 5}, {"mode": 5}, {"label": 5}, {"locator": 4}, {"prefix": 1}, {"suffix": 1}],
)
def test_cite_argument_of_another_type_is_a_type_error(arguments: dict[str, object]) -> None:
    """cite() raises TypeError naming an argument of the wrong type."""
    with pytest.raises(TypeError, match=next(iter(arguments))):
        cite(**arguments)  # type: ignore[arg-type]


def test_a_style_calling_an_undefined_macro_is_refused_on_load(tmp_path: Path) -> None:
    """A call to a macro the style lacks is a `StyleError` naming it and its line."""
    path = tmp_path / "broken.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">\n'
        '<citation><layout><text macro="author"/></layout></citation></style>',
        encoding="utf-8",
    )
    with pytest.raises(StyleError, match="calls macro 'author' on line 2, which it does not"):
        Style(path)


def test_a_style_is_set_up_once() -> None:
    """Two `Style` objects of one name share one parsed processor (no second parse)."""
    assert Style("apa-6th-edition")._processor is Style("apa-6th-edition")._processor
