"""``msc_sci.sphinx``: its ``setup()`` and that ``import msc_sci`` leaves it alone."""

from __future__ import annotations

import subprocess
import sys

from sphinx.application import Sphinx


def test_setup_declares_parallel_safety() -> None:
    """``setup()`` says the extension is safe to read and write in parallel."""
    from msc_sci.sphinx import setup

    class Recorder:
        def __getattr__(self, name: str) -> object:
            return lambda *args, **kwargs: None

    result = setup(Recorder())  # type: ignore[arg-type]
    assert {"parallel_read_safe": True, "parallel_write_safe": True} == {
        key: result[key] for key in ("parallel_read_safe", "parallel_write_safe")
    }
    assert Sphinx is not None


def test_import_msc_sci_does_not_load_the_extension() -> None:
    """``import msc_sci`` loads neither ``msc_sci.sphinx`` nor Sphinx."""
    code = "import sys, msc_sci; print([m for m in sys.modules if 'sphinx' in m])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "[]" == result.stdout.strip()
