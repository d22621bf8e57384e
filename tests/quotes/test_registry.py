"""Looking quotes up by any form of a speaker's name."""

from __future__ import annotations

import subprocess
import sys

import pytest

import msc_sci
from msc_sci import UnknownSpeakerError, quotes
from msc_sci._quotes import speaker_named

WAXMAN = ["waxman-restore", "waxman-hint", "senior-authors-more-studies", "senior-authors-years"]


def test_no_speaker_gives_every_quote() -> None:
    """quotes() with no speaker is the whole registry."""
    assert msc_sci.load_references().quotes == quotes()


@pytest.mark.parametrize(
    "name",
    ["Waxman", "Stephen Waxman", "Stephen G. Waxman", "Dr. Waxman", "waxman", "Waxman, Stephen G."],
)
def test_any_name_form_finds_waxman(name: str) -> None:
    """Family name, full name, initials, a title, any case, 'Family, Given'."""
    expected = WAXMAN
    assert expected == [q.id for q in quotes(name)]


@pytest.mark.parametrize("name", ["Jeffrey Kocsis", "Jeffery Kocsis", "Prof. J. D. Kocsis"])
def test_misspelt_given_name_finds_kocsis(name: str) -> None:
    """'Jeffrey' (misspelt) is Jeffery D. Kocsis."""
    expected = [
        "kocsis-stroke",
        "kocsis-culmination",
        "senior-authors-more-studies",
        "senior-authors-years",
    ]
    assert expected == [q.id for q in quotes(name)]


def test_the_paper_is_a_speaker() -> None:
    """'The paper' is a speaker that is not a person."""
    (quote,) = quotes("the paper")
    expected = ("paper-beyond-injury-site", "the paper", "publication")
    assert expected == (quote.id, str(quote.speaker), quote.speaker.kind)


@pytest.mark.parametrize("name", ["Honmou", "Osamu Honmou", "Masanori Sasaki"])
def test_people_never_quoted_have_no_quotes(name: str) -> None:
    """Honmou and Sasaki are known people with nothing quoted."""
    expected = ()
    assert expected == quotes(name)


def test_unknown_speaker_suggests_names() -> None:
    """A close misspelling of no one raises a LookupError suggesting known names."""
    with pytest.raises(UnknownSpeakerError) as info:
        quotes("Stephen Waxmen")
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, msc_sci.MscSciError)
    expected = "unknown speaker 'Stephen Waxmen'; did you mean 'Stephen G. Waxman'?"
    assert expected == str(info.value)


def test_unknown_speaker_message_lists_known_names() -> None:
    """With nothing close, the message lists who is known."""
    with pytest.raises(UnknownSpeakerError, match=r"unknown speaker 'Ana Ruiz'; known: .*Waxman"):
        quotes("Ana Ruiz")


@pytest.mark.parametrize("name", ["Wexman", "Ana Ruiz", "Stephen", ""])
def test_other_names_are_nobody(name: str) -> None:
    """A different family name, a given name alone, or nothing names nobody."""
    assert speaker_named(name) is None


def test_quotes_are_attributed_with_role_title_and_source() -> None:
    """Each direct quote of a senior author carries role, title and a dated source."""
    quote = quotes("Kocsis")[0]
    expected = (
        "senior author",
        "professor of neurology and neuroscience at Yale University",
        "S004",
        "2021-02-22",
    )
    assert expected == (quote.role, quote.title, quote.source.code, str(quote.source.date))


def test_public_name_is_the_function() -> None:
    """msc_sci.quotes stays the function when the private quotes package was imported first."""
    code = (
        "import msc_sci._quotes._find, msc_sci, types; "
        "print(isinstance(msc_sci.quotes, types.FunctionType), msc_sci.quotes('Waxman')[0].id)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    expected = "True waxman-restore\n"
    assert expected == result.stdout


def test_a_speaker_that_is_not_a_string_is_a_type_error() -> None:
    """``quotes(5)`` is a TypeError naming the type, not an AttributeError."""
    with pytest.raises(TypeError, match="int"):
        quotes(5)  # type: ignore[arg-type]


def test_a_huge_speaker_fails_fast_with_a_short_message() -> None:
    """Ten million characters name nobody: refused before any search, the value cut short."""
    with pytest.raises(UnknownSpeakerError) as info:
        quotes("A" * 10_000_000)
    assert len(str(info.value)) < 1_000
