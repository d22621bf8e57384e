"""Names: initials, ``initialize="false"``, suffixes, implicit ``cs:name``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from msc_sci import Style, cite
from msc_sci._cite._engine._names import initials

MIN_JUN = {
    "id": "m",
    "type": "book",
    "title": "T",
    "author": [{"family": "Kim", "given": "Min-jun"}, {"family": "Doe", "given": "Jean-Paul"}],
    "issued": {"date-parts": [[2020]]},
}


@pytest.mark.parametrize(
    ("given", "mark", "hyphen", "expected"),
    [
        ("Osamu", ". ", True, "O."),
        ("Yoichi M.", ". ", True, "Y. M."),
        ("Yoichi M.", "", True, "YM"),
        ("Jean-Paul", ".", True, "J.-P."),
        ("Min-jun", ". ", True, "M."),
        ("Min-jun", "", False, "M jun"),
        ("Ana de", ". ", True, "A. de"),
        ("Ph.M.E.", ". ", True, "Ph. M. E."),
        ("Ph. M.E.", "", True, "PhME"),
        ("Me.", ".", True, "Me."),
        ("TSerendorjiin", ".", True, "Ts."),
    ],
)
def test_initials(given: str, mark: str, hyphen: bool, expected: str) -> None:
    """Initials are those citeproc-js prints."""
    assert expected == initials(given, mark, hyphen=hyphen)


def test_hyphenated_given_name_with_lowercase_part() -> None:
    """``Min-jun`` is ``M.`` in APA, not ``M.-. jun .``."""
    assert Style("apa").bibliography([MIN_JUN])[0].startswith("Kim, M., & Doe, J.-P. (2020).")


def test_initialize_false_normalises_abbreviations(tmp_path: Path) -> None:
    """With ``initialize="false"``, ``Ph.M.E.`` is spaced like initials; ``John`` stays."""
    path = tmp_path / "false.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><names variable="author"><name initialize="false"'
        ' initialize-with=". " name-as-sort-order="all"/></names></layout></citation></style>',
        encoding="utf-8",
    )
    record = {"id": "h", "type": "book", "author": [{"family": "Hudson", "given": "John Ph.M.E."}]}
    assert "Hudson, John Ph. M. E." == Style(path).citation([record])


def test_initialize_false_keeps_given_names() -> None:
    """Chicago prints full given names (``initialize="false"``)."""
    assert cite("chicago-author-date").startswith("Honmou, Osamu, Toshihiko Yamashita,")


def test_suffix_loses_its_stop_with_bare_initials() -> None:
    """With initials without stops, ``Jr.`` is ``Jr``, as in citeproc-js."""
    record = {**MIN_JUN, "author": [{"family": "Smith", "given": "John", "suffix": "Jr."}] * 2}
    assert "Smith J Jr, Smith J Jr." in Style("vancouver").bibliography([record])[0]


def test_cjk_et_al_has_no_space() -> None:
    """A CJK "et al." term follows the name directly."""
    assert "(Honmouほか, 2021年)" == Style("apa", locale="ja-JP").citation([cite_record()])


def cite_record() -> dict[str, object]:
    """The study as CSL-JSON."""
    from msc_sci import study

    return study().to_csl_json()


def _disambiguating(tmp_path: Path, name: str) -> Style:
    """Return a style that disambiguates by given name, citing authors with *name*."""
    layout = f'<layout delimiter="; "><names variable="author"><name {name}/></names></layout>'
    path = tmp_path / "givenname.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        f'<citation disambiguate-add-givenname="true">{layout}</citation>'
        f"<bibliography>{layout}</bibliography></style>",
        encoding="utf-8",
    )
    return Style(path)


JOHN_AND_JACK = [
    {"id": "a", "type": "book", "author": [{"family": "Doe", "given": "John"}]},
    {"id": "b", "type": "book", "author": [{"family": "Doe", "given": "Jack"}]},
]


def test_expanded_initials_become_the_whole_given_name(tmp_path: Path) -> None:
    """A long name with initials gets its whole given name when the initials are shared."""
    style = _disambiguating(tmp_path, 'initialize-with="." name-as-sort-order="all"')
    assert "Doe, John; Doe, Jack" == style.citation(JOHN_AND_JACK)


def test_expanded_names_reach_the_bibliography(tmp_path: Path) -> None:
    """Names expanded for a citation are expanded in the entry too, as in citeproc-js."""
    style = _disambiguating(tmp_path, 'form="short" initialize-with="."')
    actual = (style.citation(JOHN_AND_JACK), list(style.bibliography(JOHN_AND_JACK)))
    assert ("John Doe; Jack Doe", ["John Doe", "Jack Doe"]) == actual


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        ("first", "Doe, John, and Jane Roe; Doe, John, Jane Roe and Al Poe"),
        ("all", "Doe, John, and Roe, Jane; Doe, John, Roe, Jane, and Poe, Al"),
    ],
)
def test_delimiter_after_inverted_name(tmp_path: Path, order: str, expected: str) -> None:
    """``after-inverted-name`` puts the delimiter before "and" only after an inverted name."""
    path = tmp_path / "inverted.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout delimiter="; "><names variable="author">'
        f'<name name-as-sort-order="{order}" and="text" delimiter=", "'
        ' delimiter-precedes-last="after-inverted-name"/>'
        "</names></layout></citation></style>",
        encoding="utf-8",
    )
    people = [{"family": f, "given": g} for f, g in (("Doe", "John"), ("Roe", "Jane"))]
    works = [
        {"id": "a", "type": "book", "author": people},
        {"id": "b", "type": "book", "author": [*people, {"family": "Poe", "given": "Al"}]},
    ]
    assert expected == Style(path).citation(works)


def test_a_given_name_alone_is_printed_whole() -> None:
    """A person known by one given name (Banksy) is not cut to an initial."""
    record = {"id": "b", "type": "book", "author": [{"given": "Banksy"}]}
    assert "Banksy. (n.d.)." == Style("apa").bibliography([record])[0]


def test_cjk_et_al_keeps_the_space_after_a_delimiter(tmp_path: Path) -> None:
    """After a delimiter, a CJK "et al." keeps its space (``Zither, 等``)."""
    path = tmp_path / "zh.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text"'
        ' default-locale="zh-CN"><citation><layout><names variable="author">'
        '<name et-al-min="3" et-al-use-first="1" delimiter-precedes-et-al="always"/>'
        "</names></layout></citation></style>",
        encoding="utf-8",
    )
    people = [{"family": f, "given": "A"} for f in ("Zither", "Yoda", "Xylophone")]
    record = {"id": "z", "type": "book", "author": people}
    assert "A Zither, 等" == Style(path).citation([record])


def test_east_asian_name_is_family_then_given(tmp_path: Path) -> None:
    """A name in CJK script is printed family name first, with no space (我妻栄)."""
    path = tmp_path / "cjk.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout delimiter="; "><names variable="author"><name/></names>'
        "</layout></citation></style>",
        encoding="utf-8",
    )
    works = [
        {"id": "w", "type": "book", "author": [{"family": "我妻", "given": "栄"}]},
        {"id": "d", "type": "book", "author": [{"family": "Doe", "given": "Jane"}]},
    ]
    assert "我妻栄; Jane Doe" == Style(path).citation(works)


def test_sort_keys_leave_out_and_and_et_al(tmp_path: Path) -> None:
    """Names sort as a list, without "and" (Cole, Ann before Cole and Tom) or "et al."."""
    path = tmp_path / "sorted-names.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="names"><names variable="author"><name and="text" delimiter=", "/>'
        '</names></macro><citation et-al-min="4" et-al-use-first="1">'
        '<sort><key macro="names"/><key variable="title"/></sort>'
        '<layout delimiter="; "><text macro="names"/></layout></citation></style>',
        encoding="utf-8",
    )
    records = [
        {
            "id": title,
            "type": "book",
            "title": title,
            "author": [{"family": family, "given": "A"} for family in families],
        }
        for title, families in (
            ("a", ["Cole", "Tom"]),
            ("b", ["Cole", "Rass", "Tom"]),
            ("c", ["Cole"]),
            ("d", ["Cole", "Ann"]),
            ("e", ["Cole", "Zed", "Yon", "Xu"]),
        )
    ]
    assert (
        "A Cole; A Cole et al.; A Cole and A Ann; A Cole, A Rass, and A Tom; A Cole and A Tom"
        == (Style(path).citation(records))
    )


def _one(author: list[dict[str, object]]) -> dict[str, object]:
    return {"id": "p", "type": "book", "author": author}


def test_name_part_formatting_reaches_particles_separately(tiny: Callable[..., Style]) -> None:
    """Family formatting prints on the particle and the family name each, not on the gap."""
    style = tiny(
        '<names variable="author"><name><name-part name="family" font-weight="bold"/>'
        "</name></names>"
    )
    record = _one([{"family": "Roe", "given": "Jane", "non-dropping-particle": "van"}])
    assert "Jane <b>van</b> <b>Roe</b>" == style.citation([record], format="html")


def test_dropping_particle_is_not_in_family_case(tiny: Callable[..., Style]) -> None:
    """An upper-case family name-part leaves the dropping particle alone (van DER MEER)."""
    style = tiny(
        '<names variable="author"><name><name-part name="family" text-case="uppercase"/>'
        "</name></names>"
    )
    record = _one(
        [
            {
                "family": "Meer",
                "given": "Gerard",
                "dropping-particle": "van",
                "non-dropping-particle": "der",
            }
        ]
    )
    assert "Gerard van DER MEER" == style.citation([record])


def test_family_affixes_enclose_particles_and_suffix(tiny: Callable[..., Style]) -> None:
    """Family affixes enclose the particles before it and the suffix (``(de La Fontaine III)``)."""
    style = tiny(
        '<names variable="author"><name><name-part name="family" prefix="(" suffix=")"/>'
        '<name-part name="given" prefix="[" suffix="]"/></name></names>'
    )
    record = _one(
        [
            {
                "family": "Fontaine",
                "given": "Jean",
                "dropping-particle": "de",
                "non-dropping-particle": "La",
                "suffix": "III",
            }
        ]
    )
    assert "[Jean] (de La Fontaine III)" == style.citation([record])


def test_demoted_particle_keeps_family_formatting(tiny: Callable[..., Style]) -> None:
    """A demoted particle goes inside the given affixes with the family formatting."""
    style = tiny(
        '<names variable="author"><name name-as-sort-order="all" sort-separator=" ">'
        '<name-part name="given" prefix="(" suffix=")"/>'
        '<name-part name="family" font-variant="small-caps"/></name></names>',
        attributes=' demote-non-dropping-particle="display-and-sort"',
    )
    record = _one([{"family": "d'Aubignac", "given": "François Hédelin"}])
    expected = (
        '<span style="font-variant:small-caps;">Aubignac</span> (François Hédelin '
        '<span style="font-variant:small-caps;">d\u2019</span>)'
    )
    assert expected == style.citation([record], format="html")


def test_no_space_after_apostrophe_particle(tiny: Callable[..., Style]) -> None:
    """A particle ending in an apostrophe joins the family name (``John d'Jones``)."""
    style = tiny('<names variable="author"><name/></names>')
    record = _one([{"family": "Jones", "given": "John", "dropping-particle": "d'"}])
    assert "John d\u2019Jones" == style.citation([record])


def test_comma_suffix(tiny: Callable[..., Style]) -> None:
    """``comma-suffix`` puts a comma before the suffix (``Jeffrey Doe, Jr.``)."""
    style = tiny('<names variable="author"><name/></names>')
    record = _one([{"family": "Doe", "given": "Jeffrey", "suffix": "Jr.", "comma-suffix": True}])
    assert "Jeffrey Doe, Jr." == style.citation([record])


def _three() -> dict[str, object]:
    return _one([{"family": f, "given": "A"} for f in ("Doe", "Roe", "Poe")])


def test_et_al_needs_use_first_set(tiny: Callable[..., Style]) -> None:
    """``et-al-min`` without ``et-al-use-first`` anywhere abbreviates nothing."""
    style = tiny('<names variable="author"><name et-al-min="3" delimiter=", "/></names>')
    assert "A Doe, A Roe, A Poe" == style.citation([_three()])


def test_et_al_use_first_zero_prints_nothing(tiny: Callable[..., Style]) -> None:
    """``et-al-use-first="0"`` prints no names at all, not a bare "et al."."""
    style = tiny(
        '<group delimiter=" // "><names variable="author">'
        '<name et-al-min="2" et-al-use-first="0"/></names><names variable="author">'
        '<name et-al-min="2" et-al-use-first="1"/></names></group>'
    )
    assert "A Doe et al." == style.citation([_three()])


def test_et_al_subsequent_limits(tiny: Callable[..., Style]) -> None:
    """A subsequent cite uses ``et-al-subsequent-min`` and ``et-al-subsequent-use-first``."""
    style = tiny(
        '<names variable="author"><name delimiter=", " et-al-min="5" et-al-use-first="1"'
        ' et-al-subsequent-min="3" et-al-subsequent-use-first="1"/></names>'
    )
    record = _three()
    assert ["A Doe, A Roe, A Poe", "A Doe et al."] == style.citations([[record], [record]])


def test_hyphenated_name_variables_print(tiny: Callable[..., Style]) -> None:
    """``container-author`` and CSL 1.0.2's ``reviewed-author`` print like ``author``."""
    style = tiny(
        '<group delimiter="; "><names variable="container-author"/>'
        '<names variable="reviewed-author"/></group>'
    )
    record = {
        "id": "c",
        "type": "chapter",
        "container-author": [{"family": "Doe", "given": "Ann"}],
        "reviewed-author": [{"family": "Roe", "given": "Bo"}],
    }
    assert "Ann Doe; Bo Roe" == style.citation([record])


def test_and_term_with_its_own_spacing(tiny: Callable[..., Style]) -> None:
    """An "and" term ending in a special space (Hebrew) joins the names with no more spaces."""
    style = tiny(
        '<names variable="author"><name and="text"/></names>',
        locale='<locale><terms><term name="and">\u05d5\u2008</term></terms></locale>',
    )
    record = _one([{"family": "\u05ea\u05e4\u05d5\u05d7"}, {"family": "\u05ea\u05e4\u05d5\u05d6"}])
    assert "\u05ea\u05e4\u05d5\u05d7\u05d5\u2008\u05ea\u05e4\u05d5\u05d6" == style.citation(
        [record]
    )


@pytest.mark.parametrize(
    ("given", "expected"),
    [("<b>John</b> Quiggly", "<b>J.</b> Q."), ("<b>John</b>-Quiggly", "<b>J.</b>-Q.")],
)
def test_markup_in_names_survives_initials(
    tiny: Callable[..., Style], given: str, expected: str
) -> None:
    """Inline markup in a name is kept, and an initial keeps its formatting."""
    style = tiny(
        '<names variable="author"><name name-as-sort-order="all" initialize-with=". "/></names>'
    )
    record = _one([{"family": "<b>Doe</b>", "given": given}])
    assert f"<b>Doe</b>, {expected}" == style.citation([record], format="html")


def test_blank_et_al_term_prints_nothing(tiny: Callable[..., Style]) -> None:
    """An et-al term of white space only (a line break in the style) prints nothing."""
    style = tiny(
        '<group delimiter=". "><names variable="author"><name et-al-min="2" et-al-use-first="1"/>'
        '<et-al term="and others"/></names><text variable="title"/></group>',
        locale='<locale><terms><term name="and others">\n   </term></terms></locale>',
    )
    record = _one([{"family": "Doe", "given": "A"}, {"family": "Roe", "given": "B"}])
    assert "A Doe. T" == style.citation([{**record, "title": "T"}])


def test_sort_only_demotion_stays_out_of_display(tiny: Callable[..., Style]) -> None:
    """``sort-only`` keeps ``van`` before the family name wherever the names are printed."""
    style = tiny(
        '<names variable="author"><name name-as-sort-order="all" and="text"'
        ' delimiter-precedes-last="after-inverted-name"/></names>',
        attributes=' demote-non-dropping-particle="sort-only"',
    )
    record = _one([{"family": "van Gogh", "given": "Vincent"}, {"family": "Roe", "given": "Jo"}])
    assert "van Gogh, Vincent, and Roe, Jo" == style.citation([record])


def test_name_part_capitalize_first(tiny: Callable[..., Style]) -> None:
    """``text-case="capitalize-first"`` on a name part capitalizes it (and does not fail)."""
    style = tiny(
        '<names variable="author"><name><name-part name="family" text-case="capitalize-first"/>'
        "</name></names>"
    )
    assert "Ann Doe" == style.citation([_one([{"family": "doe", "given": "Ann"}])])


def test_substituted_names_take_the_owners_delimiter(tiny: Callable[..., Style]) -> None:
    """Editors and translators standing in for the author are joined by its delimiter."""
    style = tiny(
        '<names variable="author" delimiter="; "><name/><label prefix=", "/>'
        '<substitute><names variable="editor translator"/></substitute></names>'
    )
    record = {
        "id": "s",
        "type": "book",
        "editor": [{"family": "Roe", "given": "R"}],
        "translator": [{"family": "Lee", "given": "L"}],
    }
    assert "R Roe, editor; L Lee, translator" == style.citation([record])


def test_short_names_sort_by_family_name_when_demoted(tmp_path: Path) -> None:
    """A short-form sort key puts ``van der`` after the family name with ``sort-only``."""
    path = tmp_path / "short-sort.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text"'
        ' demote-non-dropping-particle="sort-only"><macro name="a"><names variable="author">'
        '<name form="short"/></names></macro><citation><sort><key macro="a"/></sort>'
        '<layout delimiter="; "><text macro="a"/></layout></citation></style>',
        encoding="utf-8",
    )
    works = [
        {"id": str(n), "type": "book", "author": [{"family": family, "given": "A"}]}
        for n, family in enumerate(("van der Berg", "Cruz"))
    ]
    assert "van der Berg; Cruz" == Style(path).citation(works)


