"""``msc-sci validate DIR``: a directory of your own study is checked, or its mistake named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from msc_sci._cli import main

FICTIONAL = Path(__file__).resolve().parent.parent / "data" / "fictional-study"


def test_a_good_directory_validates(capsys: pytest.CaptureFixture[str]) -> None:
    """A directory that loads is reported with what it holds, exit status 0."""
    assert 0 == main(["validate", str(FICTIONAL)])
    expected = (
        f"{FICTIONAL}: tallow2031 (tallow2031.json) loads and checks: "
        "2 people, 1 sources, 10 claims, 3 quotes\n"
    )
    assert expected == capsys.readouterr().out


def test_a_mistake_is_named_with_file_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown claim in a summary fails with its file and field, exit status 1."""
    copy = tmp_path / "refs"
    shutil.copytree(FICTIONAL, copy)
    path = copy / "summaries.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"by-mouth"', '"by-nose"', 1))
    assert 1 == main(["validate", str(copy)])
    err = capsys.readouterr().err
    expected = (
        f"msc-sci: error: {copy}/summaries.toml: summaries[0].sections[0].sentences[0].claims[1]"
    )
    assert err.startswith(expected)
    assert "'by-nose': no such claim" in err


def test_a_missing_directory_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A directory that does not exist is an error, not a traceback."""
    assert 1 == main(["validate", str(tmp_path / "nowhere")])
    assert "not a directory" in capsys.readouterr().err
