"""Text helpers for the rules: sentences, quoted spans and negation."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator

__all__ = ["is_hypothetical", "is_negated", "quoted_spans", "sentence_spans"]

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,}?)[\"\u201d]")
_NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "without",
        "neither",
        "nor",
        "none",
        "lacked",
        "lacking",
        "lacks",
        "absence",
        "isn't",
        "wasn't",
        "weren't",
        "aren't",
        "didn't",
        "don't",
        "doesn't",
        "nothing",
        "cannot",
    ]
)
#: Words before a design term that make it about other, future studies.
_OTHER_STUDIES = frozenset(
    [
        "larger",
        "large",
        "future",
        "further",
        "additional",
        "more",
        "new",
        "next",
        "planned",
        "later",
        "bigger",
    ]
)
_CLAUSE_BREAK = re.compile(r"[;:.!?\u2014]|\bbut\b|\bhowever\b|\n", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z']+")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence or line of *text*."""
    for match in _SENTENCE.finditer(text):
        if match.group().strip():
            yield match.start(), match.end()


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each quotation in *text*, the marks included."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether *span* lies within one of *spans* (sorted, not overlapping, as from
    :func:`quoted_spans`).

    A binary search, so checking every match of a long text stays linear overall.

    >>> inside((5, 7), [(0, 2), (4, 9), (12, 20)]), inside((8, 13), [(0, 2), (4, 9), (12, 20)])
    (True, False)
    """
    index = bisect.bisect_right(spans, (span[0], sys.maxsize)) - 1
    return index >= 0 and spans[index][1] >= span[1]


def _clause_before(text: str, start: int, window: int = 60) -> list[str]:
    before = text[max(0, start - window) : start]
    parts = _CLAUSE_BREAK.split(before)
    return [w.lower() for w in _WORD.findall(parts[-1] if parts else "")][-6:]


def is_negated(text: str, start: int) -> bool:
    """Whether a negation comes shortly before *start* in the same clause.

    >>> text = "The results were not blinded."
    >>> is_negated(text, text.index("blinded"))
    True
    >>> text = "It was a blinded trial."
    >>> is_negated(text, text.index("blinded"))
    False
    """
    return any(w in _NEGATORS or w.endswith("n't") for w in _clause_before(text, start))


def is_hypothetical(text: str, start: int) -> bool:
    """Whether the words just before *start* make it about other or future studies."""
    return any(w in _OTHER_STUDIES for w in _clause_before(text, start, window=40)[-5:])
