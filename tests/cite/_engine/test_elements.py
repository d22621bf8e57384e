"""Element classes: page ranges by ``page-range-format``, as citeproc-js prints them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from msc_sci import Style
from msc_sci._cite._engine._elements import page_range


def _cite(tmp_path: Path, page: str, range_format: str) -> str:
    path = tmp_path / "pages.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text"'
        f' page-range-format="{range_format}"><citation><layout>'
        '<text variable="page"/></layout></citation></style>',
        encoding="utf-8",
    )
    return Style(path).citation([{"id": "a", "type": "book", "page": page}])


@pytest.mark.parametrize(
    ("first", "last", "range_format", "expected"),
    [
        ("1100", "23", "expanded", "1123"),
        ("1536", "538", "minimal", "8"),
        ("1536", "1538", "minimal-two", "38"),
        ("1100", "1123", "chicago", "1123"),
        ("1496", "1504", "chicago", "1504"),
        ("1496", "1504", "chicago-16", "504"),
        ("107", "108", "chicago", "8"),
        ("321", "8", "chicago-16", "28"),
        ("71", "2", "chicago-16", "72"),
    ],
)
def test_page_range(first: str, last: str, range_format: str, expected: str) -> None:
    """The last page is expanded, then shortened by each format's rule."""
    assert expected == page_range(first, last, range_format)


@pytest.mark.parametrize(
    ("page", "range_format", "expected"),
    [
        ("1100-23", "chicago", "1100\u20131123"),
        ("2787-816", "chicago", "2787\u20132816"),
        ("n11564-n11568", "chicago", "n11564\u201368"),
        ("N110-N5", "expanded", "N110\u2013N115"),
        ("N110 - 5", "expanded", "N110-5"),
        ("xxv-xxviii", "chicago-16", "xxv\u2013xxviii"),
        ("3-10, 1496-504", "minimal", "3\u201310, 1496\u2013504"),
    ],
)
def test_page_variable_in_a_style(
    tmp_path: Path, page: str, range_format: str, expected: str
) -> None:
    """A style's page ranges are rewritten; a range with unlike prefixes is kept as given."""
    assert expected == _cite(tmp_path, page, range_format)


RECORD = {"id": "a", "type": "book", "title": "His Life", "abstract": "A book."}


@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        ('<text variable="title" font-style="normal"/>', "His Life"),
        (
            '<group font-style="italic"><text variable="title" font-style="normal"/></group>',
            '<i><span style="font-style:normal;">His Life</span></i>',
        ),
        (
            '<group font-weight="bold"><text variable="title" font-weight="normal"/></group>',
            '<b><span style="font-weight:normal;">His Life</span></b>',
        ),
    ],
)
def test_explicit_normal_decoration(tiny: Callable[..., Style], layout: str, expected: str) -> None:
    """``font-style="normal"`` prints upright inside italics and nothing outside them."""
    assert expected == tiny(layout).citation([RECORD], format="html")


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("html", 'His Life<div class="csl-indent">A book.</div>'),
        ("text", "His Life A book."),
        ("markdown", "His Life A book."),
        ("latex", "His Life A book."),
    ],
)
def test_display_indent(tiny: Callable[..., Style], fmt: str, expected: str) -> None:
    """``display="indent"`` is an indented div in HTML and a space-separated run elsewhere."""
    style = tiny(
        '<text value="x"/>',
        bibliography='<text variable="title"/><text variable="abstract" display="indent"/>',
    )
    assert [expected] == [
        entry.removeprefix('<div class="csl-entry">').removesuffix("</div>")
        if fmt == "html"
        else entry
        for entry in style.bibliography([RECORD], format=fmt)
    ]


def test_display_left_margin_and_right_inline(tiny: Callable[..., Style]) -> None:
    """``display="left-margin"`` and ``"right-inline"`` make the margin divs, affixes inside."""
    style = tiny(
        '<text value="x"/>',
        bibliography='<text variable="citation-number" prefix="[" suffix="]"'
        ' display="left-margin"/><text variable="title" prefix=" " display="right-inline"/>',
    )
    assert [
        '<div class="csl-entry"><div class="csl-left-margin">[1]</div>'
        '<div class="csl-right-inline"> His Life</div></div>'
    ] == style.bibliography([RECORD], format="html")


