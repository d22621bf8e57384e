"""The precomputed table of the study's citations is what the engine prints now."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import msc_sci
from msc_sci._cite._precomputed import PATH, build, lookup
from msc_sci._load import load


def test_table_matches_the_engine() -> None:
    """Regenerate with ``python -m msc_sci._cite._precomputed`` when this fails."""
    with open(PATH, encoding="utf-8") as file:
        assert build(load()) == json.load(file)


def test_table_is_for_the_bundled_record_only(tmp_path: Path, references_dir: Path) -> None:
    """A study whose record differs from the bundled one is never answered from the table."""
    copy = tmp_path / "references"
    shutil.copytree(references_dir, copy)
    record = copy / "honmou2021.json"
    data = json.loads(record.read_text(encoding="utf-8"))
    data[0]["title"] = "A different title"
    record.write_text(json.dumps(data), encoding="utf-8")
    refs = msc_sci.load_references(copy)
    assert lookup("apa", "en-US", "text", "bibliography", digest=load(copy).digest) is None
    assert "A different title" in refs.cite("apa")
