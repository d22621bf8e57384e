"""Every version the package and its docs name is the package's own version."""

from __future__ import annotations

import re
from pathlib import Path

import msc_sci

ROOT = Path(__file__).resolve().parent.parent
_DIRECTIVE = re.compile(r"\.\. version(?:added|changed)::\s*(\S+)")


def _sources() -> list[Path]:
    return [*(ROOT / "src").rglob("*.py"), *(ROOT / "docs").rglob("*.rst"), ROOT / "README.md"]


def test_version_is_semantic() -> None:
    """The package version has three parts, e.g. ``0.1.0``."""
    assert re.fullmatch(r"\d+\.\d+\.\d+", msc_sci.__version__)


def test_versionadded_names_the_package_version() -> None:
    """``versionadded``/``versionchanged`` never name a version that was not released.

    The package is unreleased, so everything is new in its version, spelt in full.
    """
    found = {
        (path.relative_to(ROOT).as_posix(), version)
        for path in _sources()
        for version in _DIRECTIVE.findall(path.read_text(encoding="utf-8"))
        if version != msc_sci.__version__
    }
    assert set() == found


def test_no_versionchanged_before_a_release() -> None:
    """Nothing can have changed since a release there has not been."""
    found = [
        path.relative_to(ROOT).as_posix()
        for path in _sources()
        if ".. versionchanged::" in path.read_text(encoding="utf-8")
    ]
    assert [] == found
