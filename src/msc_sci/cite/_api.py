"""`cite()`: the study's citation in any style, memoised."""

from __future__ import annotations

import functools

from msc_sci._errors import UnknownNameError

__all__ = ["MODES", "cite"]

#: What :func:`cite` can return.
MODES = ("bibliography", "citation")


@functools.lru_cache(maxsize=256)
def cite(
    style: str = "apa",
    *,
    locale: str = "en-US",
    format: str = "text",
    mode: str = "bibliography",
) -> str:
    """Return the study's bibliography entry, or its first in-text citation, in *style*.

    Results are memoised, so repeated calls cost microseconds.

    Args:
        style: A CSL style name (``"apa"``, ``"vancouver"`` ...), a ``.csl`` path, or a
            ``bibtex:`` style.
        locale: The CSL locale, e.g. ``"de-DE"``.
        format: ``"text"``, ``"html"``, ``"markdown"``, ``"rst"`` or ``"latex"``.
        mode: ``"bibliography"`` or ``"citation"``.

    Raises:
        UnknownStyleError: for an unknown style name.
        UnknownFormatError: for an unknown format.
        UnknownNameError: for an unknown mode.

    >>> cite("apa", mode="citation")
    '(Honmou et al., 2021)'
    >>> cite("vancouver")[:48]
    '1. Honmou O, Yamashita T, Morita T, Oshigiri T, '
    """
    from msc_sci.cite._precomputed import lookup

    known = lookup(style, locale, format, mode)
    if known is not None:
        return known
    from msc_sci._load import study
    from msc_sci.cite._style import Style

    if mode not in MODES:
        raise UnknownNameError(str(mode), kind="citation mode", known=MODES)
    chosen = Style(style, locale=locale)
    record = study()
    if mode == "citation":
        return chosen.citation([record], format=format)
    entries = chosen.bibliography([record], format=format)
    return entries[0] if entries else ""
