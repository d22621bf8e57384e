"""Split English prose into sentences: the one splitter of the checker, quotes and summaries.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotation marks or brackets
after it) followed by whitespace and a word that does not start in lower case, unless the
mark ends an abbreviation or an initial ("Dr.", "et al.", "e.g.", "Stephen G. Waxman",
"U.S.", "Feb. 18"). A mark inside a number ("3.5") ends nothing; one before a number or
a symbol (">50%") does. A paragraph break (a blank line) always ends a sentence, and so
does a line break before a heading or a list item, and the end of an HTML block
(``</p>``, ``</li>``, ``<br>``); other line breaks are spaces.
"""

from __future__ import annotations

import re

__all__ = ["SENTENCE_END", "sentence_spans", "sentences"]

#: Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = [
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Mx",
    "Prof",
    "St",
    "Jr",
    "Sr",
    "Drs",
    "Profs",
    "Rev",
    "Gen",
    "Gov",
    "Sen",
    "Rep",
    "Mt",
    "Fig",
    "Figs",
    "Vol",
    "No",
    "Nos",
    "vs",
    "al",
    "approx",
    "ca",
    "cf",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Univ",
    "Dept",
    "Inst",
]
#: Dotted abbreviations whose last letter is lower case ("e.g.", "i.e.").
_DOTTED = ("e.g", "i.e", "a.m", "p.m")
_CLOSERS = "\"'\u201d\u2019\u00bb)\\]"

#: The end of a sentence, as a fragment of a regular expression: the end mark and any
#: closing quotation marks or brackets after it, before whitespace or the end of the text.
SENTENCE_END = (
    r"(?<!\b[A-Z])"
    + "".join(rf"(?<!\b{word})" for word in _ABBREVIATIONS)
    + "".join(rf"(?<!\b{re.escape(word)})" for word in _DOTTED)
    + rf"[.!?]+[{_CLOSERS}]*(?=\s|$)(?!\s+[a-z])"
)
_END = re.compile(SENTENCE_END)
#: A paragraph break, a line break before a heading, list item or table row, the line
#: break after a heading (group ``h``), or the end of an HTML block (``</p>``, ``<br>``).
_BLOCK = re.compile(
    r"\n[ \t\r\f\v]*\n\s*|\n(?=[ \t]*(?:[#>|*+-]|\d+[.)])\s)"
    r"|(?m:^[ \t]*#{1,6}[ \t][^\n]*)(?P<h>\n)"
    r"|(?i:</(?:p|li|h[1-6]|section|div|blockquote|dd|dt|td|th|tr|ul|ol)\s*>|<br\s*/?>)"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence of *text*, surrounding whitespace left out.

    Linear in the length of *text*.

    >>> text = "Dr. Ruiz met Stephen G. Waxman. It worked!"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Dr. Ruiz met Stephen G. Waxman.', 'It worked!']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for block in (*_BLOCK.finditer(text), None):
        stop = len(text) if block is None else block.start("h" if block.group("h") else 0)
        position = start
        for end in _END.finditer(text, start, stop):
            _add(text, spans, position, end.end())
            position = end.end()
        _add(text, spans, position, stop)
        if block is not None:
            start = block.end()
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def sentences(text: str) -> list[str]:
    """Return the sentences of *text*.

    >>> sentences('"It may help." More than half improved. >50% walked better.')
    ['"It may help."', 'More than half improved.', '>50% walked better.']
    >>> sentences("Honmou et al. report 3.5 times more.\\n\\nA new paragraph")
    ['Honmou et al. report 3.5 times more.', 'A new paragraph']
    """
    return [text[start:end] for start, end in sentence_spans(text)]
