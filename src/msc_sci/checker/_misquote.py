"""The misquote rule: quotations that change what a speaker said.

Each quotation in the text is matched to the registry with :func:`msc_sci.attribute`;
one whose verdict is *altered* (a hedge dropped, a claim strengthened, a word added)
is reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from msc_sci.checker._finding import Finding
from msc_sci.checker._rules import Context

__all__ = ["MIN_SCORE", "MIN_WORDS", "misquote"]

#: Quotations shorter than this many words are not compared (labels, ids, titles).
MIN_WORDS = 5
#: How close a quotation must be to a registry quote to be taken for it.
MIN_SCORE = 0.6


def misquote(ctx: Context) -> Iterator[Finding]:
    """Report quotations that :func:`msc_sci.attribute` finds altered."""
    from msc_sci._quotes import Verdict, attribute

    for start, end in ctx.quotes:
        if len(ctx.text[start:end].split()) < MIN_WORDS:
            continue
        result = attribute(ctx.text[start:end], ctx.refs)
        if result.verdict is not Verdict.ALTERED or result.quote is None:
            continue
        if result.score < MIN_SCORE:
            continue
        quote = result.quote
        changes = "; ".join(str(d) for d in result.differences if d.alters_meaning)
        speakers = " and ".join(str(s) for s in quote.speakers)
        yield Finding(
            kind="misquote",
            span=(start, end),
            message=f"the quotation alters what {speakers} said ({changes}); "
            f"original ({quote.source.id}): \u201c{quote.text}\u201d",
            quote=quote,
        )
