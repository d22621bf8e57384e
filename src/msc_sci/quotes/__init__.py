"""Quotes about the study: who said them, where, and how faithfully coverage gives them.

>>> import msc_sci
>>> [q.id for q in msc_sci.quotes("Jeffrey Kocsis") if q.kind == "direct"]
['kocsis-stroke']

This package shares its name with :func:`msc_sci.quotes`. Importing a submodule makes
Python set ``msc_sci.quotes`` to this module, so the module is made callable too:
``msc_sci.quotes("Waxman")`` works whichever was imported first.
"""

from __future__ import annotations

from msc_sci._callable import make_callable
from msc_sci.quotes._attribute import Attribution, QuoteDifference, Verdict, attribute
from msc_sci.quotes._find import FoundQuote, find_quotes
from msc_sci.quotes._registry import quotes, speaker_named
from msc_sci.quotes._render import attributed

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

make_callable(__name__, quotes)
