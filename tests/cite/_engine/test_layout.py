"""Second-field-align, subsequent-author-substitute and sorting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from msc_sci import Style, cite
from msc_sci._cite._engine._layout import collation_key


def test_second_field_align_text() -> None:
    """Numbered entries are ``1. Honmou`` and ``[1] O. Honmou``, with a space."""
    assert (cite("american-medical-association")[:10], cite("ieee")[:11]) == (
        "1. Honmou ",
        "[1] O. Honm",
    )


def test_second_field_align_html() -> None:
    """HTML puts the number in a left margin and the rest in a right-inline div."""
    html = cite("nature", format="html")
    assert html.startswith(
        '<div class="csl-entry"><div class="csl-left-margin">1.</div>'
        '<div class="csl-right-inline">Honmou, O. <i>et al.</i> Intravenous'
    )


def test_subsequent_author_substitute() -> None:
    """MLA replaces a repeated author by three em dashes."""
    records = [
        {"id": f"x{n}", "type": "book", "title": title, "author": [{"literal": "WHO"}]}
        for n, title in enumerate(("Alpha", "Beta"))
    ]
    entries = Style("modern-language-association").bibliography(records)
    assert ["WHO. Alpha.", "———. Beta."] == list(entries)


def test_subsequent_author_substitute_compares_the_names_printed(tmp_path: Path) -> None:
    """Names repeat when the names printed are the same people; an "et al." is no name."""
    path = tmp_path / "substitute.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography subsequent-author-substitute="---" et-al-min="3" et-al-use-first="1">'
        '<sort><key variable="title"/></sort><layout><group delimiter=". ">'
        '<names variable="author"><name initialize-with="."/></names>'
        '<text variable="title"/></group></layout></bibliography></style>',
        encoding="utf-8",
    )
    people = {"d": ("Dupont", "Jean"), "b": ("Brown", "Eve"), "s": ("Smith", "Tom")}
    people |= {"ana": ("Zed", "Ana"), "anna": ("Zed", "Anna")}
    authors = {"A1": "d", "A2": "dbs", "B1": ["ana"], "B2": ["anna"]}
    records = [
        {
            "id": title,
            "type": "book",
            "title": title,
            "author": [{"family": people[key][0], "given": people[key][1]} for key in keys],
        }
        for title, keys in authors.items()
    ]
    entries = list(Style(path).bibliography(records))
    assert ["J. Dupont. A1", "---. A2", "A. Zed. B1", "A. Zed. B2"] == entries
    # Names after the title are never replaced, as in citeproc-js.
    titled = path.read_text("utf-8").replace(
        '<names variable="author"><name initialize-with="."/></names><text variable="title"/>',
        '<text variable="title"/><names variable="author"><name initialize-with="."/></names>',
    )
    path.write_text(titled, encoding="utf-8")
    entries = list(Style(path).bibliography(records))
    assert ["A1. J. Dupont", "A2. J. Dupont et al.", "B1. A. Zed", "B2. A. Zed"] == entries


def test_collation() -> None:
    """Accents and case come after the letters; apostrophes are ignored."""
    names = ["Zeta", "Østergaard", "O'Neil", "Łoś", "émile", "Maanri"]
    assert ["émile", "Łoś", "Maanri", "O'Neil", "Østergaard", "Zeta"] == sorted(
        names, key=collation_key
    )


def test_punctuation_ignored_in_sort_keys() -> None:
    """Quotes, brackets and commas do not count when sorting titles or names."""
    titles = [
        {"id": key, "type": "book", "title": title}
        for key, title in (
            ("c", "Simple 'title' here C"),
            ("a", "Simple title, here A"),
            ("b", '"Simple title here B"'),
        )
    ]
    names = [
        {"id": key, "type": "book", "title": key, "author": [{"family": family}]}
        for key, family in (("r", "Roe"), ("f", "[F]linders"), ("d", "Doe"))
    ]
    assert (
        [
            "Simple title, here A.",
            "\u201cSimple title here B.\u201d",
            "Simple \u201ctitle\u201d here C.",
        ],
        ["Doe", "[F]linders", "Roe"],
    ) == (
        [entry.split(" (")[0] for entry in Style("apa").bibliography(titles)],
        [entry.split(".")[0] for entry in Style("apa").bibliography(names)],
    )


def test_citation_numbers_collapse_to_ranges() -> None:
    """Vancouver cites four consecutive works as ``(1-4)`` (en dash); IEEE keeps them apart."""
    records = [
        {"id": f"x{n}", "type": "book", "title": f"T{n}", "author": [{"family": f"A{n}"}]}
        for n in range(4)
    ]
    assert ("(1\u20134)", "[1], [2], [3], [4]") == (
        Style("vancouver").citation(records),
        Style("ieee").citation(records),
    )


def test_citation_numbers_count_down_when_sorted_descending(tmp_path: Path) -> None:
    """A bibliography sorted by ``citation-number`` descending numbers from the top down."""
    path = tmp_path / "reverse.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><sort><key variable="citation-number"/></sort><layout delimiter=", ">'
        '<text variable="citation-number"/></layout></citation>'
        '<bibliography><sort><key variable="citation-number" sort="descending"/></sort>'
        '<layout><text variable="citation-number" suffix=". "/><text variable="title"/>'
        "</layout></bibliography></style>",
        encoding="utf-8",
    )
    records = [{"id": title, "type": "book", "title": title} for title in ("A", "B", "C")]
    style = Style(path)
    assert (["3. C", "2. B", "1. A"], "1, 2, 3") == (
        list(style.bibliography(records)),
        style.citation(records),
    )


def _author_date(tmp_path: Path, citation: str, delimiter: str = ", ", sort: str = "") -> Style:
    """Return an author-date style whose ``cs:citation`` has the attributes *citation*."""
    path = tmp_path / "collapse.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        f'<citation disambiguate-add-year-suffix="true" {citation}>{sort}'
        f'<layout delimiter="{delimiter}"><group delimiter=" "><names variable="author">'
        '<name form="short"/></names><date variable="issued"><date-part name="year"/></date>'
        "</group></layout></citation></style>",
        encoding="utf-8",
    )
    return Style(path)


def _work(key: str, family: str, year: int) -> dict[str, object]:
    return {
        "id": key,
        "type": "book",
        "title": key,
        "author": [{"family": family}],
        "issued": {"date-parts": [[year]]},
    }


def test_year_suffixes_collapse_to_ranges(tmp_path: Path) -> None:
    """``year-suffix-ranged`` prints three suffixes in a row as a range, two as a list."""
    style = _author_date(tmp_path, 'collapse="year-suffix-ranged" year-suffix-delimiter=","')
    works = [_work(f"s{n}", "Smith", 2000) for n in range(5)] + [_work("t", "Smith", 2001)]
    assert "Smith 2000a\u2013e, 2001" == style.citation(works)
    assert "Smith 2000a,c\u2013e, 2001" == style.citations([works, [works[0], *works[2:]]])[1]


def test_after_collapse_delimiter(tmp_path: Path) -> None:
    """A collapsed group is followed by ``after-collapse-delimiter``, single cites are not."""
    style = _author_date(tmp_path, 'collapse="year" after-collapse-delimiter="; "')
    works = [
        _work("a", "Adams", 1990),
        _work("b", "Adams", 1995),
        _work("c", "Brown", 1971),
        _work("d", "Clark", 1971),
    ]
    assert "Adams 1990, 1995; Brown 1971, Clark 1971" == style.citation(works)


def test_cites_group_only_when_adjacent_unless_sorted(tmp_path: Path) -> None:
    """Unsorted, only neighbouring cites of the same names group; a sorted citation groups all."""
    works = [_work("a", "Adams", 1990), _work("b", "Brown", 1971), _work("c", "Adams", 1995)]
    unsorted = _author_date(tmp_path, 'collapse="year"', delimiter="; ")
    assert "Adams 1990; Brown 1971; Adams 1995" == unsorted.citation(works)
    sort = '<sort><key variable="title"/></sort>'
    sorted_style = _author_date(tmp_path, 'collapse="year"', delimiter="; ", sort=sort)
    assert "Adams 1990, 1995; Brown 1971" == sorted_style.citation(works)


def test_cite_printing_nothing_after_names_is_left_out(tmp_path: Path) -> None:
    """A grouped cite with no date adds no empty entry (``Smith 2000, 2001``, no ``, ``)."""
    style = _author_date(tmp_path, 'collapse="year"')
    works = [
        _work("a", "Smith", 2000),
        _work("b", "Smith", 2001),
        {"id": "c", "type": "book", "author": [{"family": "Smith"}]},
    ]
    assert "Smith 2000, 2001" == style.citation(works)


def test_cite_group_delimiter_follows_collapsed_suffixes(tmp_path: Path) -> None:
    """A set ``cite-group-delimiter`` follows collapsed suffixes; unset, the layout one does."""
    works = [_work("a", "Smith", 2000), _work("b", "Smith", 2000), _work("c", "Smith", 2001)]
    explicit = _author_date(tmp_path, 'collapse="year-suffix" cite-group-delimiter=", "', "; ")
    assert "Smith 2000a, b, 2001" == explicit.citation(works)
    implicit = _author_date(tmp_path, 'collapse="year-suffix"', ";")
    assert "Smith 2000a;b;2001" == implicit.citation(works)


def test_grouped_cites_with_formatted_names(tmp_path: Path) -> None:
    """Names in italics group without stray delimiters (``Smith, 2000, 2001``)."""
    path = tmp_path / "italic.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="a"><names variable="author"><name form="short"/></names></macro>'
        '<citation collapse="year"><layout delimiter="; "><group delimiter=", ">'
        '<text macro="a" font-style="italic"/><date variable="issued"><date-part name="year"/>'
        "</date></group></layout></citation></style>",
        encoding="utf-8",
    )
    works = [_work("a", "Smith", 2000), _work("b", "Smith", 2001)]
    assert "<i>Smith</i>, 2000, 2001" == Style(path).citation(works, format="html")


def test_year_suffixes_collapse_without_names(tmp_path: Path) -> None:
    """Cites printing only a year collapse their suffixes too (``1965a,b``)."""
    path = tmp_path / "years.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation disambiguate-add-year-suffix="true" collapse="year-suffix"'
        ' year-suffix-delimiter=","><layout delimiter="; "><date variable="issued">'
        '<date-part name="year"/></date></layout></citation></style>',
        encoding="utf-8",
    )
    works = [_work("a", "Doe", 1965), _work("b", "Doe", 1965)]
    assert "1965a,b" == Style(path).citation(works)


def test_right_inline_part_is_trimmed(tmp_path: Path) -> None:
    """The end of a second-field-aligned entry loses the space of its last suffix."""
    path = tmp_path / "aligned.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography second-field-align="flush"><layout>'
        '<text variable="citation-number" suffix=". "/><text variable="title" suffix=". "/>'
        "</layout></bibliography></style>",
        encoding="utf-8",
    )
    work = {"id": "a", "type": "book", "title": "T"}
    assert [
        '<div class="csl-entry"><div class="csl-left-margin">1. </div>'
        '<div class="csl-right-inline">T.</div></div>'
    ] == list(Style(path).bibliography([work], format="html"))


@pytest.mark.parametrize(
    ("first", "inline"), [('variable="citation-label"', "T"), ('variable="citation-number"', " T")]
)
def test_right_inline_part_meets_the_margin_as_a_sibling(
    tiny: Callable[..., Style], first: str, inline: str
) -> None:
    """The margin's suffix space and the inline prefix space merge, unless after a number."""
    style = tiny(
        '<text variable="title"/>',
        bibliography=f'<text {first} prefix="[" suffix="] "/><text variable="title" prefix=" "/>',
        bibliography_attributes=' second-field-align="flush"',
    )
    work = {"id": "a", "type": "book", "title": "T", "citation-label": "1"}
    entry = style.bibliography([work], format="html")[0]
    assert f'<div class="csl-right-inline">{inline}</div>' in entry


