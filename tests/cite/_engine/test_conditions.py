"""Conditions (``disambiguate``) and labels of empty variables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from msc_sci import CiteItem, Style, cite


def test_disambiguate_branch_not_taken() -> None:
    """MLA's in-text citation has no title: nothing needs disambiguating."""
    assert "(Honmou et al.)" == cite("modern-language-association", mode="citation")


def test_no_label_for_an_empty_variable() -> None:
    """Chicago notes print no stray ``edition`` label."""
    assert "edition" not in cite("chicago-notes-bibliography", mode="citation")


LOCATOR_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id>x</id><title>x</title><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><choose>
    <if locator="sub-verbo"><text value="s.v. "/><text variable="locator"/></if>
    <else-if position="first"><text variable="title"/></else-if>
    <else><text value="again"/></else>
  </choose></layout></citation>
  <bibliography><layout><choose>
    <if position="first"><text value="never"/></if>
    <else><text variable="title"/></else>
  </choose></layout></bibliography>
</style>"""


def _locator_style(tmp_path: Path) -> Style:
    path = tmp_path / "locator.csl"
    path.write_text(LOCATOR_STYLE, encoding="utf-8")
    return Style(path)


def test_locator_condition_matches_sub_verbo(tmp_path: Path) -> None:
    """``locator="sub-verbo"`` matches a cite labelled ``sub verbo`` (either spelling)."""
    work = {"id": "w", "type": "book", "title": "T"}
    item = CiteItem(work, locator="word", label="sub verbo")
    assert "s.v. word" == _locator_style(tmp_path).citation([item])


def test_position_conditions_follow_the_document(tmp_path: Path) -> None:
    """``position`` sees the citations before: first, then a later cite."""
    work = {"id": "w", "type": "book", "title": "T"}
    assert ["T", "again"] == _locator_style(tmp_path).citations([[work], [work]])


def test_position_is_false_in_the_bibliography(tmp_path: Path) -> None:
    """In a bibliography no position test is true (not even ``first``)."""
    work = {"id": "w", "type": "book", "title": "T"}
    assert ["T"] == list(_locator_style(tmp_path).bibliography([work]))


def test_number_of_volumes_label_is_plural_above_one(tmp_path: Path) -> None:
    """The ``number-of-volumes`` label is "volume" for 1 and "volumes" for 2."""
    path = tmp_path / "volumes.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<locale><terms><term name="number-of-volumes"><single>volume</single>'
        "<multiple>volumes</multiple></term></terms></locale>"
        '<citation><layout><group delimiter=" "><label variable="number-of-volumes"/>'
        '<text variable="number-of-volumes"/></group></layout></citation></style>',
        encoding="utf-8",
    )
    works = [{"id": str(n), "type": "book", "number-of-volumes": n} for n in (1, 2)]
    assert ["volume 1", "volumes 2"] == Style(path).citations([[work] for work in works])


def test_substitute_stops_at_an_empty_term(tmp_path: Path) -> None:
    """A ``cs:text term`` in ``cs:substitute`` ends the substitution even when it is empty."""
    path = tmp_path / "term.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<locale><terms><term name="author">AUTHOR</term><term name="editor"></term></terms>'
        '</locale><citation><layout><group delimiter=" "><group><text value="Content:"/></group>'
        '<names variable="translator"><substitute><text term="editor"/><text term="author"/>'
        "</substitute></names></group></layout></citation></style>",
        encoding="utf-8",
    )
    assert "Content:" == Style(path).citation([{"id": "x", "type": "book"}])


def test_substituted_names_print_once(tmp_path: Path) -> None:
    """Names printed by a substitution (through a macro) are not printed again in it."""
    path = tmp_path / "once.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="editor"><names variable="editor"><name/><label prefix=" " form="short"/>'
        '</names><names variable="editor"><name/><label prefix=" "/></names></macro>'
        '<citation><layout><group delimiter=". "><names variable="author"><substitute>'
        '<text macro="editor"/></substitute></names><names variable="editor"/>'
        '<text variable="title"/></group></layout></citation></style>',
        encoding="utf-8",
    )
    work = {"id": "x", "type": "book", "title": "T", "editor": [{"family": "Doe", "given": "J"}]}
    assert "J Doe ed. T" == Style(path).citation([work])


def test_label_form_falls_back(tmp_path: Path) -> None:
    """A label's missing ``verb-short`` form falls back to ``verb`` ("by")."""
    path = tmp_path / "verb.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><names variable="reviewed-author"><label form="verb-short"'
        ' suffix=" "/><name/></names></layout></citation></style>',
        encoding="utf-8",
    )
    record = {"id": "r", "type": "review", "reviewed-author": [{"family": "Burtle", "given": "B"}]}
    assert "by B Burtle" == Style(path).citation([record])


