"""Which URLs in records become links, and how each output format writes one safely.

Only ``http``, ``https`` and ``ftp`` URLs (DOIs become ``https://doi.org/`` ones) are
linked.
A linked URL is percent-encoded first (:func:`link_target`), so that no character of it
can end the link or start markup in any format: no quote, angle bracket, backtick,
brace, backslash, parenthesis or space is left.
Then each format escapes what is still special to it (:func:`html_href`,
:func:`markdown_link`, :func:`rst_link`, :func:`latex_link`).
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

__all__ = [
    "LINKED_SCHEMES",
    "html_href",
    "latex_link",
    "link_target",
    "markdown_link",
    "rst_link",
]

#: The URL schemes that are ever written as links.
LINKED_SCHEMES = ("http", "https", "ftp")
_LINKABLE = re.compile(r"(?:https?|ftp)://[^\s/?#]", re.IGNORECASE)
# RFC 3986 characters that mean nothing in any output format, plus "%" (escapes kept).
_KEPT = "-._~:/?#[]@!&*+,;=%"


def link_target(url: str) -> str | None:
    """Return *url* percent-encoded for a link, or ``None`` when it must not be linked.

    >>> link_target('http://x/"><script>')
    'http://x/%22%3E%3Cscript%3E'
    >>> link_target("javascript:alert(1)") is None
    True
    """
    if not _LINKABLE.match(url):
        return None
    return quote(url, safe=_KEPT)


def html_href(url: str, text: str) -> str:
    """Return an HTML link to *url* around the already escaped *text*, or just *text*.

    >>> html_href("https://a.org/?x=1&y=2", "a")
    '<a href="https://a.org/?x=1&amp;y=2">a</a>'
    """
    target = link_target(url)
    if target is None or not text:
        return text
    return f'<a href="{html.escape(target, quote=True)}">{text}</a>'


def markdown_link(url: str, text: str) -> str:
    """Return a Markdown link to *url* around the already escaped *text*, or just *text*.

    >>> markdown_link("https://a.org/a(b)", "a")
    '[a](https://a.org/a%28b%29)'
    """
    target = link_target(url)
    if target is None or not text:
        return text
    return f"[{text}]({target})"


def rst_link(url: str, text: str) -> str:
    """Return an anonymous reStructuredText link to *url* around escaped *text*, or *text*.

    A final ``_`` is escaped, or docutils would read a reference name.

    >>> rst_link("https://a.org/x_", "a")
    '`a <https://a.org/x\\\\_>`__'
    """
    target = link_target(url)
    if target is None or not text:
        return text
    if target.endswith("_"):
        target = target[:-1] + "\\_"
    return f"`{text} <{target}>`__"


def latex_link(url: str, text: str, *, shown: bool) -> str:
    r"""Return a hyperref link to *url* around escaped *text*, or just *text*.

    With *shown* (the text is the URL itself) the link is ``\url{...}``.
    ``%`` and ``#`` are escaped as hyperref asks, so the link survives inside another
    command's argument too.

    >>> print(latex_link("https://a.org/100%25#x", "a", shown=False))
    \href{https://a.org/100\%25\#x}{a}
    """
    target = link_target(url)
    if target is None or not text:
        return text
    target = target.replace("%", "\\%").replace("#", "\\#")
    return f"\\url{{{target}}}" if shown else f"\\href{{{target}}}{{{text}}}"
