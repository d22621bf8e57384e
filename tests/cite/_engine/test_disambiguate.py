"""Disambiguation: names, given names, the ``disambiguate`` condition, year suffixes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from msc_sci import Style
from msc_sci._cite._engine._disambiguate import suffix_letters

SAME_AUTHOR_YEAR = [
    {
        "id": f"x{number}",
        "type": "book",
        "title": title,
        "author": [{"family": "Smith", "given": "Ann"}],
        "issued": {"date-parts": [[2020]]},
    }
    for number, title in enumerate(("Beta", "Alpha"))
]

#: A citation layout printing short names, then the year and its suffix.
NAMES_YEAR = (
    '<layout delimiter="; "><group delimiter=" ">'
    '<names variable="author"><name form="short" and="symbol" delimiter=", "'
    ' delimiter-precedes-last="never"{name}/></names>'
    '<group prefix="(" suffix=")"><date variable="issued"><date-part name="year"/></date>'
    '<text variable="year-suffix"/></group>'
    "</group></layout>"
)


def _style(tmp_path: Path, options: str, layout: str = NAMES_YEAR, name: str = "") -> Style:
    """Return a style whose ``cs:citation`` has *options* and *layout*."""
    path = tmp_path / "test.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        f"<citation {options}>{layout.replace('{name}', name)}</citation></style>",
        encoding="utf-8",
    )
    return Style(path)


def _work(number: int, *authors: str, year: int = 1980, **extra: object) -> dict[str, object]:
    """Return a book by *authors*, each ``"Family Given"``."""
    people = [dict(zip(("family", "given"), author.split(" "), strict=False)) for author in authors]
    return {
        "id": f"w{number}",
        "type": "book",
        "title": f"Book {number}",
        "author": people,
        "issued": {"date-parts": [[year]]},
        **extra,
    }


def test_suffix_letters() -> None:
    """Suffixes run a..z, then aa, ab..."""
    assert ["a", "z", "aa"] == [suffix_letters(n) for n in (0, 25, 26)]


def test_apa_year_suffixes_follow_bibliography_order() -> None:
    """APA gives 2020a to the title sorting first."""
    entries = Style("apa").bibliography(SAME_AUTHOR_YEAR)
    assert ["Smith, A. (2020a). Alpha.", "Smith, A. (2020b). Beta."] == list(entries)


def test_no_suffix_for_distinct_works() -> None:
    """Works that cite differently get no suffix; APA groups them under the author."""
    records = [SAME_AUTHOR_YEAR[0], {**SAME_AUTHOR_YEAR[1], "issued": {"date-parts": [[2021]]}}]
    assert "(Smith, 2020, 2021)" == Style("apa").citation(records)


def test_nothing_changes_without_options(tmp_path: Path) -> None:
    """A style asking for no disambiguation prints ambiguous cites as they are."""
    style = _style(tmp_path, 'et-al-min="3" et-al-use-first="1"')
    works = [
        _work(1, "Smith John", "Brown Al", "Jones Bo"),
        _work(2, "Smith John", "Lee Cy", "X Y"),
    ]
    assert "Smith et al. (1980); Smith et al. (1980)" == style.citation(works)


def test_add_names_until_cites_differ(tmp_path: Path) -> None:
    """``disambiguate-add-names`` shows the second name, where the lists part."""
    style = _style(tmp_path, 'et-al-min="3" et-al-use-first="1" disambiguate-add-names="true"')
    works = [
        _work(1, "Smith John", "Brown Al", "Jones Bo"),
        _work(2, "Smith John", "Lee Cy", "X Y"),
    ]
    assert "Smith, Brown, et al. (1980); Smith, Lee, et al. (1980)" == style.citation(works)


def test_added_names_show_in_later_cites_despite_et_al_subsequent(tmp_path: Path) -> None:
    """Names added to tell works apart stay in later cites, as citeproc-js prints them."""
    style = _style(
        tmp_path,
        'et-al-min="3" et-al-use-first="1" et-al-subsequent-min="2"'
        ' et-al-subsequent-use-first="1" disambiguate-add-names="true"'
        ' disambiguate-add-year-suffix="true"',
    )
    works = [
        _work(1, "Smith John", "Brown Al", "Jones Bo"),
        _work(2, "Smith John", "Lee Cy", "X Y"),
    ]
    first, second = "Smith, Brown, et al. (1980)", "Smith, Lee, et al. (1980)"
    assert [first, second, first, second] == style.citations([[w] for w in works * 2])


def test_add_names_shows_all_names_without_et_al(tmp_path: Path) -> None:
    """When every name is needed, the list ends with "&", not "et al."."""
    style = _style(tmp_path, 'et-al-min="3" et-al-use-first="1" disambiguate-add-names="true"')
    works = [
        _work(1, "Smith John", "Brown Al", "Jones Bo"),
        _work(2, "Smith John", "Brown Al", "Jones Bo", "Lee Cy"),
    ]
    expected = "Smith, Brown & Jones (1980); Smith, Brown, Jones, et al. (1980)"
    assert expected == style.citation(works)


def test_names_that_do_not_help_are_taken_back(tmp_path: Path) -> None:
    """Names that tell no more items apart go back to the last count that did."""
    style = _style(tmp_path, 'et-al-min="3" et-al-use-first="1" disambiguate-add-names="true"')
    works = [
        _work(1, "Smith John", "Brown Al", "Jones John"),
        _work(2, "Smith John", "Benson Al", "Jones John"),
        _work(3, "Smith John", "Brown Al", "Jones Arthur"),
    ]
    expected = (
        "Smith, Brown, et al. (1980); Smith, Benson, et al. (1980); Smith, Brown, et al. (1980)"
    )
    assert expected == style.citation(works)


def test_by_cite_given_name_adds_initials(tmp_path: Path) -> None:
    """By cite, short names whose initials differ gain initials, and only those cites."""
    style = _style(tmp_path, 'disambiguate-add-givenname="true"', name=' initialize-with=". "')
    works = [_work(1, "Doe John"), _work(2, "Doe Aloysius"), _work(3, "Roe Jane", year=1990)]
    assert "J. Doe (1980); A. Doe (1980); Roe (1990)" == style.citation(works)


def test_by_cite_given_name_in_full_when_initials_match(tmp_path: Path) -> None:
    """Names with the same initials are printed with their whole given names."""
    style = _style(tmp_path, 'disambiguate-add-givenname="true"', name=' initialize-with=". "')
    works = [_work(1, "Smith Thomas"), _work(2, "Smith Ted")]
    assert "Thomas Smith (1980); Ted Smith (1980)" == style.citation(works)


def test_names_and_given_names_together(tmp_path: Path) -> None:
    """An added name is expanded when its family name alone does not tell cites apart."""
    options = (
        'et-al-min="3" et-al-use-first="1" disambiguate-add-names="true"'
        ' disambiguate-add-givenname="true"'
    )
    style = _style(tmp_path, options, name=' initialize-with=". "')
    works = [
        _work(1, "Dropsy Devon", "Enteritis Edward", "Fever Xavier"),
        _work(2, "Dropsy Devon", "Enteritis Ernie", "Fever Yves"),
    ]
    expected = "Dropsy, Edward Enteritis, et al. (1980); Dropsy, Ernie Enteritis, et al. (1980)"
    assert expected == style.citation(works)


def test_all_names_rule_expands_unambiguous_cites(tmp_path: Path) -> None:
    """``all-names`` tells names apart throughout, even in cites that already differ."""
    options = 'disambiguate-add-givenname="true" givenname-disambiguation-rule="all-names"'
    style = _style(tmp_path, options, name=' initialize-with=". "')
    works = [
        _work(1, "Asthma Albert", "Bronchitis Bosworth"),
        _work(2, "Asthma Albert", "Bronchitis Beauregarde", year=1995),
    ]
    expected = "Asthma & Bosworth Bronchitis (1980); Asthma & Beauregarde Bronchitis (1995)"
    assert expected == style.citation(works)


def test_with_initials_rule_stops_at_initials(tmp_path: Path) -> None:
    """``all-names-with-initials`` adds initials that differ, and nothing more."""
    options = (
        'disambiguate-add-givenname="true" givenname-disambiguation-rule="all-names-with-initials"'
    )
    style = _style(tmp_path, options, name=' initialize-with=". "')
    works = [
        _work(1, "Smith Cecil"),
        _work(2, "Smith Charles", year=1981),
        _work(3, "Muggins Bob", year=1982),
        _work(4, "Muggins Jardine", year=1983),
    ]
    expected = "Smith (1980); Smith (1981); B. Muggins (1982); J. Muggins (1983)"
    assert expected == style.citation(works)


def test_primary_name_rule_expands_first_names_only(tmp_path: Path) -> None:
    """``primary-name`` expands the first name of a list, never a later one."""
    options = (
        'et-al-min="3" et-al-use-first="1" disambiguate-add-givenname="true"'
        ' givenname-disambiguation-rule="primary-name-with-initials"'
    )
    style = _style(tmp_path, options, name=' initialize-with=". "')
    works = [
        _work(1, "Asthma Aloysius", "Bronchitis B", "Cold C"),
        _work(2, "Asthma Gregory", "Bronchitis B", "Cold C", year=1995),
        _work(3, "Dropsy Devon", "Asthma Albert", year=1995),
    ]
    expected = "A. Asthma et al. (1980); G. Asthma et al. (1995); Dropsy & Asthma (1995)"
    assert expected == style.citation(works)


def test_year_suffix_when_names_cannot_help(tmp_path: Path) -> None:
    """Works by the same people get year suffixes, with the style's own names."""
    options = (
        'et-al-min="3" et-al-use-first="1" disambiguate-add-names="true"'
        ' disambiguate-add-givenname="true" disambiguate-add-year-suffix="true"'
    )
    style = _style(tmp_path, options)
    works = [_work(n, "Smith John", "Brown Al", "Jones Bo") for n in (1, 2)]
    assert "Smith et al. (1980a); Smith et al. (1980b)" == style.citation(works)