def test_substitute_through_choose(tmp_path: Path) -> None:
    """In ``cs:substitute``, a ``cs:choose`` branch gives its first printing child only."""
    path = tmp_path / "choose.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><names variable="author"><name and="text"/>'
        '<label form="short" prefix=", "/><substitute><choose><if type="book">'
        '<names variable="editor"/><names variable="translator"/></if></choose>'
        "</substitute></names></layout></citation></style>",
        encoding="utf-8",
    )
    record = {
        "id": "b",
        "type": "book",
        "editor": [{"family": "Roe", "given": "Rick"}, {"family": "Poe", "given": "Pat"}],
        "translator": [{"family": "Lee", "given": "Li"}],
    }
    assert "Rick Roe and Pat Poe, eds." == Style(path).citation([record])


def test_label_takes_a_long_term_the_style_spells_out(tmp_path: Path) -> None:
    """A style's ``form="long"`` term is the long form, before the locale's own."""
    path = tmp_path / "long.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<locale xml:lang="en"><terms><term name="editor" form="long"><single>EDITOR</single>'
        "<multiple>EDITORS</multiple></term></terms></locale>"
        '<citation><layout><names variable="editor"><name/><label prefix=", "/></names>'
        "</layout></citation></style>",
        encoding="utf-8",
    )
    record = {"id": "e", "type": "book", "editor": [{"family": "Roe", "given": "R"}]}
    assert "R Roe, EDITOR" == Style(path).citation([record])


def test_page_range_is_numeric(tmp_path: Path) -> None:
    """``is-numeric="page"`` holds for a page range (``10-20``), as in citeproc-js."""
    path = tmp_path / "numeric.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><choose><if is-numeric="page"><text value="numeric"/></if>'
        '<else><text value="text"/></else></choose></layout></citation></style>',
        encoding="utf-8",
    )
    works = [{"id": str(n), "type": "book", "page": page} for n, page in enumerate(("10-20", "x"))]
    assert ["numeric", "text"] == Style(path).citations([[work] for work in works])


def test_substitute_suppresses_only_the_branch_taken(tiny: Callable[..., Style]) -> None:
    """A variable of a substituted macro's branch not taken still prints later (the date)."""
    style = tiny(
        '<names variable="author"><substitute><text macro="t"/></substitute></names>'
        '<text prefix=", " variable="container-title"/>'
        '<date prefix=", " variable="issued"><date-part name="year"/></date>',
        macros='<macro name="t"><choose><if variable="title"><text variable="title"/>'
        '</if><else><date variable="issued"><date-part name="year"/></date></else></choose>'
        "</macro>",
    )
    work = {"id": "a", "type": "book", "container-title": "C", "issued": {"date-parts": [[2001]]}}
    assert ("T, C, 2001", "2001, C") == (
        style.citation([{**work, "title": "T"}]),
        style.citation([work]),
    )


def test_roman_page_range_takes_the_plural_label(tiny: Callable[..., Style]) -> None:
    """A range of roman numerals (``i-ix``) is plural; a word with a hyphen is not."""
    style = tiny('<group delimiter=" "><label variable="page"/><text variable="page"/></group>')
    pages = ("i-ix", "IV-VI", "Michaelson-Morely", "3\\-B")
    works = [{"id": str(n), "type": "book", "page": page} for n, page in enumerate(pages)]
    assert ["pages i\u2013ix", "pages IV\u2013VI", "page Michaelson-Morely", "page 3-B"] == [
        style.citation([work]) for work in works
    ]


@pytest.mark.parametrize(
    ("number", "label"),
    [
        ("US 1,931,505 B2", "no."),
        ("1,2", "no."),
        ("1 2", "no."),
        ("1, 2", "nos."),
        ("1 & 2", "nos."),
        ("1 and 2", "nos."),
        ("4-7", "nos."),
    ],
)
def test_label_is_plural_for_a_list_or_range_only(
    tiny: Callable[..., Style], number: str, label: str
) -> None:
    """A comma without a space joins one number's digits: ``US 1,931,505 B2`` is ``no.``."""
    style = tiny('<label variable="number" form="short"/>')
    assert label == style.citation([{"id": "a", "type": "patent", "number": number}])


