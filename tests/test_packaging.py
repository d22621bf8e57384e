"""The extras and dependency groups a user and a developer install."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
EXTRAS: dict[str, list[str]] = PYPROJECT["project"]["optional-dependencies"]


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=~! ;]", requirement, maxsplit=1)[0] for requirement in requirements}


def _with_self(extra: str) -> set[str]:
    """Return the distributions of *extra*, following ``msc-sci[...]`` inside it."""
    found = set()
    for requirement in EXTRAS[extra]:
        inner = re.fullmatch(r"msc-sci\[(.*)\]", requirement)
        if inner:
            for name in inner.group(1).split(","):
                found |= _with_self(name.strip())
        else:
            found |= _names([requirement])
    return found


def test_sphinx_extra_brings_sphinx() -> None:
    """``pip install "msc-sci[sphinx]"`` installs what ``msc_sci.sphinx`` needs."""
    assert "sphinx" in _names(EXTRAS["sphinx"])


def test_test_extra_holds_what_the_tests_import() -> None:
    """The ``test`` extra brings the docs theme and MyST, which ``tests/docs`` builds with."""
    assert {"sphinx", "furo", "myst-parser", "docutils", "pypandoc-binary"} <= _with_self("test")


def test_dev_extra_matches_the_dev_group() -> None:
    """The ``dev`` extra (for pip) has every tool of the ``dev`` dependency group."""
    group = [item for item in PYPROJECT["dependency-groups"]["dev"] if isinstance(item, str)]
    assert set(group) <= set(EXTRAS["dev"])
