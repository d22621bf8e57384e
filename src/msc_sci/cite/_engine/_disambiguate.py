"""Year suffixes: ``Smith 2020a``, ``Smith 2020b`` for cites that would look the same.

With ``disambiguate-add-year-suffix="true"``, items whose first citations render alike
get ``a``, ``b``, ... in bibliography order, as the ``year-suffix`` variable. A style
that never prints ``year-suffix`` gets it after the year of ``issued`` (citeproc-js's
implicit year suffix).
"""

from __future__ import annotations

import string
import threading
from typing import Any

from citeproc import Citation
from citeproc.string import String

from msc_sci.cite._engine._rich import plain

__all__ = ["SUFFIX_KEY", "add_year_suffixes", "sorting", "suffix_letters"]

#: Where an implicit suffix is kept on an ``issued`` date for :class:`Date_Part`.
SUFFIX_KEY = "msc_sci_year_suffix"


class _Sorting(threading.local):
    """Whether sort keys are being rendered (they never carry a year suffix)."""

    active = False


#: Set while :class:`~._layout.Sort` renders keys, per thread.
sorting = _Sorting()


def suffix_letters(number: int) -> str:
    """Return the *number*-th year suffix (0 → ``a``, 25 → ``z``, 26 → ``aa``).

    >>> [suffix_letters(n) for n in (0, 1, 25, 26, 27)]
    ['a', 'b', 'z', 'aa', 'ab']
    """
    letters = string.ascii_lowercase
    if number < 26:
        return letters[number]
    return letters[number // 26 - 1] + letters[number % 26]


def add_year_suffixes(bibliography: Any, make_item: Any) -> None:
    """Give alike items their year suffixes, in the bibliography's order."""
    root = bibliography.style.root
    citation = root.citation
    if citation is None or citation.get("disambiguate-add-year-suffix") != "true":
        return
    cites = bibliography._cites
    seen = len(cites)
    groups: dict[str, list[str]] = {}
    for key in bibliography.keys:
        probe = Citation([make_item(key)])
        probe.bibliography = bibliography
        rendered = bibliography.cite(probe, lambda item: None)
        del cites[seen:]  # looking is not citing: positions stay "first"
        groups.setdefault(plain(str(rendered)), []).append(key)
    explicit = bool(root.xpath_search(".//cs:text[@variable='year-suffix']"))
    for keys in groups.values():
        if len(keys) < 2:
            continue
        for number, key in enumerate(keys):
            reference = bibliography.source[key]
            suffix = String(suffix_letters(number))
            reference["year_suffix"] = suffix
            issued = reference.get("issued")
            if not explicit and issued is not None and hasattr(issued, "__setitem__"):
                dict.__setitem__(issued, SUFFIX_KEY, suffix)