def test_roman_locator_range_takes_the_plural_label(tiny: Callable[..., Style]) -> None:
    """A locator ``ii-iv`` is several pages: ``pp.``."""
    style = tiny(
        '<group delimiter=" "><label variable="locator" form="short"/>'
        '<text variable="locator"/></group>'
    )
    work = {"id": "a", "type": "book"}
    assert "pp. ii\u2013iv" == style.citation([CiteItem(work, locator="ii-iv")])


def test_extended_conditions_of_csl_1_1(tiny: Callable[..., Style]) -> None:
    """A branch's ``cs:conditions`` joins its ``cs:condition`` tests by its ``match``."""
    style = tiny(
        '<choose><if><conditions match="all">'
        '<condition type="book"/><condition variable="edition" match="none"/>'
        '</conditions><text value="book without edition"/></if>'
        '<else-if><conditions match="any"><condition type="chapter"/>'
        '<condition variable="edition"/></conditions><text value="chapter or edition"/>'
        '</else-if><else><text value="other"/></else></choose>'
    )
    works = [
        {"id": "a", "type": "book"},
        {"id": "b", "type": "book", "edition": "2"},
        {"id": "c", "type": "chapter"},
        {"id": "d", "type": "report"},
    ]
    assert ["book without edition", "chapter or edition", "chapter or edition", "other"] == [
        style.citation([work]) for work in works
    ]


def test_locator_with_its_own_label_takes_no_other(tiny: Callable[..., Style]) -> None:
    """A locator starting with a label (``vol. 1, fol. 186``) prints no ``p.`` before it."""
    style = tiny(
        '<group delimiter=" "><label variable="locator" form="short"/>'
        '<text variable="locator"/></group>'
    )
    work = {"id": "a", "type": "book"}
    assert ["vol. 1, p. 186", "p. 12", "p. volume 3"] == [
        style.citation([CiteItem(work, locator=locator)])
        for locator in ("vol. 1, p. 186", "12", "volume 3")
    ]


@pytest.mark.parametrize(
    ("test", "record", "expected"),
    [
        ('type="webpage post"', {"type": "webpage"}, "yes"),
        ('type="webpage post" match="all"', {"type": "webpage"}, "yes"),
        ('type="webpage post" variable="URL" match="all"', {"type": "webpage"}, "no"),
        ('type="webpage post" match="none"', {"type": "book"}, "yes"),
        ('type="webpage post" match="none"', {"type": "post"}, "no"),
    ],
)
def test_several_types_are_one_test(
    tiny: Callable[..., Style], test: str, record: dict[str, str], expected: str
) -> None:
    """The types listed in ``type`` hold if any does, whatever the ``match``, as in citeproc-js."""
    style = tiny(
        f'<choose><if {test}><text value="yes"/></if><else><text value="no"/></else></choose>'
    )
    assert expected == style.citation([{"id": "a", "title": "T", **record}])


def test_substituted_text_takes_no_names_affixes(tiny: Callable[..., Style]) -> None:
    """A title standing in for the author has no affixes of the ``cs:names``; editors do."""
    style = tiny(
        '<names variable="author" prefix="[" suffix=","><substitute><names variable="editor"/>'
        '<text variable="title"/></substitute></names><text variable="publisher" prefix=" "/>'
    )
    edited = {
        "id": "a",
        "type": "book",
        "title": "T",
        "publisher": "P",
        "editor": [{"family": "E"}],
    }
    untitled = {"id": "b", "type": "book", "title": "T", "publisher": "P"}
    assert ["[E, P", "T P"] == [style.citation([record]) for record in (edited, untitled)]


def test_shorthand_substitute_names_drop_their_own_affixes(tiny: Callable[..., Style]) -> None:
    """``<names variable="editor" suffix="(ed)"/>`` in a substitute prints as its owner does."""
    style = tiny(
        '<names variable="author" prefix="["><name/><label prefix=" (" suffix=")"/>'
        '<substitute><names variable="editor" prefix="{" suffix="(ed)"/></substitute></names>'
    )
    record = {"id": "a", "type": "book", "title": "T", "editor": [{"family": "Ed"}]}
    assert "[Ed (editor)" == style.citation([record])
