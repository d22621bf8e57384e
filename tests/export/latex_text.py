"""Read back what ``msc_sci.export._latex.escape`` writes: the test's own inverse."""

from __future__ import annotations

import re

from msc_sci.export._latex import ESCAPES

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
