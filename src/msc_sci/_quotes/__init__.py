"""Quotes about the study: who said them, where, and how faithfully coverage gives them.

>>> import msc_sci
>>> [q.id for q in msc_sci.quotes("Jeffrey Kocsis") if q.kind == "direct"]
['kocsis-stroke']
"""

from __future__ import annotations

from msc_sci._quotes._attribute import Attribution, QuoteDifference, Verdict, attribute
from msc_sci._quotes._find import FoundQuote, find_quotes
from msc_sci._quotes._registry import quotes, speaker_named
from msc_sci._quotes._render import attributed

__all__ = [
    "Attribution",
    "FoundQuote",
    "QuoteDifference",
    "Verdict",
    "attribute",
    "attributed",
    "find_quotes",
    "quotes",
    "speaker_named",
]
