"""The README's examples run and print what it says."""

from __future__ import annotations

import doctest
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_examples_run() -> None:
    """Every ``>>>`` example in README.md gives the output shown."""
    results = doctest.testfile(str(README), module_relative=False, encoding="utf-8")
    assert (0, True) == (results.failed, results.attempted > 0)