def test_upper_case_name_in_turkish(tiny: Callable[..., Style]) -> None:
    """An upper-case family name in a Turkish style dots its capital i (``SMİTH``)."""
    style = tiny(
        '<names variable="author"><name><name-part name="family" text-case="uppercase"/>'
        "</name></names>",
        attributes=' default-locale="tr-TR"',
    )
    assert "John SMİTH" == style.citation([_one([{"family": "Smith", "given": "John"}])])


def test_no_et_al_when_use_first_shows_every_name(tiny: Callable[..., Style]) -> None:
    """With ``et-al-use-first`` at least the list's length, no name is left out: no "et al."."""
    style = tiny(
        '<names variable="author"><name form="short" and="symbol" delimiter=", "'
        ' delimiter-precedes-last="never" et-al-min="3" et-al-use-first="3"/></names>'
    )
    three, four = (
        {"id": str(n), "type": "book", "author": [{"family": f} for f in "ABCD"[:n]]}
        for n in (3, 4)
    )
    assert ["A, B & C", "A, B, C, et al."] == [style.citation([three]), style.citation([four])]


@pytest.mark.parametrize(
    ("substitute", "expected"),
    [
        ('<text macro="editors"/>', "r. ROE"),
        ('<names variable="editor"><name/></names>', "Rick ROE"),
        (
            '<names variable="editor"><name><name-part name="family" text-case="lowercase"/>'
            "</name></names>",
            "Rick roe",
        ),
    ],
)
def test_substituted_names_take_the_owners_name_parts(
    tmp_path: Path, substitute: str, expected: str
) -> None:
    """Substituted names take the owner's name-part formatting for the parts they lack."""
    path = tmp_path / "substitute.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="editors"><names variable="editor"><name initialize-with=". ">'
        '<name-part name="given" text-case="lowercase"/></name></names></macro>'
        '<citation><layout><names variable="author"><name>'
        '<name-part name="family" text-case="uppercase"/></name>'
        f"<substitute>{substitute}</substitute></names></layout></citation></style>",
        encoding="utf-8",
    )
    record = {"id": "a", "type": "book", "editor": [{"family": "Roe", "given": "Rick"}]}
    assert expected == Style(path).citation([record])


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ('suffix="." and="text"', "Jane Doe., Rick Roe., and Al Poe."),
        ('prefix="(" and="symbol"', "(Jane Doe, (Rick Roe, & (Al Poe"),
        ('suffix="." et-al-min="3" et-al-use-first="1"', "Jane Doe. et al."),
        # Without "and", the last name's prefix space stays beside the delimiter's.
        ('prefix=" In: "', "In: Jane Doe, In: Rick Roe,  In: Al Poe"),
        ('prefix=" In: " and="text"', "In: Jane Doe, In: Rick Roe, and In: Al Poe"),
    ],
)
def test_name_affixes_go_round_each_name(
    tiny: Callable[..., Style], attributes: str, expected: str
) -> None:
    """The prefix and suffix of ``cs:name`` enclose each name, not "and" or "et al."."""
    style = tiny(f'<names variable="author"><name {attributes} delimiter=", "/></names>')
    people = [("Doe", "Jane"), ("Roe", "Rick"), ("Poe", "Al")]
    record = {
        "id": "a",
        "type": "book",
        "author": [{"family": family, "given": given} for family, given in people],
    }
    assert expected == style.citation([record])


