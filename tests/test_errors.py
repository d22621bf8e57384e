"""The exception hierarchy: messages, attributes, builtin bases, pickling."""

from __future__ import annotations

import pickle

import pytest

from msc_sci import (
    InputError,
    MscSciError,
    RecordError,
    ReferenceDataError,
    StyleError,
    UnknownFormatError,
    UnknownNameError,
    UnknownSpeakerError,
    UnknownStyleError,
)


def test_record_error_message_names_path_field_and_value() -> None:
    """The message reads file: field: value: reason."""
    error = ReferenceDataError(
        "not an ORCID iD",
        path="references/people.toml",
        field="people[3].orcid",
        value="0000-01",
    )
    assert "references/people.toml: people[3].orcid: '0000-01': not an ORCID iD" == str(error)


def test_builtin_bases() -> None:
    """Errors are also the builtin errors they resemble."""
    assert issubclass(RecordError, ValueError)
    assert issubclass(UnknownNameError, LookupError)
    assert issubclass(StyleError, ValueError)
    for cls in (RecordError, ReferenceDataError, UnknownFormatError, UnknownStyleError, StyleError):
        assert issubclass(cls, MscSciError)


def test_unknown_name_suggests_close_matches() -> None:
    """A near miss is suggested."""
    error = UnknownFormatError("bibtx", known=["bibtex", "ris", "csl-json"])
    assert ("bibtex",) == error.suggestions
    assert "unknown format 'bibtx'; did you mean 'bibtex'?" == str(error)


def test_unknown_name_lists_a_short_list_when_nothing_is_close() -> None:
    """With no close match, a short list of known names is shown."""
    error = UnknownFormatError("zzz", known=["ris", "bibtex"])
    assert "unknown format 'zzz'; known: bibtex, ris" == str(error)


@pytest.mark.parametrize(
    "error",
    [
        RecordError("bad", field="x", value=1),
        ReferenceDataError("bad", path="p", field="x"),
        UnknownStyleError("apaa", known=["apa"]),
        StyleError("not XML", style="mine.csl"),
        UnknownSpeakerError("Stephen Waxmen", known=["Stephen G. Waxman"]),
        InputError("Is a directory", path="articles/", decoding=False),
        InputError("invalid start byte", path="article.txt"),
    ],
)
def test_errors_pickle(error: MscSciError) -> None:
    """Errors survive pickling (multiprocessing, parallel Sphinx builds)."""
    again = pickle.loads(pickle.dumps(error))
    assert (type(error), str(error)) == (type(again), str(again))


def test_record_error_message_cuts_a_huge_value() -> None:
    """A 10 MB value shows a few hundred characters in the message; the attribute keeps it."""
    value = "x" * 10_000_000
    error = RecordError("too long", field="title", value=value)
    assert (True, value) == (len(str(error)) < 400, error.value)


def test_record_error_message_shows_a_huge_integer_by_its_size() -> None:
    """An integer past Python's 4,300-digit printing limit is shown by its digit count."""
    error = RecordError("too big", field="volume", value=-(10**9999))
    assert "volume: <an integer of 10000 digits>: too big" == str(error)


def test_record_error_message_cuts_deep_nesting() -> None:
    """A list nested 100,000 deep shows a few levels, not a RecursionError."""
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    assert "x: [[[[...]]]]: bad" == str(RecordError("bad", field="x", value=nested))


def test_record_error_escapes_unprintable_locations() -> None:
    """A field or path with control characters or surrogates prints escaped."""
    error = RecordError("bad", path="a\nb", field="c\ud800")
    assert "a\\nb: c\\ud800: bad" == str(error)


def test_unknown_name_with_a_huge_name_is_cut_and_fast() -> None:
    """A 10 MB unknown name is cut in the message and skips the (slow) search for close names."""
    error = UnknownFormatError("y" * 10_000_000, known=["bibtex", "ris"])
    assert (True, ()) == (len(str(error)) < 400, error.suggestions)


def test_style_error_cuts_a_huge_style_name() -> None:
    """A 10 MB style name is cut in the message."""
    assert len(str(StyleError("cannot read", style="s" * 10_000_000))) < 400
