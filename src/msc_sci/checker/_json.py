"""The prose of a JSON document, with a map from its characters back to the document.

A JSON summary (``msc_sci.summarize(format="json")``) holds its sentences as string
values; read as plain text, the straight quotation marks of JSON's syntax would look like
quotations. :func:`json_prose` decodes the string values instead, one paragraph each, and
:class:`Positions` turns a span of that prose into the span of the same characters in
the document, escapes (``\\"``, ``\\n``, ``\\u00e9``) included.
"""

from __future__ import annotations

import bisect
import json
import re

__all__ = ["Positions", "json_prose"]

#: A string token of a valid JSON document (outside its strings, JSON has no ``"``),
#: with the colon after it when it is a key.
_STRING = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"(\s*:)?')
#: One escape; a surrogate pair written as two escapes is one character.
_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\."
)
#: What separates two string values in the prose: a paragraph break ends any sentence.
_BREAK = "\n\n"


class Positions:
    """Where the characters of the prose stand in the JSON document.

    The prose is cut into segments: a run of characters written as they are (one to one
    with the document), or one character written as an escape. The breaks between
    string values belong to no segment.
    """

    __slots__ = ("_document", "_ends", "_plain", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []  # where each segment starts in the prose
        self._ends: list[int] = []  # and ends
        self._document: list[tuple[int, int]] = []  # its span in the document
        self._plain: list[bool] = []  # whether it is a run of unescaped characters

    def add(self, prose: tuple[int, int], document: tuple[int, int], *, plain: bool) -> None:
        """Add the next segment: its *prose* span, *document* span, and whether *plain*."""
        self._starts.append(prose[0])
        self._ends.append(prose[1])
        self._document.append(document)
        self._plain.append(plain)

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Return the span of the document that the prose *span* was read from.

        >>> document = '{"a": "x\\\\ny"}'
        >>> prose, positions = json_prose(document)
        >>> start, end = positions.span((0, 3))
        >>> prose, document[start:end]
        ('x\\ny', 'x\\\\ny')
        """
        start, end = self._start(span[0]), self._end(span[1])
        return (start, max(end, start + 1))

    def _start(self, position: int) -> int:
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and position < self._ends[index]:
            offset = position - self._starts[index] if self._plain[index] else 0
            return self._document[index][0] + offset
        if index + 1 < len(self._starts):  # in a break: the next value's first character
            return self._document[index + 1][0]
        return self._document[-1][1]

    def _end(self, position: int) -> int:
        index = bisect.bisect_left(self._ends, position)
        if index < len(self._ends) and position > self._starts[index]:
            if not self._plain[index]:
                return self._document[index][1]
            return self._document[index][0] + position - self._starts[index]
        # In a break: the previous value's last character.
        return self._document[index - 1][1] if index > 0 else self._document[0][0]


def json_prose(text: str) -> tuple[str, Positions] | None:
    """Return the string values of the JSON document *text* as prose, and their positions.

    Each value is a paragraph of its own (keys are left out), so a sentence never runs
    from one value into the next. ``None`` when *text* is not a JSON object or array.

    >>> document = '{"title": "Stem cells", "lines": ["It \\\\"worked\\\\"."]}'
    >>> prose, positions = json_prose(document)
    >>> prose
    'Stem cells\\n\\nIt "worked".'
    >>> start, end = positions.span((prose.index('"'), len(prose)))
    >>> document[start:end]
    '\\\\"worked\\\\".'
    """
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return None
    parts: list[str] = []
    length = 0
    positions = Positions()
    for token in _STRING.finditer(text):
        if token.group(2) is not None or token.end(1) == token.start(1):
            continue  # a key, or an empty value
        if parts:
            parts.append(_BREAK)
            length += len(_BREAK)
        at = token.start(1)
        for escape in (*_ESCAPE.finditer(text, at, token.end(1)), None):
            stop = token.end(1) if escape is None else escape.start()
            if stop > at:
                parts.append(text[at:stop])
                positions.add((length, length + stop - at), (at, stop), plain=True)
                length += stop - at
            if escape is None:
                break
            char = json.loads(f'"{escape.group()}"')
            parts.append(char)
            positions.add((length, length + len(char)), escape.span(), plain=False)
            length += len(char)
            at = escape.end()
    return "".join(parts), positions
