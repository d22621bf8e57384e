"""Localized dates keep the locale's delimiter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from msc_sci import Style, cite
from msc_sci._cite._engine._dates import read_date


def test_vancouver_date_has_a_space() -> None:
    """NLM/Vancouver print ``2021 Apr``, not ``2021Apr``."""
    assert "2021 Apr;203:106565" in cite("vancouver")


def test_style_date_overrides_do_not_leak(tmp_path: Path) -> None:
    """A style's ``date-part`` override changes its own dates, not other styles' dates."""
    path = tmp_path / "short-months.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><date variable="issued" form="text">'
        '<date-part name="month" form="short"/></date></layout></citation></style>',
        encoding="utf-8",
    )
    record = {
        "id": "d",
        "type": "article-newspaper",
        "title": "T",
        "container-title": "J",
        "issued": {"date-parts": [[2021, 2, 22]]},
    }
    ours = Style(path).citation([record])
    assert ("Feb. 22, 2021", "T. (2021, February 22). J.") == (
        ours,
        Style("apa").bibliography([record])[0],
    )


def _book(key: str, *dates: list[object], **extra: object) -> dict[str, object]:
    """Return a book issued on *dates* (two of them: a range)."""
    return {"id": key, "type": "book", "title": key, "issued": {"date-parts": list(dates), **extra}}


_DAY_MONTH_YEAR = (
    '<date variable="issued" delimiter=" ">'
    '<date-part name="day" range-delimiter="/"/>'
    '<date-part name="month" range-delimiter="_"/>'
    '<date-part name="year"/></date>'
)


def test_range_uses_delimiter_of_largest_difference(tiny: Callable[..., Style]) -> None:
    """A range repeats only the parts that differ, joined by that part's range delimiter."""
    style = tiny(_DAY_MONTH_YEAR)
    texts = [
        style.citation([_book("a", [1999, 1, 2], [1999, 1, 4])]),
        style.citation([_book("b", [1999, 1, 2], [1999, 3, 4])]),
        style.citation([_book("c", [1999, 1, 2], [2000, 1, 4])]),
    ]
    assert ["2/4 January 1999", "2 January_4 March 1999", "2 January 1999\u20134 January 2000"] == (
        texts
    )


def test_season_range(tiny: Callable[..., Style]) -> None:
    """Months 13-24 are seasons; a range of seasons in one year prints the year once."""
    style = tiny('<date variable="issued" form="text" date-parts="year-month-day"/>')
    assert ["Spring\u2013Summer 1999", "Spring 1999\u2013Summer 2001"] == [
        style.citation([_book("a", ["1999", "13"], ["1999", "14"])]),
        style.citation([_book("b", ["1999", 13], ["2001", 14])]),
    ]


def test_empty_and_invalid_parts() -> None:
    """Empty strings end a date; months 13-24 are seasons; an impossible month goes with its day."""
    dates = [{"date-parts": [["2000", "", ""]]}, {"date-parts": [[1965, 24, 1]]}]
    dates.append({"date-parts": [[1965, 60, 1]]})
    assert [{"year": 2000}, {"year": 1965, "season": 4}, {"year": 1965}] == [
        {key: value for key, value in read_date(date).items() if key != "circa"} for date in dates
    ]


def test_raw_date_without_parts_is_literal(tiny: Callable[..., Style]) -> None:
    """A ``raw`` date that is no ISO date is printed as it is."""
    style = tiny('<date variable="issued" form="text" date-parts="year"/>')
    assert ["Bogus Date", "2004"] == [
        style.citation([_book("a", raw="Bogus Date")]),
        style.citation([_book("b", raw="2004-10-01")]),
    ]


def test_macro_sort_key_of_dates(tmp_path: Path) -> None:
    """Dates sort by value in a macro key: BC years first, parts not shown count as zero."""
    path = tmp_path / "by-date.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="date"><choose><if variable="note"><date variable="issued">'
        '<date-part name="year"/></date></if><else><date variable="issued" delimiter="-">'
        '<date-part name="year"/><date-part name="month"/></date></else></choose></macro>'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography><sort><key macro="date"/></sort>'
        '<layout><text variable="title"/></layout></bibliography></style>',
        encoding="utf-8",
    )
    records = [
        _book("AD 54", [54]),
        _book("2002 Dec", [2002, 12]),
        _book(
            "2002",
            [2002, 12],
        ),
        _book("44 BC", [-44]),
        _book("100 BC", [-100]),
    ]
    records[2]["note"] = "year only"
    assert ["100 BC", "44 BC", "AD 54", "2002", "2002 Dec"] == list(
        Style(path).bibliography(records)
    )