def test_layout_suffix_goes_inside_a_last_display_block(tmp_path: Path) -> None:
    """A layout suffix after a ``display`` block is printed inside it, as in citeproc-js."""
    path = tmp_path / "blocks.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography><layout suffix=".">'
        '<group display="block"><text variable="title"/></group>'
        '<group display="right-inline"><text variable="publisher"/></group>'
        "</layout></bibliography></style>",
        encoding="utf-8",
    )
    work = {"id": "a", "type": "book", "title": "T", "publisher": "P"}
    assert [
        '<div class="csl-entry"><div class="csl-block">T</div>'
        '<div class="csl-right-inline">P.</div></div>'
    ] == list(Style(path).bibliography([work], format="html"))


def test_layout_suffix_inside_a_display_block_is_not_doubled(tmp_path: Path) -> None:
    """A layout suffix ``.`` moved into an indented block that ends with ``.`` prints once."""
    path = tmp_path / "indent.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography><layout suffix=".">'
        '<text variable="title" display="block"/>'
        '<group display="indent"><group suffix="."><text variable="publisher"/></group></group>'
        "</layout></bibliography></style>",
        encoding="utf-8",
    )
    work = {"id": "a", "type": "book", "title": "T", "publisher": "P"}
    assert [
        '<div class="csl-entry"><div class="csl-block">T</div>'
        '<div class="csl-indent">P.</div></div>'
    ] == list(Style(path).bibliography([work], format="html"))


