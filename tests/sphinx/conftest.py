"""Build the sample projects in ``roots/test-<case>/`` and read what came out."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import _needs as needs

pytest.importorskip("sphinx", reason=needs.python("sphinx"))

ROOTS = Path(__file__).resolve().parent / "roots"

# The sample projects' conf.py files are Sphinx configuration, not test modules; this
# file has no doctests, and collecting it as one would clash with other conftest.py files.
collect_ignore = ["roots", "conftest.py"]


@dataclass(frozen=True)
class Built:
    """What one build of a sample project left behind."""

    outdir: Path
    warnings: str
    returncode: int

    def page(self, name: str = "index") -> str:
        """Return the HTML of page *name*."""
        return (self.outdir / f"{name}.html").read_text(encoding="utf-8")


def _build(case: str, tmp: Path, *options: str, builder: str = "html") -> Built:
    source = tmp / f"test-{case}"
    if not source.exists():
        shutil.copytree(ROOTS / f"test-{case}", source)
    outdir = tmp / f"_build-{builder}-{len(options)}"
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", builder, "-q", "-E", *options, source, outdir],
        capture_output=True,
        text=True,
        check=False,
    )
    return Built(outdir=outdir, warnings=result.stderr, returncode=result.returncode)


@pytest.fixture
def build(tmp_path: Path) -> Callable[..., Built]:
    """Return a function that builds a sample project by case name."""

    def run(case: str, *options: str, builder: str = "html") -> Built:
        return _build(case, tmp_path, *options, builder=builder)

    return run