CONDITION = (
    '<layout delimiter="; "><group delimiter=", ">'
    '<names variable="author"><name form="short"/></names>'
    '<choose><if disambiguate="true"><text variable="title"/></if></choose>'
    '<choose><if disambiguate="true"><text variable="edition"/></if></choose>'
    "</group></layout>"
)


def test_disambiguate_condition_one_test_at_a_time(tmp_path: Path) -> None:
    """Ambiguous cites take the first ``disambiguate`` branch, the next only if still alike."""
    style = _style(tmp_path, "", layout=CONDITION)
    works = [
        _work(0, "Trisk Yost", edition="2"),
        _work(1, "Smith John", title="One", edition="3"),
        _work(2, "Smith John", title="Two", edition="4"),
        _work(3, "Smith John", title="All", edition="5"),
        _work(4, "Smith John", title="All", edition="6"),
    ]
    expected = "Trisk; Smith, One; Smith, Two; Smith, All, 5; Smith, All, 6"
    assert expected == style.citation(works)


def test_disambiguate_condition_reaches_the_bibliography(tmp_path: Path) -> None:
    """An item whose citation needed the condition takes it in the bibliography too."""
    layout = CONDITION.replace(' delimiter="; "', "")
    path = tmp_path / "both.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        f"<citation>{layout}</citation><bibliography>{layout}</bibliography></style>",
        encoding="utf-8",
    )
    works = [_work(1, "Smith John", title="One"), _work(2, "Smith John", title="Two")]
    works.append(_work(3, "Brown Al"))
    assert ["Smith, One", "Smith, Two", "Brown"] == list(Style(path).bibliography(works))


