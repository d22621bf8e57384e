"""Dates: validation, parsing and CSL-JSON."""

from __future__ import annotations

import pytest

from msc_sci import Date, RecordError


def test_impossible_day_is_rejected() -> None:
    """30 February does not exist."""
    with pytest.raises(RecordError, match="February has 28 days") as info:
        Date(year=2021, month=2, day=30)
    assert "day" == info.value.field


def test_leap_day_is_accepted() -> None:
    """29 February exists in leap years."""
    assert (2020, 2, 29) == Date(year=2020, month=2, day=29).parts


def test_month_out_of_range() -> None:
    """Month 0 is rejected."""
    with pytest.raises(RecordError, match="month"):
        Date(year=2021, month=0)


def test_day_without_month() -> None:
    """A day needs a month."""
    with pytest.raises(RecordError, match="needs a month"):
        Date(year=2021, day=3)


def test_parse_iso_forms() -> None:
    """Year, year-month and full dates parse."""
    assert (2021,) == Date.parse("2021").parts
    assert (2021, 4) == Date.parse("2021-04").parts
    assert "2021-02-18" == str(Date.parse("2021-02-18"))


def test_parse_range() -> None:
    """A slash makes a range."""
    date = Date.parse("2020-01/2021-03")
    assert (2021, 3) == date.end.parts if date.end else ()


def test_parse_rejects_nonsense() -> None:
    """Text that is no date raises RecordError."""
    with pytest.raises(RecordError, match="not a date"):
        Date.parse("April 2021")


def test_csl_json_round_trip_with_season_and_circa() -> None:
    """Extra date fields survive a CSL-JSON round trip."""
    data = {"date-parts": [[1999, 13]], "season": "Spring", "circa": True}
    assert data == Date.from_csl_json(data).to_csl_json()


def test_csl_json_literal_date() -> None:
    """A literal date needs no year."""
    assert "n.d." == str(Date.from_csl_json({"literal": "n.d."}))


def test_csl_json_string_parts_are_numbers() -> None:
    """Date parts given as digit strings are read as numbers."""
    assert (2021, 4) == Date.from_csl_json({"date-parts": [["2021", "4"]]}).parts


def test_csl_json_bad_part_names_the_location() -> None:
    """A bad date part is reported with its position."""
    with pytest.raises(RecordError) as info:
        Date.from_csl_json({"date-parts": [[2021, "April"]]}, "issued")
    assert "issued.date-parts[0][1]" == info.value.field


def test_csl_json_trailing_empty_parts_are_absent() -> None:
    """Empty strings or nulls at the end of date-parts, as some exporters write, are absent."""
    assert (2021, 4) == Date.from_csl_json({"date-parts": [["2021", "4", ""]]}).parts
    assert (2021,) == Date.from_csl_json({"date-parts": [[2021, None, None]]}).parts


def test_csl_json_empty_date_parts_fall_back_to_literal() -> None:
    """Empty date-parts beside a literal give the literal date."""
    assert "Spring 2021" == str(
        Date.from_csl_json({"date-parts": [[""]], "literal": "Spring 2021"})
    )


def test_csl_json_empty_date_parts_alone_are_an_error() -> None:
    """Empty date-parts with nothing else say the date is empty."""
    with pytest.raises(RecordError, match="empty") as info:
        Date.from_csl_json({"date-parts": [[]]}, "issued")
    assert "issued.date-parts" == info.value.field


def test_csl_json_empty_part_inside_a_date_is_an_error() -> None:
    """An empty month before a day is not a date."""
    with pytest.raises(RecordError) as info:
        Date.from_csl_json({"date-parts": [[2021, "", 3]]}, "issued")
    assert "issued.date-parts[0][1]" == info.value.field


def test_parse_refuses_what_is_not_a_string() -> None:
    """``Date.parse(None)`` is a TypeError naming the type, not an AttributeError."""
    with pytest.raises(TypeError, match="NoneType"):
        Date.parse(None)  # type: ignore[arg-type]
