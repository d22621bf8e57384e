"""COinS: an OpenURL ContextObject (Z39.88-2004) in an HTML ``<span>``, read by Zotero.

The key-value pairs are percent-encoded and the ``title`` attribute HTML-escaped, so any
text, control characters included, survives the trip.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from urllib.parse import quote

from msc_sci._export._text import inverted_name
from msc_sci._export._url import web_url
from msc_sci._records import Work

__all__ = ["MEDIA_TYPE", "NAME", "SUFFIXES", "context_object", "dumps", "dumps_all"]

NAME = "coins"
SUFFIXES = ()
MEDIA_TYPE = "text/html"

_JOURNAL = "info:ofi/fmt:kev:mtx:journal"
_BOOK = "info:ofi/fmt:kev:mtx:book"
_DC = "info:ofi/fmt:kev:mtx:dc"
_GENRES = {
    "article-journal": (_JOURNAL, "article"),
    "article-magazine": (_JOURNAL, "article"),
    "article-newspaper": (_JOURNAL, "article"),
    "paper-conference": (_BOOK, "proceeding"),
    "book": (_BOOK, "book"),
    "chapter": (_BOOK, "bookitem"),
    "report": (_BOOK, "report"),
}


def dumps(work: Work) -> str:
    """Return *work* as a COinS ``<span class="Z3988">``.

    .. versionadded:: 0.1.0

    >>> dumps(Work(id="x", type="book", title="A & B"))[:60]
    '<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft_val_f'
    """
    query = "&".join(
        f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in context_object(work)
    )
    return f'<span class="Z3988" title="{html.escape(query, quote=True)}"></span>\n'


def context_object(work: Work) -> list[tuple[str, str]]:
    """Return the ContextObject's key-value pairs, unencoded, in order.

    >>> import msc_sci
    >>> dict(context_object(msc_sci.study()))["rft.jtitle"]
    'Clinical Neurology and Neurosurgery'
    """
    fmt, genre = _GENRES.get(work.type, (_DC, ""))
    pairs = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", fmt)]
    if work.doi is not None:
        pairs.append(("rft_id", f"info:doi/{work.doi}"))
    if work.url is not None:
        pairs.append(("rft_id", web_url(work.url, format=NAME)))

    def add(key: str, value: str | None) -> None:
        if value is not None:
            pairs.append((key, value))

    if fmt == _DC:
        add("rft.title", work.title)
        for person in work.authors:
            add("rft.creator", str(person))
        if work.issued is not None:
            add("rft.date", _date(work))
        add("rft.publisher", work.publisher)
        add("rft.type", work.type)
        add("rft.language", work.language)
        return pairs
    add("rft.genre", genre)
    if fmt == _JOURNAL:
        add("rft.atitle", work.title)
        add("rft.jtitle", work.container_title)
        add("rft.stitle", work.container_title_short)
    elif genre in {"bookitem", "proceeding"}:
        add("rft.atitle", work.title)
        add("rft.btitle", work.container_title)
    else:
        add("rft.btitle", work.title)
        add("rft.series", work.collection_title)
    if work.authors:
        first = work.authors[0]
        if first.family is not None:
            family = " ".join(
                p for p in (first.dropping_particle, first.non_dropping_particle, first.family) if p
            )
            add("rft.aulast", family)
            add("rft.aufirst", first.given)
            add("rft.ausuffix", first.suffix)
        else:
            add("rft.aucorp", str(first))
    for person in work.authors:
        add("rft.au", inverted_name(person))
    if work.issued is not None:
        add("rft.date", _date(work))
    add("rft.volume", work.volume)
    add("rft.issue", work.issue)
    if pages := work.page_range:
        add("rft.spage", pages[0])
        add("rft.epage", pages[1])
    else:
        add("rft.spage", work.page)
    add("rft.artnum", work.number)
    add("rft.issn", work.issns[0] if work.issns else None)
    add("rft.isbn", work.isbn)
    add("rft.pub", work.publisher)
    add("rft.place", work.publisher_place)
    add("rft.edition", work.edition)
    add("rft.language", work.language)
    return pairs


def _date(work: Work) -> str:
    date = work.issued
    assert date is not None
    if date.year is None:
        return date.literal or date.raw or ""
    return str(date).split("/")[0]


def dumps_all(works: Iterable[Work]) -> str:
    """Return one COinS span per work, one per line."""
    return "".join(dumps(work) for work in works)
