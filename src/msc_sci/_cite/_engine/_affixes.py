"""Cite prefixes and suffixes that meet the layout delimiter, as citeproc-js joins them.

A cite whose prefix starts with punctuation (``", cited in "``) takes the place of the
delimiter before it: ``Book A, cited in Book B``, not ``Book A; , cited in Book B``. After
a cite whose suffix ends with punctuation (``" is one source,"``), the delimiter keeps
only its spaces: ``... is one source, Jones``.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["join_cites"]

_PUNCTUATION = ",.;:!?"


def join_cites(cites: Sequence[tuple[str, str, str]], delimiter: str) -> str:
    """Join rendered cites, each ``(prefix, suffix, text)`` with *text* holding both.

    >>> join_cites([("", "", "A"), (", cited in ", "", ", cited in B")], "; ")
    'A, cited in B'
    >>> join_cites([("", " is one,", "A is one,"), ("", "", "B")], "; ")
    'A is one, B'
    >>> join_cites([("", "", "A"), ("see ", "", "see B")], "; ")
    'A; see B'
    """
    out = ""
    previous_suffix = ""
    for index, (prefix, suffix, text) in enumerate(cites):
        if index:
            if prefix[:1] in _PUNCTUATION and prefix:
                between = ""
            elif previous_suffix.rstrip()[-1:] in _PUNCTUATION and previous_suffix.strip():
                between = delimiter.lstrip(_PUNCTUATION)
            else:
                between = delimiter
            out += between
        out += text
        previous_suffix = suffix
    return out
