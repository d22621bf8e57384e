"""``msc-sci cite`` and ``msc-sci styles``."""

from __future__ import annotations

import pytest

from msc_sci._cli import main


def test_cite_prints_the_citation(capsys: pytest.CaptureFixture[str]) -> None:
    """``msc-sci cite --mode citation`` prints the in-text citation."""
    assert main(["cite", "--style", "apa", "--mode", "citation"]) == 0
    assert capsys.readouterr().out == "(Honmou et al., 2021)\n"


def test_cite_unknown_style_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown style exits 1 with a suggestion on stderr."""
    assert main(["cite", "--style", "apaa"]) == 1
    assert "did you mean 'apa'" in capsys.readouterr().err


def test_styles_search(capsys: pytest.CaptureFixture[str]) -> None:
    """``msc-sci styles --search`` lists matching names only."""
    assert main(["styles", "--search", "vancouver-nlm"]) == 0
    assert capsys.readouterr().out == "vancouver-nlm\n"