@pytest.mark.parametrize(
    ("attributes", "expected"),
    [
        ('form="short" name-as-sort-order="all"', "Beethoven, van & Lee"),
        ('form="short" name-as-sort-order="all" sort-separator=" "', "Beethoven van & Lee"),
        ('form="short"', "van Beethoven & Lee"),
    ],
)
def test_short_names_in_sort_order_demote_the_particle(
    tiny: Callable[..., Style], attributes: str, expected: str
) -> None:
    """A short name in sort order puts its particle last when particles are demoted."""
    style = tiny(f'<names variable="author"><name {attributes} and="symbol"/></names>')
    people = [{"family": "Beethoven", "non-dropping-particle": "van"}, {"family": "Lee"}]
    assert expected == style.citation([{"id": "a", "type": "book", "author": people}])


def test_name_affixes_skip_institutions_and_follow_bare_suffixes(
    tiny: Callable[..., Style],
) -> None:
    """An institution's name takes no ``cs:name`` affixes; ``Jr.`` loses its stop first."""
    style = tiny(
        '<names variable="author"><name suffix="." initialize-with="" delimiter=", "/></names>'
    )
    people = [
        {"literal": "Yale University"},
        {"family": "Smith", "given": "Nick J.", "suffix": "Jr."},
        {"family": "Doe", "given": "Jane"},
    ]
    assert "Yale University, NJ Smith Jr., J Doe." == style.citation(
        [{"id": "a", "type": "book", "author": people}]
    )


