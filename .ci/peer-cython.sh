#!/usr/bin/env bash
# Build and install sphinxcontrib-bibtex's Cython test module into the active Python, for
# tests/sphinx/test_peers.py's autodoc_cython root. The shared copy may be read-only, so
# it is built from a temporary copy. Needs a C compiler (apt-get install gcc).
set -euo pipefail
cd "$(dirname "$0")/.."
source=../shared/peers/sphinxcontrib-bibtex/test/some_cython_module
[ -d "$source" ] || { echo "no $source: ../shared is not beside the project" >&2; exit 1; }
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
cp -r "$source" "$build/some_cython_module"
chmod -R u+w "$build"
python -m pip install -q "$build/some_cython_module"
