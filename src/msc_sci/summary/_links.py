"""Web addresses in a summary's sentences, which every rendering turns into links.

A sentence gives the study's DOI as a web address (a tweet ends with it, the reference
ends a summary). :func:`split_links` cuts a sentence into its words and its addresses, so
the HTML and Markdown renderings and the Sphinx directive link the same addresses.
"""

from __future__ import annotations

import re

__all__ = ["split_links"]

#: A web address: ``http`` or ``https``, up to a space, an angle bracket, a straight
#: double quote or a control character (none of which an address holds unescaped).
_URL = re.compile(r"https?://[^\s<>\"\x00-\x1f\x7f]+", re.IGNORECASE)
#: Marks that end a sentence or a quotation rather than the address before them.
_TRAILING = ".,;:!?'\u2019\u201d"
#: Closing brackets, which belong to the address only when it opened them.
_CLOSERS = {")": "(", "]": "["}


def split_links(text: str) -> list[tuple[str, bool]]:
    """Cut *text* into pieces, each ``(piece, True)`` for a web address, else ``False``.

    An address ends before the punctuation that follows it (a full stop, a comma, a
    closing quotation mark, a bracket it did not open); the pieces join up to *text*.

    >>> split_links("See https://doi.org/10.1/x (or https://a.org/w_(y)).")
    [('See ', False), ('https://doi.org/10.1/x', True), (' (or ', False), \
('https://a.org/w_(y)', True), (').', False)]
    """
    pieces: list[tuple[str, bool]] = []
    end = 0
    for match in _URL.finditer(text):
        url = _trimmed(match.group())
        if url.endswith("//"):
            continue  # nothing but punctuation after the scheme
        if match.start() > end:
            pieces.append((text[end : match.start()], False))
        pieces.append((url, True))
        end = match.start() + len(url)
    if end < len(text):
        pieces.append((text[end:], False))
    return pieces


def _trimmed(url: str) -> str:
    """Return *url* without the punctuation that ends the sentence around it."""
    while not url.endswith("//"):
        last = url[-1]
        if last in _TRAILING or (last in _CLOSERS and url.count(last) > url.count(_CLOSERS[last])):
            url = url[:-1]
        else:
            break
    return url