_PEOPLE = {"a": ["Doe", "Roe"], "b": ["Doe", "Roe"], "c": ["Doe", "Poe"], "d": ["Doe"]}


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("complete-all", ["Doe! and Roe! A", "---. B", "Doe! and Poe! C", "Doe! D"]),
        ("complete-each", ["Doe! and Roe! A", "---! and ---! B", "Doe! and Poe! C", "Doe! D"]),
        ("partial-each", ["Doe! and Roe! A", "---! and ---! B", "---! and Poe! C", "---! D"]),
        ("partial-first", ["Doe! and Roe! A", "---! and Roe! B", "---! and Poe! C", "---! D"]),
    ],
)
def test_subsequent_author_substitute_rules(tmp_path: Path, rule: str, expected: list[str]) -> None:
    """Each ``subsequent-author-substitute-rule`` replaces the list or the repeated names."""
    path = tmp_path / "rule.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography subsequent-author-substitute="---" '
        f'subsequent-author-substitute-rule="{rule}"><layout>'
        '<group delimiter=". "><names variable="author"><name and="text" suffix="!"/></names>'
        '<text variable="title"/></group></layout></bibliography></style>',
        encoding="utf-8",
    )
    records = [
        {"id": key, "type": "book", "title": key.upper(), "author": [{"family": f} for f in names]}
        for key, names in _PEOPLE.items()
    ]
    assert expected == list(Style(path).bibliography(records))


