"""Check texts about the study against the sourced record."""

from __future__ import annotations

from msc_sci.checker._check import check
from msc_sci.checker._finding import KINDS, Finding

__all__ = ["KINDS", "Finding", "check"]


# Public as msc_sci.<name>: help(), reprs and tracebacks show the name users import.
for _public in (Finding,):
    _public.__module__ = "msc_sci"
