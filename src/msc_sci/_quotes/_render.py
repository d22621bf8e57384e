"""Print a registry quote with its attribution: news, academic, markdown or HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from msc_sci._errors import StyleError, UnknownFormatError
from msc_sci._records import Entity, Person, Quote, QuoteKind
from msc_sci._records.quote import install_attribution

__all__ = ["STYLES", "attributed"]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _describe(speaker: Person | Entity) -> str:
    """Return the speaker's name with their title at the time, if the registry has it."""
    if isinstance(speaker, Entity):
        return speaker.name
    if speaker.affiliations:
        return f"{speaker}, {speaker.affiliations[-1]}"
    return str(speaker)


def _speakers(quote: Quote) -> str:
    if len(quote.speakers) == 1 and quote.title and isinstance(quote.speaker, Person):
        return f"{quote.speaker}, {quote.title}"
    described = [_describe(s) for s in quote.speakers]
    if len(described) == 1:
        return described[0]
    return ", ".join(described[:-1]) + ", and " + described[-1]


def _date(quote: Quote) -> str | None:
    date = quote.source.date
    if date is None or date.month is None:
        return None if date is None else str(date.year)
    month = _MONTHS[date.month - 1]
    return f"{date.day} {month} {date.year}" if date.day else f"{month} {date.year}"


def _where(quote: Quote) -> list[str]:
    """Return the source's outlet and date, those it has."""
    return [part for part in (quote.source.outlet, _date(quote)) if part]


def _news(quote: Quote, citation_style: str) -> str:
    text = quote.text.strip()
    if quote.kind is QuoteKind.INDIRECT:
        return f"According to {_speakers(quote)}, {text.rstrip('.')}."
    if text.endswith("."):
        text = text[:-1] + ","
    elif not text.endswith(("?", "!", ",")):
        text += ","
    return f"\u201c{text}\u201d said {_speakers(quote)}."


def _markdown(quote: Quote, citation_style: str) -> str:
    def esc(value: str) -> str:
        return _MARKDOWN_SPECIAL.sub(r"\\\1", value)

    title = esc(quote.source.title)
    source = f"[{title}]({quote.source.url})" if quote.source.url else f"*{title}*"
    where = "".join(f", {esc(part)}" for part in _where(quote))
    return f"> {esc(quote.text)}\n>\n> \u2014 {esc(_speakers(quote))}, in {source}{where}"


def _html(quote: Quote, citation_style: str) -> str:
    def esc(value: str) -> str:
        return html.escape(value, quote=True)

    cite = f' cite="{esc(quote.source.url)}"' if quote.source.url else ""
    where = "".join(f", {esc(part)}" for part in _where(quote))
    return (
        f"<blockquote{cite}><p>{esc(quote.text)}</p>"
        f"<footer>\u2014 <cite>{esc(_speakers(quote))}</cite>, "
        f"{esc(quote.source.title)}{where}</footer></blockquote>"
    )


def _academic(quote: Quote, citation_style: str) -> str:
    from msc_sci import _cite

    style_class = getattr(_cite, "Style", None)
    if style_class is None:
        raise StyleError(
            "the academic quote style cites its source with msc_sci.Style, "
            "which this installation of msc_sci lacks; use news, markdown or html",
            style=citation_style,
        )
    style = style_class(citation_style)
    work = quote.source.work
    citation = style.citation([work], format="text")
    entry = style.bibliography([work], format="text")[0]
    text = quote.text.rstrip(".")
    lead = _speakers(quote)
    if quote.kind is QuoteKind.INDIRECT:
        return f"According to {lead}, {text} {citation}.\n\n{entry}"
    said = f"{lead}, said:" if "," in lead else f"{lead[:1].upper()}{lead[1:]} said:"
    return f"{said} \u201c{text}\u201d {citation}.\n\n{entry}"


#: Style name -> function that prints a quote in it.
STYLES: dict[str, Callable[[Quote, str], str]] = {
    "news": _news,
    "academic": _academic,
    "markdown": _markdown,
    "html": _html,
}


def attributed(quote: Quote, style: str = "news", citation_style: str = "apa") -> str:
    """Return *quote* with its attribution in *style*: news, academic, markdown or html.

    Args:
        quote: A registry quote.
        style: ``"news"`` ("…," said Name, title.), ``"academic"`` (the quote, an in-text
            citation of its source and the source's bibliography entry), ``"markdown"``
            (a block quote) or ``"html"`` (an escaped ``<blockquote>``).
        citation_style: The citation style of the academic style.

    Raises:
        UnknownFormatError: for a style other than those four.

    >>> from msc_sci import load_references
    >>> print(attributed(load_references().quote("waxman-hint")))
    “Now we have a hint, in humans, that it may be possible,” said Stephen G. Waxman, \
professor of neurology, neuroscience and pharmacology at Yale University.
    """
    render = STYLES.get(style)
    if render is None:
        raise UnknownFormatError(style, known=STYLES, kind="quote style")
    return render(quote, citation_style)


install_attribution(attributed)
