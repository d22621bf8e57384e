"""The output format registry."""

from __future__ import annotations

import pytest

from msc_sci import UnknownFormatError
from msc_sci._cite._formats import FORMATS, get


def test_every_format_loads() -> None:
    """Each registered module has the NAME it is registered under."""
    assert list(FORMATS) == [get(name).NAME for name in FORMATS]


def test_unknown_format_lists_known() -> None:
    """An unknown name raises UnknownFormatError listing the formats."""
    with pytest.raises(UnknownFormatError, match="markdown"):
        get("docx")