def test_cite_group_delimiter_groups_cites_without_collapse(tiny: Callable[..., Style]) -> None:
    """``cite-group-delimiter`` alone brings cites of the same names together, names kept."""
    layout = (
        '<group delimiter=" "><names variable="author"><name form="short"/></names>'
        '<date variable="issued" date-parts="year" form="text"/></group>'
    )
    works = [
        {
            "id": f"w{number}",
            "type": "book",
            "author": [{"family": family}],
            "issued": {"date-parts": [[year]]},
        }
        for number, (family, year) in enumerate((("Aalto", 2000), ("Banda", 1999), ("Aalto", 2001)))
    ]
    plain = tiny(layout, layout_attributes=' delimiter="; "')
    grouped = tiny(
        layout,
        layout_attributes=' delimiter="; "',
        citation_attributes=' cite-group-delimiter=", "',
    )
    assert ("Aalto 2000; Banda 1999; Aalto 2001", "Aalto 2000, Aalto 2001; Banda 1999") == (
        plain.citation(works),
        grouped.citation(works),
    )


def test_subsequent_author_substitute_compares_names_without_label(
    tiny: Callable[..., Style],
) -> None:
    """The same names with and without an editor label are substituted, the label kept."""
    style = tiny(
        '<text variable="title"/>',
        bibliography='<group delimiter=". "><names variable="author">'
        '<name name-as-sort-order="all"/><label prefix=" " form="short"/>'
        '<substitute><names variable="editor"/></substitute></names>'
        '<text variable="title"/></group>',
        bibliography_attributes=' subsequent-author-substitute="---"',
    )
    doe = [{"family": "Doe", "given": "John"}]
    works = [
        {"id": "a", "type": "book", "title": "A", "author": doe},
        {"id": "b", "type": "book", "title": "B", "editor": doe},
    ]
    assert ["Doe, John. A", "--- ed. B"] == list(style.bibliography(works))


def _smiths() -> list[dict[str, object]]:
    return [
        {
            "id": f"s{number}",
            "type": "book",
            "title": title,
            "author": [{"family": family}],
            "issued": {"date-parts": [[year]]},
        }
        for number, (family, title, year) in enumerate(
            (("Smith", "A", 2000), ("Smith", "B", 2001), ("Jones", "C", 1999))
        )
    ]


_NAME_YEAR = (
    '<group delimiter=" "><names variable="author"><name form="short"/></names>'
    '<date variable="issued"><date-part name="year"/></date></group>'
)


