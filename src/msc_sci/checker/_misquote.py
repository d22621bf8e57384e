"""The quotation rules: quotations that change what a speaker said, or name the wrong one.

Each quotation the text holds (:func:`msc_sci.find_quotes`, with its speaker) is matched
to the registry with :func:`msc_sci.attribute`, on its own words: a quotation inside
another is judged apart, with its own speaker, and cut out of the one that holds it.
One that attribute() calls *altered* (a hedge dropped, a claim strengthened, a word
added) is a ``misquote``; one given to a registry person or entity who did not say it is
a ``misattribution``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from msc_sci._records import Entity, Person
from msc_sci.checker._finding import Finding
from msc_sci.checker._rules import Context

__all__ = ["MIN_SCORE_UNATTRIBUTED", "MIN_WORDS", "misquote"]

#: Quotations shorter than this many words are not compared (labels, ids, titles).
MIN_WORDS = 5
#: How close a quotation nobody is said to have said (a scare quote, a phrase being
#: debunked) must be to a registry quote to be taken for it; an attributed quotation
#: needs only what :func:`msc_sci.attribute` needs.
MIN_SCORE_UNATTRIBUTED = 0.6
#: How far from its quotation a cue is looked for, in characters.
_CUE_REACH = 300


def misquote(ctx: Context) -> Iterator[Finding]:
    """Report altered and misattributed quotations."""
    from msc_sci._quotes import Verdict, attribute, find_quotes

    found = find_quotes(ctx.text, ctx.refs)
    for index, quote in enumerate(found):
        # The quotations nested in this one come right after it.
        inner = []
        for other in found[index + 1 :]:
            if not (other.nested and other.start >= quote.start and other.end <= quote.end):
                break
            inner.append((other.start - quote.start, other.end - quote.start))
        words = quote.raw
        for start, end in reversed(inner):
            words = words[: max(0, start - 1)] + " \u2026 " + words[end + 1 :]
        if len(words.split()) < MIN_WORDS:
            continue
        result = attribute(words, ctx.refs)
        registered = result.quote
        if registered is None:
            continue
        if quote.speaker is None and quote.cue is None and result.score < MIN_SCORE_UNATTRIBUTED:
            continue
        span = _with_marks(ctx.text, quote.start, quote.end)
        speakers = " and ".join(str(s) for s in registered.speakers)
        if result.verdict is Verdict.ALTERED:
            changes = "; ".join(str(d) for d in result.differences if d.alters_meaning)
            yield Finding(
                kind="misquote",
                span=span,
                message=f"the quotation alters what {speakers} said"
                + (f" ({changes})" if changes else " (a known altered printing)")
                + f"; original ({registered.source.id}): \u201c{registered.text}\u201d",
                quote=registered,
            )
        named = quote.speakers or (() if quote.speaker is None else (quote.speaker,))
        if not named and quote.cue:
            named = _cue_speaker(ctx, quote.cue)
        wrong = [
            who
            for who in named
            if isinstance(who, Person | Entity) and who not in registered.speakers
        ]
        if wrong:
            given = " and ".join(str(who) for who in wrong)
            yield Finding(
                kind="misattribution",
                span=_cue_span(ctx.text, quote.start, quote.end, quote.cue) or span,
                message=f"the quotation is given to {given}, but {speakers} said it "
                f"({registered.source.id})",
                quote=registered,
            )


_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019')


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Return *start*:*end* widened to the quotation marks around it."""
    if start > 0 and text[start - 1] in _MARKS:
        start -= 1
    if end < len(text) and text[end] in _MARKS:
        end += 1
    return (start, end)


#: The subject of a cue the finder leaves without a speaker ("As the paper put it").
_CUE_SUBJECT = re.compile(
    r"^(?:as|in)?\s*(?P<who>[\w .'\u2019-]+?)\s+(?:put\s+it|puts\s+it|had\s+it|has\s+it"
    r"|said|says|wrote|writes|noted|notes|stated|states)\b",
    re.IGNORECASE,
)


def _cue_speaker(ctx: Context, cue: str) -> tuple[Person | Entity, ...]:
    """Return the registry speaker a cue names, when the finder gave none."""
    from msc_sci._quotes import speaker_named

    match = _CUE_SUBJECT.match(cue.strip())
    if match is None:
        return ()
    who = speaker_named(ctx.refs, match.group("who"))
    return () if who is None else (who,)


def _cue_span(text: str, start: int, end: int, cue: str | None) -> tuple[int, int] | None:
    """Return where *cue* stands nearest to the quotation at ``start:end``, if found."""
    if not cue:
        return None
    pattern = re.compile(r"\s+".join(re.escape(part) for part in cue.split()))
    best: tuple[int, int] | None = None
    low, high = max(0, start - _CUE_REACH), min(len(text), end + _CUE_REACH)
    for match in pattern.finditer(text, low, high):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < abs(best[0] - start):
            best = (match.start(), match.end())
    return best