def test_implicit_year_suffix_once_per_cite(tmp_path: Path) -> None:
    """An implicit year suffix follows the first year of a cite only, not a second date."""
    layout = (
        '<layout delimiter="; "><group delimiter=" "><date variable="issued" date-parts="year"'
        ' form="text"/><date variable="issued" form="numeric"/></group></layout>'
    )
    style = _style(tmp_path, 'disambiguate-add-year-suffix="true"', layout)
    assert "2020a 2020; 2020b 2020" == style.citation(SAME_AUTHOR_YEAR)


def test_implicit_year_suffix_on_citation_label(tmp_path: Path) -> None:
    """A citation label printed before the year takes the implicit year suffix."""
    layout = (
        '<layout delimiter="; "><group delimiter=" "><text variable="citation-label"/>'
        '<date variable="issued" date-parts="year" form="text"/></group></layout>'
    )
    style = _style(tmp_path, 'disambiguate-add-year-suffix="true"', layout)
    assert "Smit20a 2020; Smit20b 2020" == style.citation(SAME_AUTHOR_YEAR)


def test_later_citations_that_print_alike_take_the_condition(tmp_path: Path) -> None:
    """Works whose later (``subsequent``) citations print alike take ``disambiguate``."""
    layout = (
        '<layout delimiter="; "><choose><if position="first"><text variable="title"/></if>'
        '<else><names variable="author"><name form="short"/></names>'
        '<choose><if disambiguate="true"><text variable="title" prefix=", "/></if></choose>'
        '<text variable="first-reference-note-number" prefix=", n. "/></else></choose></layout>'
    )
    style = _style(tmp_path, "", layout)
    first, second = SAME_AUTHOR_YEAR
    assert ["Beta; Alpha", "Smith, Beta, n. 1"] == style.citations([[first, second], [first]])


