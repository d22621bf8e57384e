"""Helpers to read exports back: the inverse of our LaTeX escapes, and input checks."""

from __future__ import annotations

import re
import unicodedata

from msc_sci import Work
from msc_sci._bibtex.latex import ESCAPES

_INVERSE = {latex: char for char, latex in ESCAPES.items()}
_TOKEN = re.compile(
    "|".join(re.escape(latex) for latex in sorted(_INVERSE, key=len, reverse=True))
    + r"|\{\}|[{}]|\\|[^{}\\]"
)


def decode(latex: str) -> str:
    """Return the text *latex* prints, failing on any backslash that is not an escape."""
    out = []
    for token in _TOKEN.findall(latex):
        if token in _INVERSE:
            out.append(_INVERSE[token])
        elif token == "\\":
            raise AssertionError(f"a LaTeX command that is not an escape: {latex!r}")
        elif token not in {"{}", "{", "}"}:
            out.append(token)
    return "".join(out)


def collapse(text: str) -> str:
    """Return *text* with whitespace runs made one space, as BibTeX reads it."""
    return " ".join(text.split())


def commands(latex: str) -> set[str]:
    r"""Return every ``\name`` command in *latex*."""
    return set(re.findall(r"\\[A-Za-z@]+|\\.", latex))


def strings(value: object) -> list[str]:
    """Return every string inside a CSL-JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def has_control(work: Work) -> bool:
    """Whether any text of *work* holds a control character line formats cannot carry."""
    return any(
        unicodedata.category(c) == "Cc" and not c.isspace()
        for text in strings(work.to_csl_json())
        for c in text
    )