def test_east_asian_name_takes_part_formatting_not_affixes(tiny: Callable[..., Style]) -> None:
    """A CJK name: small caps on the family name only, and no name-part affixes."""
    style = tiny(
        '<names variable="author"><name name-as-sort-order="all" sort-separator=", ">'
        '<name-part name="family" font-variant="small-caps" suffix="."/></name></names>'
    )
    work = {"id": "a", "type": "book", "author": [{"family": "王", "given": "小明"}]}
    assert ('<span style="font-variant:small-caps;">王</span>小明', "王小明") == (
        style.citation([work], format="html"),
        style.citation([work]),
    )


def test_institution_takes_family_formatting_not_affixes(tiny: Callable[..., Style]) -> None:
    """An institution among the authors: the family name's text case, not its affixes."""
    style = tiny(
        '<names variable="author"><name name-as-sort-order="all" delimiter="; ">'
        '<name-part name="family" text-case="uppercase" suffix=" «"/></name></names>'
    )
    work = {
        "id": "a",
        "type": "book",
        "author": [{"family": "Doe", "given": "Jo"}, {"literal": "Yale University"}],
    }
    assert "DOE «, Jo; YALE UNIVERSITY" == style.citation([work])


def test_name_part_affix_space_prints_once(tiny: Callable[..., Style]) -> None:
    """A given name's prefix space next to the sort separator's space prints as one space."""
    style = tiny(
        '<names variable="author"><name name-as-sort-order="all" initialize-with="."'
        ' sort-separator=" "><name-part name="given" prefix=" "/></name></names>'
    )
    work = {"id": "a", "type": "book", "author": [{"family": "Anberli", "given": "J."}]}
    assert "Anberli J." == style.citation([work])


