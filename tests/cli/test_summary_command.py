"""``msc-sci summary`` prints a summary; bad names are errors with a suggestion."""

from __future__ import annotations

import pytest

import msc_sci
from msc_sci._cli import main


def test_prints_the_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """The command prints what summarize() renders."""
    status = main(["summary", "--audience", "public", "--length", "short", "--format", "markdown"])
    expected = (0, str(msc_sci.summarize("public", length="short", format="markdown")))
    assert expected == (status, capsys.readouterr().out)


def test_unknown_audience_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown audience prints an error suggesting the closest, exit status 1."""
    status = main(["summary", "--audience", "journalst"])
    expected = (1, "msc-sci: error: unknown audience 'journalst'; did you mean 'journalist'?\n")
    assert expected == (status, capsys.readouterr().err)
