"""Sphinx configuration for the msc-sci documentation.

The build needs no network: there is no intersphinx, and the few types that live
outside msc_sci are listed in ``nitpick_ignore`` below, each with the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

import msc_sci  # noqa: E402  (after the path set-up above)

project = "msc-sci"
author = "msc-sci developers"
copyright = "2026, msc-sci developers"
release = msc_sci.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    # Our own extension: the study page and the cite box use it.
    "msc_sci.sphinx",
    # Local helpers for this site only (docs/_ext/).
    "msc_docs_api",
    "msc_docs_cli",
    "msc_docs_changelog",
    "msc_docs_accuracy",
]

root_doc = "index"
exclude_patterns = ["_build"]
templates_path: list[str] = []

html_theme = "furo"
html_title = f"msc-sci {release}"
html_static_path: list[str] = []

# Type hints go into the description, linked to the documented public names.
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_member_order = "bysource"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# Docstring examples are run by pytest (--doctest-modules); the doctest builder runs the
# ``.. doctest::`` blocks of the narrative pages.
doctest_test_doctest_blocks = ""
doctest_global_setup = "import msc_sci"

nitpicky = True
# Types from outside msc_sci: without intersphinx (no network) they cannot be linked.
nitpick_ignore_regex = [
    # The standard library (pathlib.Path, collections.abc.Iterable, enum.StrEnum, ...).
    ("py:class", r"(pathlib|collections\.abc|typing|enum|datetime|argparse|os)\..*"),
    ("py:class", r"(Path|Iterable|Iterator|Mapping|Sequence|Callable|StrEnum)"),
    # Builtins as napoleon and autodoc spell them.
    ("py:class", r"(str|int|bool|float|bytes|object|list|tuple|dict|None|type|Exception)"),
    ("py:(exc|class)", r"(ValueError|LookupError|AttributeError|TypeError)"),
    # msc_sci.checker.KINDS, named in the Finding docstring, is not a public name.
    ("py:data", r"KINDS"),
    # Style.bibliography returns msc_sci._cite.Bibliography, which is not a public name.
    ("py:class", r"Bibliography"),
    # Sphinx and docutils, documented on their own sites (the extension's API page).
    ("py:class", r"(sphinx|docutils)\..*"),
]