def test_names_added_for_later_citations_that_print_alike(tmp_path: Path) -> None:
    """Later citations that print alike show more names, before any year suffix."""
    layout = (
        '<layout delimiter="; "><choose><if position="first"><text variable="title"/></if>'
        '<else><group delimiter=" "><names variable="author"><name form="short"'
        ' et-al-min="2" et-al-use-first="1"/></names><date variable="issued">'
        '<date-part name="year"/></date></group></else></choose></layout>'
    )
    options = 'disambiguate-add-names="true" disambiguate-add-year-suffix="true"'
    style = _style(tmp_path, options, layout)
    first, second = (
        {**work, "author": [{"family": "Smith"}, {"family": other}]}
        for work, other in zip(SAME_AUTHOR_YEAR, ("Jones", "Brown"), strict=True)
    )
    assert ["Beta; Alpha", "Smith, Jones 2020"] == style.citations([[first, second], [first]])


def test_bibliography_alone_tells_apart_works_whose_later_citations_print_alike(
    tmp_path: Path,
) -> None:
    """A bibliography with no citations gives suffixes to works whose later cites match.

    citeproc-js compares later (``subsequent``) citations even for a bibliography alone:
    two works by one author differ in full notes but not as "Smith, op. cit.".
    """
    path = tmp_path / "note.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="note">'
        '<citation disambiguate-add-year-suffix="true"><layout><choose>'
        '<if position="subsequent"><names variable="author"><name form="short"/></names>'
        '</if><else><text variable="title"/></else></choose></layout></citation>'
        '<bibliography><sort><key variable="title"/></sort><layout><group delimiter=", ">'
        '<names variable="author"/><text variable="title"/><date variable="issued">'
        '<date-part name="year"/></date></group></layout></bibliography></style>',
        encoding="utf-8",
    )
    works = [SAME_AUTHOR_YEAR[0], {**SAME_AUTHOR_YEAR[1], "issued": {"date-parts": [[2021]]}}]
    assert ["Ann Smith, Alpha, 2021a", "Ann Smith, Beta, 2020b"] == list(
        Style(path).bibliography(works)
    )


