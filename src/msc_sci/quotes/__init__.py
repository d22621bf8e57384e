"""Quotes about the study: who said them, where, and how faithfully coverage gives them.

>>> import msc_sci
>>> [q.id for q in msc_sci.quotes("Jeffrey Kocsis") if q.kind == "direct"]
['kocsis-stroke']

This package shares its name with :func:`msc_sci.quotes`. Importing a submodule makes
Python set ``msc_sci.quotes`` to this module, so the module is made callable too:
``msc_sci.quotes("Waxman")`` works whichever was imported first.
"""

from __future__ import annotations

import sys
import types

from msc_sci._records import Quote
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


class _CallableModule(types.ModuleType):
    """This module, callable as :func:`quotes`."""

    def __call__(self, speaker: str | None = None) -> tuple[Quote, ...]:
        """Return the registry's quotes, or those of one *speaker* (see :func:`quotes`)."""
        return quotes(speaker)


sys.modules[__name__].__class__ = _CallableModule