def test_collapsed_years_in_a_note_style_take_the_layout_delimiter(
    tiny: Callable[..., Style],
) -> None:
    """Without a cite-group delimiter, a note style joins one name's years as its cites."""
    style = tiny(
        _NAME_YEAR,
        style_class="note",
        citation_attributes=' collapse="year"',
        layout_attributes=' delimiter="; "',
    )
    assert "Smith 2000; 2001; Jones 1999" == style.citation(_smiths())


def test_after_collapse_delimiter_joins_cites_when_nothing_collapsed(
    tiny: Callable[..., Style],
) -> None:
    """With nothing to collapse, ``after-collapse-delimiter`` joins the cites (citeproc-js)."""
    style = tiny(
        _NAME_YEAR,
        citation_attributes=' collapse="year" after-collapse-delimiter="; "',
        layout_attributes=' delimiter=", "',
    )
    assert "Jones 1999; Smith 2000" == style.citation([_smiths()[2], _smiths()[0]])


@pytest.mark.parametrize("key", ['variable="author"', 'macro="author"'])
def test_name_lists_sort_name_by_name(tmp_path: Path, key: str) -> None:
    """Name lists sort name by name: family, then given, then the next name (CSL 1.0.2)."""
    path = tmp_path / "sorted.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="author"><names variable="author"><name name-as-sort-order="all"/>'
        "</names></macro>"
        '<citation><layout><text variable="title"/></layout></citation>'
        f"<bibliography><sort><key {key}/></sort>"
        '<layout><text variable="title"/></layout></bibliography></style>',
        encoding="utf-8",
    )
    people = {
        "1": [("M\u00fcller", "Anna")],
        "2": [("M\u00fcller", "Ahmed"), ("Zhu", "Zoe")],
        "3": [("M\u00fcller", "Ana"), ("Abel", "Ada")],
        "4": [("M\u00fcller", "Ahmed"), ("Abel", "Ada")],
        "5": [("M\u00fcller", "Ana")],
        "6": [("Muller", "Zed")],
        "7": [("Smith", "Ann Marie")],
        "8": [("Smith", "Ann"), ("Marie", "Curie")],
    }
    works = [
        {
            "id": key,
            "type": "book",
            "title": key,
            "author": [{"family": family, "given": given} for family, given in names],
        }
        for key, names in people.items()
    ]
    assert ["4", "2", "5", "3", "1", "6", "8", "7"] == list(Style(path).bibliography(works))


def test_citation_printing_nothing_has_no_layout_affixes(tmp_path: Path) -> None:
    """A cite whose layout prints nothing is an empty citation, not ``()``."""
    path = tmp_path / "empty.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout prefix="(" suffix=")"><group><text variable="author"/></group>'
        "</layout></citation></style>",
        encoding="utf-8",
    )
    assert "" == Style(path).citation([{"id": "a", "type": "book", "title": "T"}])


def _expanding_style(tmp_path: Path, rule: str) -> Style:
    """A style sorting by its author macro whose citations expand given names by *rule*."""
    path = tmp_path / f"expanding-{rule}.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="author"><names variable="author">'
        '<name name-as-sort-order="first" initialize-with=". "/></names></macro>'
        '<citation disambiguate-add-givenname="true" disambiguate-add-year-suffix="true"'
        f' givenname-disambiguation-rule="{rule}"><layout><names variable="author">'
        '<name form="short" initialize-with=". "/></names></layout></citation>'
        '<bibliography><sort><key macro="author"/><key variable="title"/></sort><layout>'
        '<group delimiter=" "><text macro="author"/><text variable="title"/></group>'
        "</layout></bibliography></style>",
        encoding="utf-8",
    )
    return Style(path)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("all-names", ["Müller, Ana, A. Abel B", "Müller, Anna A", "Müller, Anna C"]),
        ("primary-name", ["Müller, Ana, A. Abel B", "Müller, Anna A", "Müller, Anna C"]),
        ("by-cite", ["Müller, A. A", "Müller, A. C", "Müller, A., A. Abel B"]),
    ],
)
def test_given_names_expanded_throughout_sort_as_printed(
    tmp_path: Path, rule: str, expected: list[str]
) -> None:
    """Given names a global rule expands sort in full (citeproc-js); by-cite ones do not."""
    anna = [{"family": "Müller", "given": "Anna"}]
    works = [
        {"id": "a", "type": "book", "title": "A", "author": anna},
        {
            "id": "b",
            "type": "book",
            "title": "B",
            "author": [
                {"family": "Müller", "given": "Ana"},
                {"family": "Abel", "given": "Alexander"},
            ],
        },
        {"id": "c", "type": "book", "title": "C", "author": anna},
    ]
    assert expected == list(_expanding_style(tmp_path, rule).bibliography(works))