_PARTICLES = [
    {"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"},
    {"family": "Fontaine", "given": "Jean", "dropping-particle": "de la"},
    {"family": "Vlist", "given": "Eric", "non-dropping-particle": "van der"},
]


@pytest.mark.parametrize(
    ("locale", "space"),
    [("fr-FR", "\u00a0"), ("ru-RU", "\u00a0"), ("cs-CZ", "\u00a0"), ("de-DE", " ")],
)
def test_particle_space_follows_the_output_locale(
    tiny: Callable[..., Style], locale: str, space: str
) -> None:
    """French, Russian and Czech keep a particle on its family name's line (``van\u00a0Gogh``)."""
    style = tiny(
        '<names variable="author"><name delimiter="; " name-as-sort-order="first"/></names>'
        '<text value=" | "/><names variable="author"><name form="short" delimiter="; "/></names>',
        attributes=f' default-locale="{locale}" demote-non-dropping-particle="never"',
    )
    expected = (
        f"van{space}Gogh, Vincent; Jean de la{space}Fontaine; Eric van der{space}Vlist"
        f" | van{space}Gogh; Fontaine; van der{space}Vlist"
    )
    assert expected == style.citation([_one(_PARTICLES)])


def test_demoted_particle_takes_an_ordinary_space(tiny: Callable[..., Style]) -> None:
    """A particle demoted after the given name is not tied to it, even in French."""
    style = tiny(
        '<names variable="author"><name name-as-sort-order="all"/></names>',
        attributes=' default-locale="fr-FR" demote-non-dropping-particle="display-and-sort"',
    )
    assert "Gogh, Vincent van" == style.citation([_one(_PARTICLES[:1])])


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("et al.", "A Doe et al."),
        (" \u2013 al.", "A Doe \u2013 al."),
        ("*et al.*", "A Doe*et al.*"),
    ],
)
def test_et_al_term_opening_with_a_mark_takes_no_space(
    tiny: Callable[..., Style], term: str, expected: str
) -> None:
    """An "et al." term opening with a space or a mark follows the names without a space."""
    style = tiny(
        '<names variable="author"><name et-al-min="2" et-al-use-first="1"/></names>',
        locale=f'<locale><terms><term name="et-al">{term}</term></terms></locale>',
    )
    record = _one([{"family": "Doe", "given": "A"}, {"family": "Roe", "given": "B"}])
    assert expected == style.citation([record])
