"""The misquote rule: quotations that change what a speaker said."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterator

from msc_sci._records import Quote
from msc_sci.checker._finding import Finding
from msc_sci.checker._rules import Context

__all__ = ["misquote", "normalize"]

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize(text: str) -> str:
    """Reduce quoted words to lower-case words, for comparison.

    >>> normalize("“Now we have a [hint](#), in humans,”")
    'now we have a hint in humans'
    """
    text = _LINK.sub(r"\1", html.unescape(text)).replace("\u2019", "'").lower()
    return _NON_WORD.sub(" ", text.replace("'", "")).strip()


def misquote(ctx: Context) -> Iterator[Finding]:
    """Report quotations that match an altered variant, or nearly match a recorded quote."""
    for start, end in ctx.quotes:
        said = normalize(ctx.text[start:end])
        if len(said.split()) < 4:
            continue
        found = _altered(said, ctx.refs.quotes)
        if found is None:
            continue
        quote, how = found
        yield Finding(
            kind="misquote",
            span=(start, end),
            message=f"the quotation differs from what {' and '.join(map(str, quote.speakers))} "
            f"said ({quote.source.id}: \u201c{quote.text}\u201d): {how}",
            quote=quote,
        )


def _altered(said: str, quotes: tuple[Quote, ...]) -> tuple[Quote, str] | None:
    best: tuple[float, Quote] | None = None
    for quote in quotes:
        original = normalize(quote.text)
        if said in original or original in said:
            return None
        for variant in quote.variants:
            if normalize(variant.text) == said:
                if not variant.altered:
                    return None
                return quote, "; ".join(variant.differences)
        ratio = difflib.SequenceMatcher(None, said, original, autojunk=False).ratio()
        if best is None or ratio > best[0]:
            best = (ratio, quote)
    if best is not None and best[0] >= 0.8:
        return best[1], "the words differ from the original"
    return None
