"""Why a test is skipped: what is missing, and the one command that brings it.

A fresh clone with ``pip install -e ".[test]"`` runs every test that needs only the
repository and Python packages; the tests skipped are those that need a system tool
or the shared test material, and each says how to get it (``tests/test_skips.py``
checks that every skip uses one of these).
"""

from __future__ import annotations

#: The ``test`` extra: every Python package the tests use.
PYTHON = "is not installed: run `pip install -e '.[test]'`"
#: The shared test material (seeds, golden files, schemas, the CSL test suite).
SHARED = (
    "../shared (the shared test material: seeds, golden files, schemas) is not beside"
    " the project: run `cp -r /path/to/shared ..` (see the README, Running the tests)"
)
NODE = "node is not installed: run `apt-get install nodejs npm`"
CITEPROC_JS = "citeproc-js is not installed: run `npm install --prefix tests/cite/node`"
TEXLIVE_BST = "TeX Live's .bst files are not installed: run `apt-get install texlive-base`"
BIBTEX = "bibtex is not installed: run `apt-get install texlive-binaries texlive-base`"
CHROMIUM = "Chromium is not installed: run `apt-get install chromium`"
DOCS = "docs/ is not in this copy of the project: run `git clone` of the repository to test it"
PEER_CYTHON = (
    "sphinxcontrib-bibtex's Cython test module is not built: run `bash .ci/peer-cython.sh`"
    " (needs a C compiler)"
)
CFFCONVERT = "cffconvert is not set up: run `bash .ci/setup.d/40-cffconvert.sh`"


def python(package: str) -> str:
    """Return the skip reason for a missing Python *package* of the test extra."""
    return f"{package} {PYTHON}"