def test_markup_in_a_text_value(tiny: Callable[..., Style]) -> None:
    """Inline markup and quotes in a ``cs:text`` value are read as in data."""
    style = tiny(
        '<text value="&lt;b&gt;friend&lt;/b&gt;" font-weight="bold"/>'
        '<text value=" \'mine\'" prefix=","/>'
    )
    assert '<b><span style="font-weight:normal;">friend</span></b>, \u201cmine\u201d' == (
        style.citation([RECORD], format="html")
    )


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("html", "1<sup>r</sup><sup>e</sup> \u00e9d."), ("text", "1\u02b3\u1d49 \u00e9d.")],
)
def test_superscript_ordinal_suffix(tiny: Callable[..., Style], fmt: str, expected: str) -> None:
    """French ordinals (``1ʳᵉ``) are superscript spans in HTML, their characters in text."""
    style = tiny(
        '<group delimiter=" "><number variable="edition" form="ordinal"/>'
        '<text term="edition" form="short"/></group>',
        attributes=' default-locale="fr-FR"',
    )
    record = {"id": "a", "type": "book", "edition": "1"}
    assert expected == style.citation([record], format=fmt)


def test_vertical_align_baseline_in_a_superscript(tiny: Callable[..., Style]) -> None:
    """``vertical-align="baseline"`` inside a superscript gets citeproc-js's span."""
    style = tiny(
        '<group vertical-align="sup"><text variable="title" vertical-align="baseline"/>'
        '<text value=" x"/></group><text variable="title" vertical-align="baseline"/>'
    )
    assert '<sup><span style="baseline">His Life</span> x</sup>His Life' == style.citation(
        [RECORD], format="html"
    )


def test_gendered_ordinals(tiny: Callable[..., Style]) -> None:
    """Ordinals take the gender of the variable's term; a style's ordinals replace the locale's."""
    style = tiny(
        '<group delimiter=", "><number variable="edition" form="ordinal"/>'
        '<number variable="issue" form="ordinal"/></group>',
        attributes=' default-locale="fr-FR"',
        locale='<locale><terms><term name="ordinal">.\u00aa</term>'
        '<term name="ordinal-01" gender-form="masculine">.\u00ba</term>'
        '<term name="ordinal-01" gender-form="feminine">.\u00aa</term></terms></locale>',
    )
    cites = [
        style.citation([{"id": "a", "type": "book", "edition": n, "issue": n}], format="html")
        for n in ("1", "3")
    ]
    assert ["1.<sup>a</sup>, 1.<sup>o</sup>", "3.<sup>a</sup>, 3.<sup>a</sup>"] == cites


def test_names_label_left_out_of_sort_keys(tmp_path: Path) -> None:
    """A macro key sorts by the names alone: ``Doe, John (ed.)`` before ``Doe, John A``."""
    path = tmp_path / "label-key.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="editor"><names variable="editor"><name name-as-sort-order="all"/>'
        '<label form="short" prefix=" (" suffix=")"/></names></macro>'
        '<citation><layout><text macro="editor"/></layout></citation>'
        '<bibliography><sort><key macro="editor"/></sort>'
        '<layout><text macro="editor"/></layout></bibliography></style>',
        encoding="utf-8",
    )
    records = [
        {"id": key, "type": "book", "title": key, "editor": [{"family": "Doe", "given": given}]}
        for key, given in (("a", "John A"), ("b", "John"))
    ]
    assert ["Doe, John (ed.)", "Doe, John A (ed.)"] == list(Style(path).bibliography(records))


def test_number_prints_citation_number(tiny: Callable[..., Style]) -> None:
    """``cs:number`` prints the citation number, as ``cs:text`` does."""
    style = tiny('<number variable="citation-number" form="ordinal"/>')
    assert "1st" == style.citation([{"id": "a", "type": "book", "title": "A"}])


def test_page_locator_follows_page_range_format(tiny: Callable[..., Style]) -> None:
    """A page locator follows `page-range-format`; an escaped hyphen stays a hyphen."""
    from msc_sci import CiteItem

    style = tiny(
        '<group delimiter=" "><label variable="locator"/><text variable="locator"/></group>',
        attributes=' page-range-format="expanded"',
    )
    work = {"id": "w", "type": "book", "title": "T"}
    assert ["pages 427\u2013430", "page 327-30"] == style.citations(
        [[CiteItem(work, locator="427-30")], [CiteItem(work, locator="327\\-30")]]
    )


def test_locator_ampersand_is_the_locale_symbol(tiny: Callable[..., Style]) -> None:
    """``&`` in a locator prints as the locale's "and" symbol term."""
    from msc_sci import CiteItem

    style = tiny(
        '<text variable="locator"/>',
        locale='<locale><terms><term name="and" form="symbol">AND</term></terms></locale>',
    )
    work = {"id": "w", "type": "book", "title": "T"}
    assert "213 AND 235" == style.citation([CiteItem(work, locator="213 & 235")])


