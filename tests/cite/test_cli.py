"""``msc-sci cite`` and ``msc-sci styles``."""

from __future__ import annotations

import subprocess
import sys

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


def test_cold_cite_loads_no_engine_and_no_other_command() -> None:
    """``msc-sci cite`` for a common style loads no CSL engine, records, readers or other commands.

    The command's own private helpers (``msc_sci._cli._*``) are light and may load.
    """
    code = (
        "import sys; from msc_sci._cli import main; main(['cite', '--mode', 'citation']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('citeproc', 'lxml') "
        "or m.startswith(('msc_sci._read', 'msc_sci._records')) "
        "or m.startswith('msc_sci._cli.') and not m.startswith('msc_sci._cli._') "
        "and m != 'msc_sci._cli.cite'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    assert ["(Honmou et al., 2021)", "[]"] == result.stdout.splitlines()
