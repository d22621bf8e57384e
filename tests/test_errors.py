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
