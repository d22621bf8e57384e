"""Wording rules for summaries: no overclaiming words, no advice, hedged certainty.

The coverage checker (:func:`msc_sci.check`) holds the factual rules; these are the rules
of tone a summary must also keep.
"""

from __future__ import annotations

import re

__all__ = ["ADVICE", "BANNED", "HEDGES", "hedges", "problems"]

#: Words that claim more than the study showed, when said of the treatment.
BANNED = re.compile(
    r"\b(?:cure[sd]?|curing|breakthrough|miracle\w*|repair\w*|restor\w*|proven|proves?"
    r"|game[- ]changer)\b|\bno (?:side|adverse) effects\b",
    re.IGNORECASE,
)
#: Advice to the reader, which a summary of one study must not give.
ADVICE = re.compile(
    r"\byou should\b|\byou must\b|\bask (?:your|a) doctor\b|\btalk to your\b|\bconsider\b"
    r"|\bwe recommend\b|\bsign up\b|\bget (?:this|the) treatment\b",
    re.IGNORECASE,
)
#: Wording that states how sure the evidence lets anyone be.
HEDGES = re.compile(
    r"\b(?:might|may|could|cannot show|can't show|do not know|remains unknown|not known"
    r"|preliminary|early results)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d")


def problems(text: str) -> list[str]:
    """Return the banned or advising words in *text*, leaving quotations aside.

    >>> problems("A breakthrough: you should ask your doctor.")
    ['breakthrough', 'you should', 'ask your doctor']
    >>> problems("\u201cWe may be able to restore function,\u201d Waxman said.")
    []
    """
    prose = _QUOTED.sub("", text)
    found = [(m.start(), m.group()) for m in BANNED.finditer(prose)]
    found += [(m.start(), m.group()) for m in ADVICE.finditer(prose)]
    return [words for _, words in sorted(found)]


def hedges(text: str) -> list[str]:
    """Return the hedging phrases in *text*.

    >>> hedges("The cells might help, but the study cannot show it.")
    ['might', 'cannot show']
    """
    return [m.group() for m in HEDGES.finditer(text)]
