"""Quotes about the study: who said them, where, and how faithfully coverage gives them.

Importing this package installs the printer of :meth:`msc_sci.Quote.attributed`
(:mod:`._render`); the finder and the attribution load on first use.

>>> import msc_sci
>>> [q.id for q in msc_sci.quotes("Jeffrey Kocsis") if q.kind == "direct"]
['kocsis-stroke']
"""

from __future__ import annotations

from importlib import import_module

from msc_sci._quotes._render import attributed
from msc_sci._records import Quote

TYPE_CHECKING = False
if TYPE_CHECKING:
    from msc_sci._quotes._attribute import Attribution, QuoteDifference, Verdict, attribute
    from msc_sci._quotes._find import FoundQuote, find_quotes
    from msc_sci._quotes._registry import quotes, speaker_named

__all__ = [
    "Attribution",
    "FoundQuote",
    "Quote",
    "QuoteDifference",
    "Verdict",
    "attribute",
    "attributed",
    "find_quotes",
    "quotes",
    "speaker_named",
]

_LAZY = {
    "Attribution": "_attribute",
    "QuoteDifference": "_attribute",
    "Verdict": "_attribute",
    "attribute": "_attribute",
    "FoundQuote": "_find",
    "find_quotes": "_find",
    "quotes": "_registry",
    "speaker_named": "_registry",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'msc_sci._quotes' has no attribute {name!r}")
    value = getattr(import_module(f"msc_sci._quotes.{module}"), name)
    globals()[name] = value
    return value