def test_macro_with_only_empty_variables_is_suppressed(tiny: Callable[..., Style]) -> None:
    """A macro whose variables are all empty prints nothing, not its terms, as a group."""
    style = tiny(
        '<group delimiter=", "><text variable="title"/><text macro="container"/></group>',
        locale='<macro name="container"><text term="in" suffix=" "/>'
        '<text variable="container-title"/></macro>',
    )
    cites = [
        style.citation([{"id": "a", "type": "chapter", "title": "T", **extra}])
        for extra in ({}, {"container-title": "C"})
    ]
    assert ["T", "T, in C"] == cites


@pytest.mark.parametrize("stand_in", ['<text term="anonymous"/>', '<text value="Anon"/>'])
def test_term_substituted_for_empty_names_does_not_keep_its_group(
    tiny: Callable[..., Style], stand_in: str
) -> None:
    """A term or value a cs:substitute prints for empty names leaves its group and macro empty."""
    names = f'<names variable="author"><substitute>{stand_in}</substitute></names>'
    style = tiny(
        f'<group delimiter="|"><text macro="author"/><group prefix="[" suffix="]">{names}</group>'
        f'<text variable="title"/>{names}</group>',
        locale=f'<macro name="author">{names}</macro>',
    )
    printed = stand_in.split('"')[1]
    anonymous = style.citation([{"id": "a", "type": "book", "title": "T"}])
    assert f"T|{printed}" == anonymous
    named = style.citation(
        [{"id": "a", "type": "book", "title": "T", "author": [{"family": "Li", "given": "B"}]}]
    )
    assert "B Li|[B Li]|T|B Li" == named


def test_macro_substituted_for_empty_names_keeps_its_group(tiny: Callable[..., Style]) -> None:
    """A macro a cs:substitute prints for empty names keeps its group, as any macro does."""
    style = tiny(
        '<group delimiter=" "><names variable="author"><substitute><text macro="anon"/>'
        '</substitute></names><text variable="volume"/></group>',
        locale='<macro name="anon"><text term="anonymous" form="short"/></macro>',
    )
    assert "anon." == style.citation([{"id": "a", "type": "book", "title": "T"}])


def test_number_prints_markup_in_data_as_text(tiny: Callable[..., Style]) -> None:
    """``cs:number`` prints tags in its value as text; ``cs:text`` formats them."""
    style = tiny(
        '<group delimiter=" "><number variable="number"/><text variable="number"/></group>'
    )
    record = {"id": "a", "type": "book", "number": "1<sup>er</sup>"}
    assert "1&lt;sup&gt;er&lt;/sup&gt; 1<sup>er</sup>" == style.citation([record], format="html")


def test_macro_keeps_what_a_nested_macro_prints(tiny: Callable[..., Style]) -> None:
    """A term printed by a nested macro keeps the macro, though its own names are empty."""
    style = tiny(
        '<text macro="contributors"/>',
        locale='<macro name="anon"><text term="anonymous" form="short"/></macro>'
        '<macro name="contributors"><names variable="author"/><text macro="anon"/></macro>',
    )
    assert "anon." == style.citation([{"id": "a", "type": "webpage", "title": "T"}])


def test_number_variable_range_takes_an_en_dash(tiny: Callable[..., Style]) -> None:
    """A range in a number variable printed by ``cs:text`` has an en dash, not a hyphen."""
    style = tiny('<group delimiter=" "><text variable="issue"/><text variable="title"/></group>')
    record = {"id": "a", "type": "book", "issue": "3-4", "title": "1-2"}
    assert "3\u20134 1-2" == style.citation([record])


def test_hyphen_makes_a_range_only_between_numbers(tiny: Callable[..., Style]) -> None:
    """``1-2`` and ``i-ix`` get an en dash; ``Smith-Jones`` and an escaped ``3\\-B`` do not."""
    style = tiny('<text variable="page"/>')
    pages = ["1-2", "i-ix", "Michaelson-Morely", "3\\-B"]
    assert ["1\u20132", "i\u2013ix", "Michaelson-Morely", "3-B"] == [
        style.citation([{"id": "a", "type": "book", "title": "T", "page": page}]) for page in pages
    ]


@pytest.mark.parametrize(
    ("form", "expected"),
    [("short", "in: T"), ("verb-short", "in: T"), ("symbol", "in: T"), ("verb", "in: T")],
)
def test_missing_term_form_falls_back_to_the_long_form(
    tiny: Callable[..., Style], form: str, expected: str
) -> None:
    """A term form the locale lacks falls back to the long form (``in`` has only that)."""
    style = tiny(f'<text term="in" form="{form}" suffix=": "/><text variable="title"/>')
    assert expected == style.citation([{"id": "a", "type": "book", "title": "T"}])


