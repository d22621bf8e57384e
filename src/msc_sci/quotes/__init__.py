"""Quotes about the study: who said them, where, and how faithfully coverage gives them."""

from msc_sci.quotes._attribute import Attribution, Difference, Verdict, attribute
from msc_sci.quotes._find import FoundQuote, find_quotes
from msc_sci.quotes._registry import quotes, speaker_named

__all__ = [
    "Attribution",
    "Difference",
    "FoundQuote",
    "Verdict",
    "attribute",
    "find_quotes",
    "quotes",
    "speaker_named",
]
