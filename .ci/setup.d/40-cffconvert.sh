#!/usr/bin/env bash
# cffconvert, the Citation File Format's own validator, for tests/export/test_cff.py.
# It pins jsonschema<4, which the test extra cannot share, so it gets a venv of its own;
# the tests find it at .ci/.tools/cffconvert/bin/cffconvert (or on PATH).
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=.ci/.tools/cffconvert
if [ ! -x "$tool/bin/cffconvert" ]; then
  python3 -m venv "$tool"
  "$tool/bin/pip" install -q --disable-pip-version-check "cffconvert==2.0.0"
fi
"$tool/bin/cffconvert" --version
