"""CSL-JSON input: inline markup whitelist, formatting marks removed from data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msc_sci import Style
from msc_sci._cite._engine._rich import OPEN, plain
from msc_sci._cite._engine._source import inline_markup, particles
from msc_sci._cite._formats import text


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


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            {"family": "van der Vlist", "given": "Eric"},
            {"family": "Vlist", "given": "Eric", "non-dropping-particle": "van der"},
        ),
        (
            {"family": "Humboldt", "given": "Alexander von"},
            {"family": "Humboldt", "given": "Alexander", "dropping-particle": "von"},
        ),
        ({"family": "al-One"}, {"family": "One", "non-dropping-particle": "al-"}),
        ({"family": "d\u2019Aubignac"}, {"family": "Aubignac", "non-dropping-particle": "d\u2019"}),
        ({"family": '"van Happel"', "given": "E"}, {"family": "van Happel", "given": "E"}),
        ({"family": "Van Dyke"}, {"family": "Van Dyke"}),
        ({"family": "hooks", "given": "bell"}, {"family": "hooks", "given": "bell"}),
        (
            {"family": "Gogh", "non-dropping-particle": "van", "given": "V"},
            {"family": "Gogh", "non-dropping-particle": "van", "given": "V"},
        ),
    ],
)
def test_particles(name: dict[str, str], expected: dict[str, str]) -> None:
    """Lower-case words around a name are its particles; a quoted family name stays whole."""
    assert expected == particles(name)


def test_particles_sort_with_the_family_name(tmp_path: Path) -> None:
    """A parsed ``van`` sorts after the family name when ``sort-only`` demotes it."""
    path = tmp_path / "sort.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text"'
        ' demote-non-dropping-particle="sort-only"><citation><sort><key variable="author"/>'
        '</sort><layout delimiter="; "><names variable="author"><name name-as-sort-order="all"/>'
        "</names></layout></citation></style>",
        encoding="utf-8",
    )
    works = [
        {"id": str(n), "type": "book", "author": [{"family": family, "given": "A"}]}
        for n, family in enumerate(("van der Vlist", "van Gogh", "Humboldt"))
    ]
    assert "van Gogh, A; Humboldt, A; van der Vlist, A" == Style(path).citation(works)


def test_variables_in_the_note_field(tiny: Callable[..., Style]) -> None:
    """``name: value`` lines in ``note`` (Zotero's "Extra") give missing variables."""
    style = tiny(
        '<group delimiter=", "><text variable="genre"/><names variable="reviewed-author">'
        '<name initialize-with=". "/></names><date variable="event-date" form="text"'
        ' date-parts="year"/></group>'
    )
    note = "genre: Peer commentary\nreviewed-author: Hall || W.C.\nevent-date: 2004-10-01"
    record = {"id": "n", "type": "post-weblog", "note": note, "genre": "Reply"}
    assert "Reply, W. C. Hall, 2004" == style.citation([record])


def test_comma_suffix_in_the_given_name(tiny: Callable[..., Style]) -> None:
    """``John,! Jr.`` is the given name John with the suffix Jr. after a comma."""
    style = tiny('<names variable="author"><name/></names>')
    record = {"id": "j", "type": "book", "author": [{"family": "Doe", "given": "John,! Jr."}]}
    assert "John Doe, Jr." == style.citation([record])


def test_spaced_apostrophe_particle_keeps_its_space(tiny: Callable[..., Style]) -> None:
    """``de' Frinkle`` keeps its space; ``d'Wander`` stays joined."""
    style = tiny('<names variable="author"><name/></names>', layout_attributes=' delimiter="; "')
    works = [
        {"id": str(n), "type": "book", "author": [{"family": family, "given": "B"}]}
        for n, family in enumerate(("de' Frinkle", "d'Wander"))
    ]
    assert "B de\u2019 Frinkle; B d\u2019Wander" == style.citation(works)


YEAR_1900 = {"date-parts": [[1900]]}


def test_generated_citation_label(tiny: Callable[..., Style]) -> None:
    """Without one in the data, ``citation-label`` is made of family names and the year."""
    style = tiny('<text variable="citation-label"/>')
    works = [
        {"id": "a", "type": "book", "author": [{"family": "Asthma"}], "issued": YEAR_1900},
        {
            "id": "b",
            "type": "book",
            "author": [{"family": "Bronchitis"}, {"family": "Cholera"}],
            "issued": YEAR_1900,
        },
        {
            "id": "c",
            "type": "book",
            "author": [{"family": name} for name in ("von Dipheria", "Eczema", "Flu", "Gout")],
            "issued": YEAR_1900,
        },
        {"id": "d", "type": "book", "citation-label": "Mine", "author": [{"family": "Dry"}]},
    ]
    assert ["Asth00", "BrCh00", "DEFG00", "Mine"] == [style.citation([work]) for work in works]


@pytest.mark.parametrize(
    ("record", "label"),
    [
        ({"author": [{"family": "O\u2019Neil"}, {"family": "McDonald"}]}, "OnMc01"),
        ({"author": [{"literal": "3M Company"}]}, "Mcom01"),
        ({"author": [{"family": "Brown"}, {"family": "김"}, {"family": "Smith"}]}, "Br01"),
        ({"author": [{"family": "李"}], "title": "Cell survey"}, "Cell01"),
        ({"title": "a study of stroke"}, "Stud01"),
    ],
)
def test_generated_citation_label_as_citeproc_js(
    tiny: Callable[..., Style], record: dict[str, Any], label: str
) -> None:
    """Each name's letters are capitalised; names stop at an East Asian one; no name: the title."""
    style = tiny('<text variable="citation-label"/>')
    issued = {"date-parts": [[2001]]}
    assert label == style.citation([{"id": "a", "type": "book", "issued": issued, **record}])


def test_generated_citation_label_without_a_year(tiny: Callable[..., Style]) -> None:
    """A work without a year issued ends its label with ``00``, as citeproc-js prints it."""
    style = tiny('<text variable="citation-label"/>')
    work = {"id": "a", "type": "book", "author": [{"family": "Dupont"}]}
    assert "Dupo00" == style.citation([work])


def test_zotero_short_titles(tiny: Callable[..., Style]) -> None:
    """``journalAbbreviation`` is the short container title, ``shortTitle`` the short title."""
    style = tiny(
        '<group delimiter="/"><text variable="container-title" form="short"/>'
        '<text variable="title" form="short"/></group>'
    )
    record = {
        "id": "a",
        "type": "article-journal",
        "title": "A Long Title",
        "shortTitle": "Long",
        "container-title": "American Law Journal",
        "journalAbbreviation": "Am. L.J.",
    }
    assert "Am. L.J./Long" == style.citation([record])
