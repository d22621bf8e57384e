"""The precomputed table of the study's citations is what the engine prints now."""

from __future__ import annotations

import json

from msc_sci._cite._precomputed import PATH, build


def test_table_matches_the_engine() -> None:
    """Regenerate with ``python -m msc_sci._cite._precomputed`` when this fails."""
    with open(PATH, encoding="utf-8") as file:
        assert build() == json.load(file)
