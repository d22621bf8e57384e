#!/usr/bin/env bash
# Real BibTeX and the standard .bst files, for tests/cite/test_bibtex.py's comparison
# of msc_sci's "bibtex:<path>.bst" styles with the .bbl that bibtex itself writes.
set -euo pipefail
# shellcheck source=../lib.sh
. "$(dirname "$0")/../lib.sh"
apt_install texlive-binaries texlive-base
