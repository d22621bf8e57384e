"""reStructuredText: roles for formatting; markup characters escaped, URLs kept as links.

Escaped are only the characters that would start markup in running text (``\\``,
`````, ``*``, ``_``, ``|``, the second colon of ``::``), and what could start block
markup at the start of an entry (``1.`` becomes ``1\\.``, ``- x`` becomes ``\\- x``),
so docutils prints the text as given. A URL is
left as written, which docutils makes a link, or, when it holds characters docutils
does not take into a bare URL, written as an anonymous hyperlink with itself as text.
"""

from __future__ import annotations

import re

from msc_sci._cite._engine._rich import Span
from msc_sci._cite._formats._walk import BLOCKS, render, split_urls, unbreak

__all__ = ["NAME", "entry", "escape", "inline", "start"]

NAME = "rst"
_WRAPS = {
    "i": (r"\ :emphasis:`", r"`\ "),
    "b": (r"\ :strong:`", r"`\ "),
    "sup": (r"\ :sup:`", r"`\ "),
    "sub": (r"\ :sub:`", r"`\ "),
    "margin": ("", " "),
    **BLOCKS,
}
_SPECIAL = re.compile(r"([\\`*_|])")
#: A colon after a URI scheme or an ``@`` inside a word, which docutils would turn into a
#: link of any scheme (``javascript:``, ``data:``, ``mailto:``); escaped, they stay text.
_LINK_START = re.compile(r"(?<![A-Za-z0-9.+-])([A-Za-z][A-Za-z0-9.+-]*)(:)(?=\S)|(?<=\S)(@)(?=\S)")
#: Characters after which (or before which) a bare URL is still recognised.
_BARE_URL = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]!$&'()*+,;=%]+")
#: What can start block markup at the start of a line: an enumerator such as ``1.``,
#: a bullet, comment, field, option, doctest or line block, or a transition.
_BLOCK_START = re.compile(
    r"^(?:(?:[0-9]+|[A-Za-z]|[ivxlcdmIVXLCDM]+)(?P<close>[.)])(?=\s|$)"
    r"|[-+*#(./:>|\u2022\u2023\u2043]"
    r"|([!-/:-@\[-`{-~])\1{3,}$)"
)


def _url(url: str, alone: bool) -> str:
    if alone and _BARE_URL.fullmatch(url):
        return url
    quoted = re.sub(r"([\\`<>])", r"\\\1", url)
    return rf"\ `{quoted} <{quoted}>`__\ "


def _unlink(match: re.Match[str]) -> str:
    if match.group(3):
        return "\\@"
    return f"{match.group(1)}\\:"


def escape(text: str) -> str:
    r"""Return *text* for running reStructuredText: markup characters escaped, URLs whole.

    >>> escape("A*B_ at https://doi.org/10.1/x_y.")
    'A\\*B\\_ at https://doi.org/10.1/x_y.'
    """
    out: list[str] = []
    for is_url, part in split_urls(text.replace("\n", " ")):
        if is_url:
            alone = not out or out[-1][-1:].isspace() or out[-1][-1:] in "('\""
            out.append(_url(part, alone))
        else:
            # "::" would end the paragraph with a literal block marker.
            escaped = _SPECIAL.sub(r"\\\1", part).replace("::", ":\\:")
            out.append(_LINK_START.sub(_unlink, escaped))
    return "".join(out)


def start(text: str) -> str:
    r"""Return *text* with block markup at its start escaped (``1. A`` is not a list).

    >>> start("1. Honmou O"), start("(a) x"), start("- x"), start("Doe J")
    ('1\\. Honmou O', '\\(a) x', '\\- x', 'Doe J')
    """
    match = _BLOCK_START.match(text)
    if match is None:
        return text
    at = match.start("close") if match.group("close") else 0
    return f"{text[:at]}\\{text[at:]}"


def entry(tree: Span) -> str:
    """Return one bibliography entry as reStructuredText.

    >>> entry(Span("", ["A*B ", Span("i", ["J"])]))
    'A\\\\*B \\\\ :emphasis:`J`\\\\'
    """
    return start(unbreak(render(tree, escape, _WRAPS)))


def inline(tree: Span) -> str:
    """Return a citation as reStructuredText, for running text (its start kept as it is).

    >>> inline(Span("", ["(A_1)"]))
    '(A\\\\_1)'
    """
    return unbreak(render(tree, escape, _WRAPS))
