#!/usr/bin/env bash
# Node.js and citeproc-js (npm `citeproc`, pinned in tests/cite/node/package.json), for
# tests/cite/test_crosscheck.py, which compares our citations with the reference processor.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=../lib.sh
. .ci/lib.sh
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
npm install --prefix tests/cite/node --no-audit --no-fund --silent