def test_suffix_letters_count_on_past_zz() -> None:
    """After ``zz`` come three letters, as citeproc-js counts (bijective base 26)."""
    assert ["az", "ba", "zz", "aaa", "aab"] == [suffix_letters(n) for n in (51, 52, 701, 702, 703)]


def test_apa_tells_apart_703_works_of_one_author_and_year() -> None:
    """703 works by one author in one year get 703 different year suffixes in APA."""
    works = [
        {
            "id": f"w{number}",
            "type": "book",
            "title": f"Book {number:04d}",
            "author": [{"family": "Smith", "given": "Ann"}],
            "issued": {"date-parts": [[2020]]},
        }
        for number in range(703)
    ]
    entries = Style("apa").bibliography(works, format="text")
    suffixes = {entry.split("(2020", 1)[1].split(")", 1)[0] for entry in entries}
    assert (703, True) == (len(suffixes), {"a", "zz", "aaa"} <= suffixes)


_TWO_MULLERS = {
    "id": "m",
    "type": "book",
    "author": [
        {"family": "Müller", "given": "Anna"},
        {"family": "Müller", "given": "Ana"},
        {"family": "Smith", "given": "John"},
    ],
    "issued": {"date-parts": [[2000]]},
}


def _given_style(tiny: Callable[..., Style], rule: str) -> Style:
    return tiny(
        '<names variable="author"><name form="short"/></names>'
        '<date variable="issued" prefix=" "><date-part name="year"/></date>',
        bibliography='<names variable="author"><name initialize-with=". "'
        ' name-as-sort-order="all"/></names>',
        citation_attributes=f' disambiguate-add-givenname="true"{rule}',
    )


def test_all_names_tells_apart_two_people_of_one_list(tiny: Callable[..., Style]) -> None:
    """Under ``all-names``, two Müllers of one cited item print their given names."""
    style = _given_style(tiny, ' givenname-disambiguation-rule="all-names"')
    assert "Anna Müller, Ana Müller, Smith 2000" == style.citation([_TWO_MULLERS])
    assert ["Müller, Anna, Müller, Ana, Smith, J."] == list(style.bibliography([_TWO_MULLERS]))


def test_by_cite_expands_no_name_of_an_unambiguous_cite(tiny: Callable[..., Style]) -> None:
    """Under ``by-cite``, a cite that is not ambiguous leaves its entry's initials alone."""
    style = _given_style(tiny, "")
    assert "Müller, Müller, Smith 2000" == style.citation([_TWO_MULLERS])
    assert ["Müller, A., Müller, A., Smith, J."] == list(style.bibliography([_TWO_MULLERS]))


def test_primary_name_expands_no_editor_of_an_entry(tiny: Callable[..., Style]) -> None:
    """Under ``primary-name``, an editor no cite prints keeps the initials."""
    style = tiny(
        '<names variable="author"><name form="short"/></names>'
        '<date variable="issued" prefix=" "><date-part name="year"/></date>',
        bibliography='<names variable="author"><name initialize-with=". "/></names>'
        '<names variable="editor" prefix=", ed. "><name initialize-with=". "/></names>',
        citation_attributes=' disambiguate-add-givenname="true"'
        ' givenname-disambiguation-rule="primary-name"',
        layout_attributes=' delimiter="; "',
    )
    works = [
        {"id": "x", "type": "book", "author": [{"family": "Müller", "given": "Ahmed"}]},
        {"id": "y", "type": "book", "author": [{"family": "Müller", "given": "Anna"}]},
        {
            "id": "z",
            "type": "book",
            "author": [{"family": "Brown", "given": "Bob"}],
            "editor": [{"family": "Müller", "given": "Ahmed"}],
        },
    ]
    assert "Ahmed Müller; Anna Müller; Brown" == style.citation(works)
    assert "B. Brown, ed. A. Müller" == style.bibliography(works)[2]
