"""Normalise quoted text: the same words whatever the quote marks, links and spacing."""

from __future__ import annotations

import operator
import re

from msc_sci._sentences import SENTENCE_END

__all__ = ["SENTENCE_END", "plain", "word_set", "words"]


def word_set(text: str) -> frozenset[str]:
    """Return the set of the space-separated words of *text* (for word lists).

    >>> sorted(word_set("may might  could"))
    ['could', 'may', 'might']
    """
    return frozenset(text.split())


#: Curly, angled and low quotation marks folded to their straight forms.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
    }
)
#: A markdown link or image: keep the text, drop the target.
_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\s]*\)")
#: A paragraph break inside a quote, with the quote mark that reopens it.
_link_text = operator.itemgetter(1)
_REOPEN = re.compile(r"\s*\n[ \t\r\f\v]*\n\s*[\"\u201c\u201e\u00ab]?")
_EMPHASIS = re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")
_WORD = re.compile(r"\w+(?:'\w+)*")


def plain(raw: str) -> str:
    """Return the words of a quotation as a reader sees them.

    Markdown links become their text, emphasis marks go, a paragraph break and the
    quote mark that reopens the next paragraph become one space, runs of whitespace
    become one space, and a trailing comma (news style, before the attribution) goes.

    >>> plain("stem [cells](#) help,")
    'stem cells help'
    >>> plain("first part.\\n\\n\\u201csecond part.")
    'first part. second part.'
    """
    text = _LINK.sub(_link_text, raw) if "](" in raw else raw
    if "\n" in text:
        text = _REOPEN.sub(" ", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    text = " ".join(text.split())
    return text[:-1].rstrip() if text.endswith(",") else text


def words(text: str) -> list[str]:
    """Return the lower-case words of *text*, apostrophes folded, punctuation dropped.

    >>> words("The patient\\u2019s own  [stem cells](#),")
    ['the', "patient's", 'own', 'stem', 'cells']
    """
    return _WORD.findall(plain(text).translate(_FOLD).lower())
