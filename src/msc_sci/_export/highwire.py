"""Highwire Press ``citation_*`` meta tags, as Google Scholar and Zotero read them.

One ``<meta>`` element per line: one ``citation_author`` per author, in order, then the
title, dates, journal, volume, pages, DOI and ISSN. Values are HTML-escaped and on one
line, for a page's ``<head>``.
"""

from __future__ import annotations

import html

from msc_sci._export._text import inverted_name, one_line
from msc_sci._export._url import web_url
from msc_sci._records import Date, Study, Work

__all__ = ["MEDIA_TYPE", "NAME", "SUFFIXES", "dumps", "tags"]

NAME = "highwire"
SUFFIXES = (".html", ".htm")
MEDIA_TYPE = "text/html"


def dumps(work: Work) -> str:
    """Return *work* as ``<meta name="citation_...">`` elements, one per line.

    Raises:
        ExportError: when a field holds a control character.

    .. versionadded:: 0.1.0

    >>> print(dumps(Work(id="x", title="<A & B>")))
    <meta name="citation_title" content="&lt;A &amp; B&gt;">
    <BLANKLINE>
    """
    return "".join(
        f'<meta name="{name}" content="{html.escape(value, quote=True)}">\n'
        for name, value in tags(work)
    )


def tags(work: Work) -> list[tuple[str, str]]:
    """Return the ``(name, content)`` pairs of *work*'s meta tags, unescaped.

    >>> import msc_sci
    >>> [v for k, v in tags(msc_sci.study()) if k == "citation_author"][:2]
    ['Honmou, Osamu', 'Yamashita, Toshihiko']
    """
    out: list[tuple[str, str]] = []

    def add(name: str, value: str | None, field: str) -> None:
        if value is not None:
            out.append((name, one_line(value, format=NAME, field=field)))

    add("citation_title", work.title, "title")
    for index, person in enumerate(work.authors):
        name = inverted_name(person)
        add("citation_author", name, f"author[{index}]")
    if work.issued is not None:
        add("citation_publication_date", _date(work.issued), "issued")
    if isinstance(work, Study) and work.online is not None:
        add("citation_online_date", _date(work.online), "online")
    container_tag = {
        "chapter": "citation_inbook_title",
        "paper-conference": "citation_conference_title",
    }.get(work.type, "citation_journal_title")
    add(container_tag, work.container_title, "container_title")
    add("citation_journal_abbrev", work.container_title_short, "container_title_short")
    add("citation_publisher", work.publisher, "publisher")
    for issn in work.issns:
        add("citation_issn", issn, "issn")
    add("citation_isbn", work.isbn, "isbn")
    add("citation_volume", work.volume, "volume")
    add("citation_issue", work.issue, "issue")
    if pages := work.page_range:
        add("citation_firstpage", pages[0], "page")
        add("citation_lastpage", pages[1], "page")
    else:
        add("citation_firstpage", work.page, "page")
    if work.type == "report":
        add("citation_technical_report_institution", work.publisher, "publisher")
        add("citation_technical_report_number", work.number, "number")
    add("citation_doi", work.doi, "doi")
    if work.url is not None:
        add("citation_abstract_html_url", web_url(work.url, format=NAME), "url")
    add("citation_language", work.language, "language")
    return out


def _date(date: Date) -> str:
    """Google Scholar's date form: ``2021/04/01``, ``2021/04`` or ``2021``."""
    if date.year is None:
        return date.literal or date.raw or ""
    return "/".join(f"{part:02d}" if index else str(part) for index, part in enumerate(date.parts))
