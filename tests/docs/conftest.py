"""Build the documentation site once for the tests that read it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import _needs as needs

pytest.importorskip("sphinx", reason=needs.python("sphinx"))
pytest.importorskip("furo", reason=needs.python("furo"))
pytest.importorskip("myst_parser", reason=needs.python("myst-parser"))

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# This file has no doctests; collecting it as one would clash with other conftest.py files.
collect_ignore = ["conftest.py"]

SPHINX_BUILD = (sys.executable, "-m", "sphinx", "-W", "-n", "--keep-going", "-q")


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML site, built with warnings as errors and nitpicky references."""
    if not (DOCS / "conf.py").is_file():
        pytest.skip(needs.DOCS)
    out = tmp_path_factory.mktemp("html")
    result = subprocess.run(
        [*SPHINX_BUILD, "-b", "html", str(DOCS), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    return out
