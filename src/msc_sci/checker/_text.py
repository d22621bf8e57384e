"""Text helpers for the rules: sentences, quoted spans, and the scope of error-like words.

Whether a text asserts the words a rule matched is decided ConText-style (Harkema et
al. 2009; Chapman et al. 2001 for NegEx): a *trigger* term opens a scope, forward
("not", "rather than", "whether", "claimed") or backward ("..., which is wrong", "...
would be the next step"), over the words of its clause; the scope ends at a
*termination* term (a clause break, "but", "however", another trigger's contrast) or
after a few words. Words in the scope of a trigger are negated, hypothetical (about a
condition, a question, or other and future studies) or reported (said by someone else,
to be corrected); words inside quotation marks are quoted. The terms are generic English
and live here; ``benchmarks/scope_eval.py`` measures them against medspaCy's ConText and
negspacy's NegEx on the labelled set.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from msc_sci._sentences import sentence_spans as _spans

__all__ = [
    "Scopes",
    "inside",
    "is_hypothetical",
    "is_negated",
    "quoted_spans",
    "scope",
    "sentence_spans",
]

_I = re.IGNORECASE
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,}?)[\"\u201d]")
_WORD = re.compile(r"[\w'\u2019-]+")


@dataclass(frozen=True, slots=True)
class _Trigger:
    """Trigger terms of one scope and direction, with how far their scope reaches."""

    scope: str
    pattern: re.Pattern[str]
    words: int  # how many words the scope reaches
    commas: bool  # whether a comma ends the scope


def _terms(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(alternatives) + r")(?![\w'\u2019-])", _I)


#: Forward triggers: the words after them, in their clause, are in their scope.
_FORWARD = (
    _Trigger(
        "negated",
        _terms(
            "not",
            "no",
            "never",
            "without",
            "neither",
            "nor",
            "none",
            "nothing",
            "cannot",
            r"\w+n['\u2019]t",
            "lack(?:s|ed|ing)?",
            "absence",
            r"free\s+from",
            r"far\s+from",
            r"ruled?\s+out",
        ),
        words=8,
        commas=False,
    ),
    _Trigger("negated", _terms(r"none\s+of", "nobody", r"no\s+one", "neither"), 25, False),
    _Trigger(
        "negated",
        _terms(
            r"rather\s+than", r"instead\s+of", r"in\s+place\s+of", "unlike", r"as\s+opposed\s+to"
        ),
        words=8,
        commas=True,
    ),
    _Trigger(
        "hypothetical",
        _terms("whether", "if", "unless", "would", "might", "may", "should", r"only\s+an?"),
        words=8,
        commas=False,
    ),
    _Trigger(
        "hypothetical",
        _terms(
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
        ),
        words=4,
        commas=True,
    ),
    _Trigger("hypothetical", _terms("elsewhere", r"other\s+(?:studies|trials|teams)"), 12, False),
    _Trigger(
        "reported",
        _terms(
            r"claim(?:s|ed|ing)?",
            "alleged(?:ly)?",
            r"(?:headlines?|outlets?|posts?|reports|articles?|stories|blogs?|rumou?rs?|coverage)"
            r"(?:\s+[\w'\u2019-]+)?\s+(?:said|say|says|wrote|write|called|described|spoke\s+of"
            r"|suggested|told|had)",
            r"talk\s+of",
        ),
        words=30,
        commas=False,
    ),
)
#: Backward triggers: the words before them, in their clause, are in their scope.
_BACKWARD = (
    _Trigger(
        "negated",
        _terms(
            r"(?:is|was|are|were)\s+(?:wrong|false|incorrect|untrue|mistaken|not\s+true)",
            r"which\s+is\s+(?:wrong|false|incorrect|untrue)",
        ),
        words=20,
        commas=False,
    ),
    _Trigger(
        "hypothetical",
        _terms(
            "would",
            r"could\s+(?:show|tell|prove)",
            r"(?:is|are|will\s+be|would\s+be)\s+needed",
            r"go(?:es)?\s+too\s+far",
        ),
        words=6,
        commas=False,
    ),
    _Trigger(
        "reported",
        _terms(
            r"as\s+(?:one|some|an?|several|many|the)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:claimed|said|reported|wrote|suggested|put\s+it)",
            r"go(?:es)?\s+further\s+than",
        ),
        words=20,
        commas=False,
    ),
)
#: Termination terms: a scope does not reach across them.
_TERMINATION = re.compile(
    r"[;:.!?\u2014\n]|\s[\u2013-]\s|"
    r"(?<![\w'\u2019-])(?:but|however|although|though|whereas|while|instead)(?![\w'\u2019-])|,\s*yet\b"
    r"|\band\s+(?:the|it|they|he|she|we|its|their|this|these|those)\b",
    _I,
)
#: A verb of speech ends a backward scope: in "X, the first author, said more studies are
#: needed" what was said is one clause and who said it another (not so a parenthetical
#: "A blinded trial, experts said, would be next").
_SPEECH = re.compile(
    r"(?<![\w'\u2019-])(?:said|says|say|told|tells|added|adds|noted|notes|explained|explains"
    r"|stressed|stresses|warned|warns|wrote|writes)(?![\w'\u2019-])(?!\s*,)",
    _I,
)
#: How far (in characters) to look for triggers around a match: keeps checking linear.
_REACH = 240


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence of *text* (see :mod:`msc_sci._sentences`)."""
    yield from _spans(text)


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