def test_names_of_a_macro_nested_in_a_sort_key_sort_family_name_first(tmp_path: Path) -> None:
    """A macro the key's macro calls sorts its names with name-as-sort-order="all" (CSL 1.0.2)."""
    path = tmp_path / "nested.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="author"><names variable="author">'
        '<name name-as-sort-order="first" and="text"/></names></macro>'
        '<macro name="author-sort"><choose><if type="legal_case"><text variable="title"/></if>'
        '<else><text macro="author"/></else></choose></macro>'
        '<citation><layout><text macro="author"/></layout></citation>'
        '<bibliography><sort><key macro="author-sort"/></sort>'
        '<layout><text macro="author"/></layout></bibliography></style>',
        encoding="utf-8",
    )
    works = [
        {
            "id": key,
            "type": "book",
            "author": [{"family": "Brown", "given": "Ed"}, {"family": family, "given": given}],
        }
        for key, family, given in (("v", "Vlist", "Eric"), ("o", "O'Neil", "Siobhan"))
    ]
    assert ["Brown, Ed and Siobhan O\u2019Neil", "Brown, Ed and Eric Vlist"] == list(
        Style(path).bibliography(works)
    )


def test_a_sort_key_counting_no_names_sorts_first(tmp_path: Path) -> None:
    """A ``form="count"`` key counts an item without names as 0, first (citeproc-js)."""
    path = tmp_path / "count.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="count"><names variable="author"><name form="count"/></names></macro>'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography><sort><key macro="count"/><key variable="title"/></sort>'
        '<layout><text variable="title"/></layout></bibliography></style>',
        encoding="utf-8",
    )
    two = [{"family": "Zed"}, {"family": "Abel"}]
    works = [
        {"id": "a", "type": "book", "title": "A", "author": two},
        {"id": "b", "type": "book", "title": "B"},
        {"id": "c", "type": "book", "title": "C", "author": [{"family": "Abel"}]},
    ]
    assert ["B", "C", "A"] == list(Style(path).bibliography(works))


def test_a_name_delimiter_does_not_change_the_sort_order(tmp_path: Path) -> None:
    """Names sort name by name even where ``cs:name`` sets its own ``delimiter`` (CSL 1.0.2)."""
    path = tmp_path / "delimited.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="author"><names variable="author">'
        '<name name-as-sort-order="all" delimiter=", " initialize-with="."/></names></macro>'
        '<citation><layout><text macro="author"/></layout></citation>'
        '<bibliography><sort><key macro="author"/></sort>'
        '<layout><text macro="author"/></layout></bibliography></style>',
        encoding="utf-8",
    )
    ed = {"family": "Brown", "given": "Ed"}
    works = [
        {"id": "b", "type": "book", "author": [ed, {"family": "Beethoven", "given": "Ludwig"}]},
        {"id": "c", "type": "book", "author": [{**ed, "suffix": "Jr."}]},
        {"id": "a", "type": "book", "author": [ed]},
    ]
    assert ["Brown, E.", "Brown, E., Beethoven, L.", "Brown, E., Jr."] == list(
        Style(path).bibliography(works)
    )


def test_names_min_zero_on_a_sort_key_keeps_the_styles_et_al(tmp_path: Path) -> None:
    """``names-min="0"`` on a key overrides nothing: the names keep their et-al (citeproc-js)."""
    path = tmp_path / "zero.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="author"><names variable="author"><name/></names></macro>'
        '<citation><layout><text macro="author"/></layout></citation>'
        '<bibliography et-al-min="3" et-al-use-first="1"><sort>'
        '<key macro="author" names-min="0"/><key variable="title"/></sort>'
        '<layout><text variable="title"/></layout></bibliography></style>',
        encoding="utf-8",
    )
    wang = {"family": "Wang"}
    works = [
        {"id": "b", "type": "book", "title": "B", "author": [wang, {"family": "Kowalski"}]},
        {"id": "a", "type": "book", "title": "A", "author": [wang, {"family": "Zed"}, wang]},
    ]
    assert ["A", "B"] == list(Style(path).bibliography(works))