def test_verb_short_term_falls_back_to_the_verb_form(tiny: Callable[..., Style]) -> None:
    """A missing ``verb-short`` form falls back to ``verb`` before the long form."""
    style = tiny(
        '<text term="in" form="verb-short"/>',
        locale='<locale><terms><term name="in" form="verb">within</term></terms></locale>',
    )
    assert "within" == style.citation([{"id": "a", "type": "book", "title": "T"}])


@pytest.mark.parametrize(
    ("locale", "terms", "expected"),
    [
        ("fr-FR", '<term name="ordinal-02">X</term>', "2\u1d49 2\u1d49"),
        ("fr-FR", '<term name="ordinal">Y</term><term name="ordinal-02">X</term>', "2Y 2Y"),
        ("en-US", '<term name="ordinal-02">X</term>', "2X 2X"),
        ("en-US", '<term name="ordinal-02" gender-form="feminine">X</term>', "2nd 2nd"),
    ],
)
def test_style_ordinals_without_the_ordinal_term_only_redefine(
    tiny: Callable[..., Style], locale: str, terms: str, expected: str
) -> None:
    """A style's ordinals replace the locale's only with ``ordinal``; else they redefine."""
    style = tiny(
        '<group delimiter=" "><number variable="edition" form="ordinal"/>'
        '<number variable="issue" form="ordinal"/></group>',
        attributes=f' default-locale="{locale}"',
        locale=f"<locale><terms>{terms}</terms></locale>",
    )
    assert expected == style.citation([{"id": "a", "type": "book", "edition": "2", "issue": "2"}])


def test_a_terms_straight_apostrophe_prints_typographic(tiny: Callable[..., Style]) -> None:
    """A term's straight apostrophe prints as a typographic one, as in titles and values."""
    style = tiny(
        '<text term="from"/>',
        locale='<locale><terms><term name="from">à l\'adresse</term></terms></locale>',
    )
    assert "à l\u2019adresse" == style.citation([{"id": "a", "type": "book"}])


def test_a_macro_that_prints_keeps_its_group(tmp_path: Path) -> None:
    """A group prints when a macro call in it prints, though its variables are empty."""
    path = tmp_path / "group.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="code"><choose><if type="book"><text value="M"/></if></choose></macro>'
        '<citation><layout><text variable="title"/>'
        '<group delimiter="/" prefix="[" suffix="]"><text macro="code"/>'
        '<text variable="medium"/></group></layout></citation></style>',
        encoding="utf-8",
    )
    assert "T[M]" == Style(path).citation([{"id": "a", "type": "book", "title": "T"}])


def test_term_in_a_choose_does_not_keep_an_empty_group(tiny: Callable[..., Style]) -> None:
    """A group whose variables are all empty prints nothing, a term in its choose neither."""
    style = tiny(
        '<text value="A"/><group prefix=" [" suffix="]"><choose><if type="book">'
        '<text term="no date"/></if><else><text variable="medium"/></else></choose>'
        '<text variable="URL"/></group>'
    )
    assert ("A", "A [no datehttps://x.org]") == (
        style.citation([{"id": "a", "type": "book"}]),
        style.citation([{"id": "a", "type": "book", "URL": "https://x.org"}]),
    )


def test_value_beside_an_empty_variable_in_a_choose_leaves_the_macro_out(
    tiny: Callable[..., Style],
) -> None:
    """A macro whose taken branch has an empty variable and a value prints nothing."""
    style = tiny(
        '<text value="A"/><text macro="m" prefix=" "/>',
        macros='<macro name="m"><choose><if type="webpage"><text variable="title"/>'
        '<text value="WWW Document" prefix=" [" suffix="]"/></if></choose></macro>',
    )
    assert ("A", "A T [WWW Document]") == (
        style.citation([{"id": "a", "type": "webpage"}]),
        style.citation([{"id": "a", "type": "webpage", "title": "T"}]),
    )


@pytest.mark.parametrize(
    ("number", "expected"),
    [("US 6,771,931 B2", "US 6,771,931 B2"), ("6,771,931", "6,771,931"), ("2, 4", "2nd, 4th")],
)
def test_number_with_a_tight_comma_prints_as_given(
    tiny: Callable[..., Style], number: str, expected: str
) -> None:
    """A comma with no space after it is part of the value (a patent number), not a list."""
    style = tiny('<number variable="number" form="ordinal"/>')
    assert expected == style.citation([{"id": "p", "type": "patent", "number": number}])