def _between(text: str, start: int, end: int, trigger: _Trigger, *, backward: bool = False) -> bool:
    """Whether the words from *start* to *end* stay in the scope of *trigger*."""
    gap = text[start:end]
    if _TERMINATION.search(gap) or (trigger.commas and "," in gap):
        return False
    if backward and _SPEECH.search(gap):
        return False
    return len(_WORD.findall(gap)) <= trigger.words


def scope(text: str, span: tuple[int, int], bounds: tuple[int, int] | None = None) -> str | None:
    """Return the scope the words at *span* stand in, or ``None`` when *text* asserts them.

    *bounds* is the sentence holding *span* (default: all of *text*); quotation marks
    are for :class:`Scopes`.

    >>> text = "Rather than a randomised trial, this was a case series."
    >>> scope(text, (14, 24)), scope(text, (43, 54))
    ('negated', None)
    >>> text = "A blinded trial would be the next step."
    >>> scope(text, (2, 9))
    'hypothetical'
    """
    first, last = bounds if bounds is not None else (0, len(text))
    start, end = span
    low = max(first, start - _REACH)
    for trigger in _FORWARD:
        for match in trigger.pattern.finditer(text, low, start):
            if match.end() <= start and _between(text, match.end(), start, trigger):
                return trigger.scope
    high = min(last, end + _REACH)
    for trigger in _BACKWARD:
        after = trigger.pattern.search(text, end, high)
        if after is not None and _between(text, end, after.start(), trigger, backward=True):
            return trigger.scope
    return None


class Scopes:
    """The scope of any span of one text: its sentences and quotations worked out once."""

    __slots__ = ("_sentences", "_starts", "quotes", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = quoted_spans(text)
        self._sentences = list(_spans(text))
        self._starts = [start for start, _ in self._sentences]

    def sentences(self) -> list[tuple[int, int]]:
        """Return ``(start, end)`` of each sentence."""
        return self._sentences

    def sentence(self, position: int) -> tuple[int, int]:
        """Return ``(start, end)`` of the sentence holding *position*."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index < 0:
            return (0, len(self.text))
        start, end = self._sentences[index]
        return (start, max(end, position))

    def of(self, span: tuple[int, int]) -> str | None:
        """Return ``"quoted"``, another scope, or ``None`` when the text asserts *span*."""
        if inside(span, self.quotes):
            return "quoted"
        start, end = self.sentence(span[0])
        if self.text[start:end].rstrip("\"'\u201d\u2019)] ").endswith("?"):
            return "hypothetical"  # a question asserts nothing
        return scope(self.text, span, (start, end))


def is_negated(text: str, start: int) -> bool:
    """Whether a negation comes shortly before *start* in the same clause.

    >>> text = "The results were not blinded."
    >>> is_negated(text, text.index("blinded"))
    True
    >>> text = "It was a blinded trial."
    >>> is_negated(text, text.index("blinded"))
    False
    """
    return scope(text, (start, start), (0, start)) == "negated"


def is_hypothetical(text: str, start: int) -> bool:
    """Whether the words just before *start* make it about other or future studies."""
    return scope(text, (start, start), (0, start)) == "hypothetical"
