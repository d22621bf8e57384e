"""``msc-sci export``: the study in any format, to stdout or a file."""

from __future__ import annotations

from pathlib import Path

import pytest

import msc_sci
from msc_sci._cli import main


def test_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    """``msc-sci export ris`` prints the RIS record."""
    assert main(["export", "ris"]) == 0
    assert msc_sci.export("ris") == capsys.readouterr().out


def test_output_file_and_suffix(tmp_path: Path) -> None:
    """``--output x.bib`` without a format writes BibTeX, chosen by the suffix."""
    path = tmp_path / "x.bib"
    assert main(["export", "--output", str(path)]) == 0
    assert msc_sci.export("bibtex") == path.read_text(encoding="utf-8")


def test_ascii(capsys: pytest.CaptureFixture[str]) -> None:
    """``--ascii`` writes BibTeX in ASCII."""
    assert main(["export", "bibtex", "--ascii"]) == 0
    out = capsys.readouterr().out
    assert (True, msc_sci.export("bibtex", ascii_only=True)) == (out.isascii(), out)


def test_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown format is one error line and exit status 1."""
    assert main(["export", "bibtx"]) == 1
    assert (
        capsys.readouterr().err
    ) == "msc-sci: error: unknown export format 'bibtx'; did you mean 'bibtex' or 'biblatex'?\n"


def test_no_format(capsys: pytest.CaptureFixture[str]) -> None:
    """No format and no output file is a usage error, status 2."""
    assert main(["export"]) == 2
    assert "give a format" in capsys.readouterr().err


def test_ascii_is_only_for_latex(capsys: pytest.CaptureFixture[str]) -> None:
    """``--ascii`` with a format other than BibTeX is a usage error."""
    assert main(["export", "ris", "--ascii"]) == 2
    assert "--ascii is for bibtex and biblatex" in capsys.readouterr().err


def test_unwritable_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be written is one error line naming it, status 1."""
    path = tmp_path / "missing" / "x.ris"
    assert 1 == main(["export", "--output", str(path)])
    err = capsys.readouterr().err
    assert f"msc-sci: error: {path}: cannot write: No such file or directory\n" == err
