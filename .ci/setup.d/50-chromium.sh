#!/usr/bin/env bash
# Chromium and its driver, for the docs' browser test (tests/docs/test_cite_box_browser.py).
# Playwright drives this system browser; it never downloads one of its own.
set -euo pipefail
# shellcheck source=../lib.sh
. "$(dirname "$0")/../lib.sh"
apt_install chromium chromium-driver