def test_empty_value_prints_no_affixes(tiny: Callable[..., Style]) -> None:
    """``<text value="" prefix=".">`` prints nothing, not its prefix (``Tokyo: .``)."""
    style = tiny(
        '<group delimiter=": "><text variable="publisher-place"/>'
        '<text value="" prefix="."/></group>'
    )
    assert "Tokyo" == style.citation([{"id": "a", "type": "book", "publisher-place": "Tokyo"}])


def test_empty_value_keeps_no_group(tiny: Callable[..., Style]) -> None:
    """A bare ``<text value=""/>`` prints nothing: a group holding only it prints no prefix."""
    style = tiny('<text variable="container-title"/><group prefix=", "><text value=""/></group>')
    assert "C" == style.citation([{"id": "a", "type": "book", "container-title": "C"}])


def test_empty_value_is_no_substitute(tiny: Callable[..., Style]) -> None:
    """A bare ``<text value=""/>`` in ``cs:substitute`` is skipped for the next element."""
    style = tiny(
        '<names variable="editor"><substitute><text value=""/><text variable="title"/>'
        "</substitute></names>"
    )
    assert "T" == style.citation([{"id": "a", "type": "book", "title": "T"}])


def test_display_on_an_inner_element_is_ignored(tiny: Callable[..., Style]) -> None:
    """Only the layout's own children make display blocks, as in citeproc-js."""
    style = tiny(
        '<text variable="title"/>',
        bibliography='<text variable="title" display="left-margin"/><group>'
        '<text variable="publisher-place" display="right-inline"/></group>',
    )
    work = {"id": "a", "type": "book", "title": "A", "publisher-place": "Tokyo"}
    assert (
        '<div class="csl-left-margin">A</div>Tokyo' in style.bibliography([work], format="html")[0]
    )


def test_lone_number_takes_a_text_case(tiny: Callable[..., Style]) -> None:
    """A single number with ``text-case="capitalize-first"`` prints (it raised before)."""
    style = tiny('<number variable="volume" text-case="capitalize-first"/>')
    assert "560" == style.citation([{"id": "a", "type": "legal_case", "volume": "560"}])


@pytest.mark.parametrize(
    ("layout", "title", "expected"),
    [
        ('<group prefix=","><text variable="title" prefix=", "/></group>', "T", "C,, T"),
        ('<text variable="title" prefix=","/>', ",T", "C,,T"),
        ('<group prefix=", "><text variable="title" prefix=" "/></group>', "T", "C, T"),
    ],
)
def test_prefix_is_printed_whole(
    tiny: Callable[..., Style], layout: str, title: str, expected: str
) -> None:
    """A prefix keeps a mark the text after it repeats (``,, T``), as citeproc-js prints it."""
    record = {"id": "a", "type": "book", "title": title, "container-title": "C"}
    style = tiny(f'<text variable="container-title"/>{layout}')
    assert expected == style.citation([record])


def test_space_before_colon_in_text_is_narrow(tiny: Callable[..., Style]) -> None:
    """A space before ``:`` in a value or variable is a narrow no-break one, not in affixes."""
    style = tiny(
        '<text variable="title"/><text value=" sur :"/><text variable="publisher" prefix=" : "/>'
    )
    record = {"id": "a", "type": "book", "title": "A ? « B »", "publisher": "P"}
    assert "A\u202f? «\u202fB\u202f» sur\u202f: : P" == style.citation([record])


def test_strip_periods_on_a_macro_call_spares_affixes_and_values(
    tiny: Callable[..., Style],
) -> None:
    """``strip-periods`` on a macro call strips its variables and terms, not affixes or values."""
    style = tiny(
        '<text macro="m" strip-periods="true"/>',
        macros='<macro name="m"><text variable="title" suffix="."/><text value=" a.b "/>'
        '<text term="page" form="short"/></macro>',
    )
    assert "AB. a.b p" == style.citation([{"id": "a", "type": "book", "title": "A.B"}])


def test_strip_periods_on_a_macro_call_strips_names(tiny: Callable[..., Style]) -> None:
    """Names a macro called with ``strip-periods`` prints lose their full stops (``Doe, J``)."""
    style = tiny(
        '<text macro="m" strip-periods="true"/>',
        macros='<macro name="m"><names variable="author">'
        '<name name-as-sort-order="all" initialize-with=". "/></names></macro>',
    )
    record = {"id": "a", "type": "book", "author": [{"family": "Doe", "given": "John"}]}
    assert "Doe, J" == style.citation([record])
