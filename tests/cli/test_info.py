"""``msc-sci info``, ``--version`` and usage errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from msc_sci import __version__
from msc_sci._cli import main


def test_info_prints_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    """The record shows the DOI, the design and the senior authors."""
    assert 0 == main(["info"])
    out = capsys.readouterr().out
    assert "DOI:       10.1016/j.clineuro.2021.106565" in out
    assert "case series, 13 patients, not blinded, no placebo" in out
    assert "Stephen G. Waxman (senior-author)" in out


def test_info_sources(capsys: pytest.CaptureFixture[str]) -> None:
    """``--sources`` lists where each fact comes from."""
    assert 0 == main(["info", "--sources"])
    assert "design.blinded: yale2021release: “Results were not blinded”" in capsys.readouterr().out


def test_info_json_is_csl_json(capsys: pytest.CaptureFixture[str]) -> None:
    """``--json`` prints the CSL-JSON record."""
    assert 0 == main(["info", "--json"])
    assert "10.1016/j.clineuro.2021.106565" == json.loads(capsys.readouterr().out)["DOI"]


def test_bad_arguments_give_one_line_and_status_2() -> None:
    """A usage error is a single line on stderr, exit status 2, no traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "msc_sci", "info", "--bogus"], capture_output=True, text=True
    )
    assert (2, "") == (result.returncode, result.stdout)
    assert 1 == len(result.stderr.strip().splitlines())
    assert result.stderr.startswith("msc-sci: error: unrecognized arguments: --bogus")


def test_version() -> None:
    """``--version`` prints the package version."""
    result = subprocess.run(
        [sys.executable, "-m", "msc_sci", "--version"], capture_output=True, text=True, check=True
    )
    assert f"msc-sci {__version__}\n" == result.stdout


def test_no_command_prints_help_and_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    """Running with no subcommand shows the help and fails as a usage error."""
    assert 2 == main([])
    assert "COMMAND" in capsys.readouterr().err
