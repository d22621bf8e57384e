"""LaTeX: ``\\textit`` and friends; ``\\ { } $ & # ^ _ % ~`` in data are escaped."""

from __future__ import annotations

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats._walk import BLOCKS, render, unbreak

__all__ = ["NAME", "entry", "escape", "inline"]

NAME = "latex"
_WRAPS = {
    "i": (r"\textit{", "}"),
    "b": (r"\textbf{", "}"),
    "sc": (r"\textsc{", "}"),
    "u": (r"\underline{", "}"),
    "sup": (r"\textsuperscript{", "}"),
    "sub": (r"\textsubscript{", "}"),
    "normal": (r"\textup{", "}"),
    "nobold": (r"\textmd{", "}"),
    "nosc": (r"\textup{", "}"),
    "margin": ("", " "),
    **BLOCKS,
}
_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "^": r"\textasciicircum{}",
    "_": r"\_",
    "%": r"\%",
    "~": r"\textasciitilde{}",
    "\n": " ",
}
_TABLE = str.maketrans(_ESCAPES)


def escape(text: str) -> str:
    r"""Return *text* with every character special to LaTeX written as text.

    >>> print(escape("50% of #1 & {x}_y"))
    50\% of \#1 \& \{x\}\_y
    """
    return text.translate(_TABLE)


def entry(tree: Span) -> str:
    """Return one bibliography entry as LaTeX.

    >>> print(entry(Span("", ["100% & $5 ", Span("i", ["J"])])))
    100\\% \\& \\$5 \\textit{J}
    """
    return unbreak(render(tree, escape, _WRAPS))


def inline(tree: Span) -> str:
    """Return a citation as LaTeX.

    >>> print(inline(Span("", ["a_b"])))
    a\\_b
    """
    return unbreak(render(tree, escape, _WRAPS))
