"""Check texts about the study against the sourced record."""

from __future__ import annotations

from msc_sci.checker._check import check
from msc_sci.checker._finding import Finding

__all__ = ["Finding", "check"]