def test_accessed_date_does_not_disambiguate(tmp_path: Path) -> None:
    """Works told apart only by their accessed dates still get year suffixes."""
    path = tmp_path / "accessed.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation disambiguate-add-year-suffix="true"><layout delimiter="; ">'
        '<group delimiter=" "><names variable="author"/><text term="no date" form="short"/>'
        '<text variable="year-suffix"/><date variable="accessed" form="numeric"/></group>'
        "</layout></citation></style>",
        encoding="utf-8",
    )
    records = [
        {
            "id": key,
            "type": "webpage",
            "title": key,
            "author": [{"family": "Doe", "given": "Jo"}],
            "accessed": {"date-parts": [[year, 6, 1]]},
        }
        for key, year in (("a", 2001), ("b", 2002))
    ]
    assert "Jo Doe n.d. a 06/01/2001; Jo Doe n.d. b 06/01/2002" == Style(path).citation(records)


def test_date_printed_by_substitute_is_not_repeated(tmp_path: Path) -> None:
    """A date that a ``cs:substitute`` printed (through a macro) is left out later."""
    path = tmp_path / "substituted-date.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="title"><text variable="title" suffix=", "/>'
        '<date variable="issued" form="text" date-parts="year"/></macro>'
        '<citation><layout><text value="x"/></layout></citation><bibliography><layout>'
        '<names variable="author"><substitute><text macro="title"/></substitute></names>'
        '<date variable="issued" form="text" prefix=" "/></layout></bibliography></style>',
        encoding="utf-8",
    )
    record = {
        "id": "a",
        "type": "legislation",
        "title": "Act",
        "issued": {"date-parts": [[1992, 3, 23]]},
    }
    assert ["Act, 1992"] == list(Style(path).bibliography([record]))


def test_formatting_of_a_date_with_its_own_parts(tiny: Callable[..., Style]) -> None:
    """A ``cs:date`` with its own parts is formatted whole; a localized one is not."""
    style = tiny(
        '<date variable="issued" form="numeric" font-weight="bold" suffix=" "/>'
        '<date variable="issued" font-style="italic" delimiter=" " prefix="(" suffix=")">'
        '<date-part name="month"/><date-part name="year"/></date>'
    )
    record = {"id": "a", "type": "book", "title": "T", "issued": {"date-parts": [[2000, 5, 3]]}}
    assert "05/03/2000 (<i>May 2000</i>)" == style.citation([record], format="html")


def test_localized_date_uses_the_style_locale_terms() -> None:
    """APA's own ``bc`` term prints in its localized dates: ``(50 B.C.E.)``."""
    record = {"id": "a", "type": "book", "title": "T", "author": [{"family": "Ng"}]}
    record["issued"] = {"date-parts": [[-50]]}
    assert "(Ng, 50 B.C.E.)" == Style("apa").citation([record])


def test_literal_date_only_in_place_of_the_year(tiny: Callable[..., Style]) -> None:
    """A literal date prints where the year would, not in a date of month and day only."""
    style = tiny(
        '<date variable="issued" form="text" date-parts="year"/>'
        '<date variable="issued" prefix=", "><date-part name="month"/></date>'
    )
    record = {"id": "a", "type": "book", "title": "T", "issued": {"literal": "in press"}}
    assert "in press" == style.citation([record])


def test_literal_dates_sort_after_dates(tmp_path: Path) -> None:
    """Literal dates follow the dates whichever the direction, and precede no date."""
    records = [
        {"id": key, "type": "book", "title": key, "issued": issued}
        for key, issued in (
            ("lit", {"literal": "in press"}),
            ("y1850", {"date-parts": [[1850]]}),
            ("y2019", {"date-parts": [[2019]]}),
        )
    ]
    records.append({"id": "none", "type": "book", "title": "none"})
    orders = []
    for direction in ("ascending", "descending"):
        path = tmp_path / f"{direction}.csl"
        path.write_text(
            '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
            '<citation><layout><text variable="title"/></layout></citation><bibliography>'
            f'<sort><key variable="issued" sort="{direction}"/></sort>'
            '<layout><text variable="title"/></layout></bibliography></style>',
            encoding="utf-8",
        )
        orders.append(list(Style(path).bibliography(records)))
    assert [["y1850", "y2019", "lit", "none"], ["y2019", "y1850", "lit", "none"]] == orders
