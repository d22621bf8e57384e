"""Filling templates in: dates, a number that opens a sentence, bulleted sections."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import msc_sci
from msc_sci import ReferenceDataError
from msc_sci._records import Date
from msc_sci.summary._generate import date_in_words, spell_leading_number
from msc_sci.summary._numbers import in_words

FICTIONAL = Path(__file__).parents[1] / "data" / "fictional-study"


@pytest.fixture
def fictional(tmp_path: Path) -> Path:
    """A writable copy of the invented study."""
    target = tmp_path / "study"
    shutil.copytree(FICTIONAL, target)
    return target


def _edit(directory: Path, file: str, old: str, new: str) -> None:
    path = directory / file
    before = path.read_text("utf-8")
    assert old in before, old
    path.write_text(before.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (0, "zero"),
        (7, "seven"),
        (13, "thirteen"),
        (20, "twenty"),
        (42, "forty-two"),
        (100, "one hundred"),
        (319, "three hundred nineteen"),
        (1000, "one thousand"),
        (12_005, "twelve thousand five"),
        (999_999, "nine hundred ninety-nine thousand nine hundred ninety-nine"),
    ],
)
def test_in_words(number: int, expected: str) -> None:
    """Whole numbers are written in words."""
    assert expected == in_words(number)


def test_in_words_rejects_numbers_out_of_range() -> None:
    """A number it cannot write raises ValueError saying the range."""
    with pytest.raises(ValueError, match="0 to 999,999"):
        in_words(1_000_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13 people took part.", "Thirteen people took part."),
        ("21-year follow-up.", "Twenty-one-year follow-up."),
        ("In all, 13 people took part.", "In all, 13 people took part."),
        ("50% improved.", "50% improved."),
        ("2.5 weeks later.", "2.5 weeks later."),
    ],
)
def test_a_number_that_opens_a_sentence_is_spelt_out(text: str, expected: str) -> None:
    """Only a whole number at the very start is written in words, with a capital."""
    assert expected == spell_leading_number(text)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (Date(year=2021, month=2, day=18), "18 February 2021"),
        (Date(year=2021, month=4), "April 2021"),
        (Date(year=2031), "2031"),
        (Date(year=2031, month=13), "spring 2031"),
        (Date(literal="n.d."), "n.d."),
    ],
)
def test_dates_in_words(date: Date, expected: str) -> None:
    """A date is written day, month name, year, as far as it is known."""
    assert expected == date_in_words(date)


def test_the_patient_count_opening_a_sentence_is_in_words(fictional: Path) -> None:
    """A template that starts with {patients} says 'Seven people', not '7 people'."""
    _edit(fictional, "summaries.toml", "In a small study, {patients} people", "{patients} people")
    tweet = msc_sci.load_references(fictional).summarize("public", length="tweet")
    expected = "Seven people swallowed lantern cells; most said their knees creaked less."
    assert expected == tweet.sentences[0].text


def test_date_fields_fill_in_the_study_dates() -> None:
    """{online} and {issued} give the bundled study's dates in words."""
    text = str(msc_sci.summarize("public"))
    expected = (True, True)
    assert expected == ("18 February 2021" in text, "April 2021 issue" in text)


def test_a_date_field_the_study_lacks_is_a_load_error(fictional: Path) -> None:
    """{online} in a study without an online date fails to load, naming file and field."""
    _edit(fictional, "summaries.toml", "creaked less.", "creaked less, we heard on {online}.")
    with pytest.raises(ReferenceDataError, match="the study has no online date") as info:
        msc_sci.load_references(fictional)
    expected = (str(fictional / "summaries.toml"), "summaries[0].sections[0].sentences[0].text")
    assert expected == (info.value.path, info.value.field)


def test_bullets_must_be_true_or_false(fictional: Path) -> None:
    """A section's bullets that is not a boolean is a load error."""
    _edit(fictional, "summaries.toml", 'heading = "Results"', 'heading = "Results"\nbullets = 1')
    with pytest.raises(ReferenceDataError, match="expected true or false"):
        msc_sci.load_references(fictional)


@pytest.mark.parametrize(
    ("format", "expected"),
    [
        ("text", "\n- Five of seven reported less creaking at one month; "),
        ("markdown", "\n- Five of seven reported less creaking at one month; "),
        ("html", "<ul>\n<li>Five of seven reported less creaking at one month; "),
    ],
)
def test_a_bulleted_section_is_a_list(fictional: Path, format: str, expected: str) -> None:
    """A section with bullets = true renders as a list in text, Markdown and HTML."""
    _edit(fictional, "summaries.toml", 'heading = "Results"', 'heading = "Results"\nbullets = true')
    summary = msc_sci.load_references(fictional).summarize("clinician", format=format)
    assert expected in str(summary)


def test_json_says_which_sections_are_bulleted() -> None:
    """The JSON form marks the key messages as bullets and other sections not."""
    data = json.loads(msc_sci.summarize("public", format="json").render())
    expected = [True] + [False] * (len(data["sections"]) - 1)
    assert expected == [section["bullets"] for section in data["sections"]]
