"""Output formats for citations: one module per format, loaded on demand.

Each module defines ``NAME``, ``entry(tree) -> str`` (one bibliography entry) and
``inline(tree) -> str`` (a citation), walking the rich-text tree from
:mod:`msc_sci._cite._engine._rich` and escaping every text node.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from msc_sci._errors import UnknownFormatError

__all__ = ["FORMATS", "get"]

#: Format name -> module path.
FORMATS: dict[str, str] = {
    "html": "msc_sci._cite._formats.html",
    "latex": "msc_sci._cite._formats.latex",
    "markdown": "msc_sci._cite._formats.markdown",
    "rst": "msc_sci._cite._formats.rst",
    "text": "msc_sci._cite._formats.text",
}


def get(name: str) -> ModuleType:
    """Return the module of format *name*.

    Raises:
        UnknownFormatError: naming the known formats.

    >>> get("text").NAME
    'text'
    """
    try:
        path = FORMATS[name]
    except (KeyError, TypeError):
        raise UnknownFormatError(str(name), known=FORMATS, kind="citation format") from None
    return import_module(path)
