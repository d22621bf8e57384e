"""The exported files in references/ stay what export() produces."""

from __future__ import annotations

from pathlib import Path

import pytest

import msc_sci
from msc_sci._cli import main
from msc_sci._export._references import shipped_formats
from msc_sci._export._references import write_references as write_files
from msc_sci._load import load

REFERENCE_FILES = shipped_formats(msc_sci.load_references().record_file)
export = msc_sci.export


def write_references(directory: Path) -> list[Path]:
    """Write the bundled study's exported files into *directory*."""
    return write_files(load(), directory)


@pytest.mark.parametrize(("name", "to"), sorted(REFERENCE_FILES.items()))
def test_shipped_file_matches_export(references_dir: Path, name: str, to: str) -> None:
    """Each shipped file is byte for byte what export() gives."""
    # Regenerate with `msc-sci export --write-references`.
    assert export(to) == (references_dir / name).read_text(encoding="utf-8")


def test_write_references_writes_every_file(tmp_path: Path) -> None:
    """write_references writes each file once, then finds nothing to change."""
    written = write_references(tmp_path)
    assert sorted(REFERENCE_FILES) == sorted(path.name for path in written)
    assert write_references(tmp_path) == []
    assert export("ris") == (tmp_path / "honmou2021.ris").read_text(encoding="utf-8")


def test_write_references_repairs_drift(tmp_path: Path) -> None:
    """A drifted file is rewritten."""
    write_references(tmp_path)
    (tmp_path / "honmou2021.bib").write_text("@article{old,}\n", encoding="utf-8")
    assert [tmp_path / "honmou2021.bib"] == write_references(tmp_path)
    assert export("bibtex") == (tmp_path / "honmou2021.bib").read_text(encoding="utf-8")


def test_cli_write_references_is_a_no_op_when_in_sync(
    references_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``msc-sci export --write-references`` changes nothing when references/ is in sync."""
    before = {name: (references_dir / name).read_bytes() for name in REFERENCE_FILES}
    assert main(["export", "--write-references"]) == 0
    after = {name: (references_dir / name).read_bytes() for name in REFERENCE_FILES}
    said = capsys.readouterr().err.splitlines()
    assert (before, len(REFERENCE_FILES)) == (after, len(said))
    assert all(line.startswith("up to date: ") for line in said)
