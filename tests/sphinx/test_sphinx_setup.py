"""``msc_sci.sphinx``: its ``setup()`` and that ``import msc_sci`` leaves it alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sphinx.application import Sphinx


def test_setup_declares_parallel_safety(tmp_path: Path) -> None:
    """A project that loads the extension records it as safe to read and write in parallel."""
    (tmp_path / "conf.py").write_text('extensions = ["msc_sci.sphinx"]\n', encoding="utf-8")
    (tmp_path / "index.rst").write_text("Title\n=====\n", encoding="utf-8")
    app = Sphinx(
        str(tmp_path),
        str(tmp_path),
        str(tmp_path / "_build"),
        str(tmp_path / "_doctrees"),
        "html",
        status=None,
        warning=None,
    )
    extension = app.extensions["msc_sci.sphinx"]
    assert (True, True) == (extension.parallel_read_safe, extension.parallel_write_safe)


def test_import_msc_sci_does_not_load_the_extension() -> None:
    """``import msc_sci`` loads neither ``msc_sci.sphinx`` nor Sphinx."""
    code = "import sys, msc_sci; print([m for m in sys.modules if 'sphinx' in m])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "[]" == result.stdout.strip()
