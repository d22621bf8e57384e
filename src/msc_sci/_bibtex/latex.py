"""Escape text for BibTeX and LaTeX, so that any string is printed as itself.

Only a fixed set of escapes is ever written, braces are always balanced, and a
backslash in the input becomes ``{\\textbackslash}``: no input can smuggle a LaTeX
command (``\\input``, ``\\write18``) into a ``.bib`` file.
"""

from __future__ import annotations

import re
import unicodedata
from typing import cast

from msc_sci._errors import ExportError

__all__ = ["ESCAPES", "escape", "protect_case"]

#: Every LaTeX-special character and what is written for it.
ESCAPES: dict[str, str] = {
    "\\": "{\\textbackslash}",
    "{": "{\\textbraceleft}",
    "}": "{\\textbraceright}",
    "%": "\\%",
    "&": "\\&",
    "$": "\\$",
    "#": "\\#",
    "_": "\\_",
    "^": "{\\textasciicircum}",
    "~": "{\\textasciitilde}",
}

# Pairs TeX fonts turn into one glyph ("--" into an en dash, "``" into a quote mark).
_LIGATURES = frozenset({"--", "``", "''", "<<", ">>", ",,", "?`", "!`"})
_SPACE = re.compile(r"\s+")


def escape(text: str, *, ascii_only: bool = False, field: str = "") -> str:
    r"""Return *text* as BibTeX field content that LaTeX prints as *text*.

    Runs of whitespace (newlines, tabs) become one space, as in BibTeX itself.

    Args:
        text: Plain Unicode text.
        ascii_only: Write non-ASCII characters as LaTeX accents and commands
            (``{\'e}``) instead of UTF-8.
        field: The field's name, for error messages.

    Raises:
        ExportError: when *text* holds a control character, or, with *ascii_only*, a
            character that has no LaTeX spelling.

    >>> print(escape("100% of {MSCs} cost $5 \\input"))
    100\% of {\textbraceleft}MSCs{\textbraceright} cost \$5 {\textbackslash}input
    >>> print(escape("Café", ascii_only=True))
    Caf{\'e}
    """
    text = _SPACE.sub(" ", text).strip()
    out: list[str] = []
    previous = ""
    for char in text:
        if previous + char in _LIGATURES:
            out.append("{}")
        previous = char
        if char in ESCAPES:
            out.append(ESCAPES[char])
        elif unicodedata.category(char) == "Cc":
            raise ExportError(
                f"control character U+{ord(char):04X} cannot be written in BibTeX",
                format="bibtex",
                field=field,
                value=text,
            )
        elif ascii_only and not char.isascii():
            out.append(_latex_spelling(char, field=field, text=text))
        else:
            out.append(char)
    return "".join(out)


def _latex_spelling(char: str, *, field: str, text: str) -> str:
    import codecs

    import latexcodec  # noqa: F401  # registers the "ulatex" codecs

    try:
        # The "ulatex" codecs map str to str; typeshed assumes bytes.
        spelled = cast(str, codecs.encode(char, "ulatex+ascii"))
    except UnicodeEncodeError:
        raise ExportError(
            f"U+{ord(char):04X} {unicodedata.name(char, '')!s} has no LaTeX spelling;"
            " export with UTF-8 instead of ASCII",
            format="bibtex",
            field=field,
            value=text,
        ) from None
    return "{" + spelled.strip() + "}"


def protect_case(escaped_words: list[tuple[str, str]]) -> str:
    """Join words, bracing those whose capitals a style must not lowercase.

    *escaped_words* pairs each plain word with its escaped spelling. A word is braced
    when it has a capital after its first letter (``DNA``, ``MSCs``, ``iPSC``).

    >>> protect_case([("Stem", "Stem"), ("MSCs", "MSCs"), ("in", "in")])
    'Stem {MSCs} in'
    """
    out = []
    for word, spelled in escaped_words:
        if any(char.isupper() for char in word[1:]) or (
            word[:1].islower() and any(c.isupper() for c in word)
        ):
            # "{\" would make a BibTeX special character, whose letters styles do case-change.
            spelled = "{{" + spelled + "}}" if spelled.startswith("\\") else "{" + spelled + "}"
        out.append(spelled)
    return " ".join(out)
