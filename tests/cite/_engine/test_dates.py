"""Localized dates keep the locale's delimiter."""

from __future__ import annotations

from msc_sci import cite


def test_vancouver_date_has_a_space() -> None:
    """NLM/Vancouver print ``2021 Apr``, not ``2021Apr``."""
    assert "2021 Apr;203:106565" in cite("vancouver")
