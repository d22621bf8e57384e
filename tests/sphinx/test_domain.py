"""The ``msc`` domain: bibliography entries found by parallel readers are merged."""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.sphinx.conftest import Built


def _links(built: Built) -> dict[str, list[str]]:
    pages = ["index", *(f"page{i}" for i in range(1, 7))]
    return {page: re.findall(r'href="([^"]*msc-bib[^"]*)"', built.page(page)) for page in pages}


def test_parallel_build_links_like_a_serial_one(build: Callable[..., Built]) -> None:
    """``-j 2`` gives the same links as a serial build, with no warnings."""
    serial = build("parallel", "-W")
    parallel = build("parallel", "-W", "-j", "2")
    assert 0 == serial.returncode, serial.warnings
    assert 0 == parallel.returncode, parallel.warnings
    assert _links(serial) == _links(parallel)
    assert all(href.startswith("index.html#") for href in _links(parallel)["page1"])
