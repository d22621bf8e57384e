"""``import msc_sci`` is cheap: it loads none of the heavy dependencies."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("citeproc", "lxml", "pybtex", "yaml", "jsonschema", "sphinx", "docutils", "tomllib")


def test_import_loads_no_heavy_module() -> None:
    """Importing the package imports neither the formatters nor the data files' parsers."""
    code = "import sys, json, msc_sci; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    loaded = json.loads(result.stdout)
    heavy = [name for name in loaded if name.split(".")[0] in HEAVY]
    assert [] == heavy


def test_import_loads_only_the_package_root() -> None:
    """Only ``msc_sci`` and its version module load until a name is used."""
    code = "import sys, json, msc_sci; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    ours = [name for name in json.loads(result.stdout) if name.startswith("msc_sci")]
    assert ["msc_sci", "msc_sci._version"] == ours
