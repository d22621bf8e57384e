"""`cite()`: the study's citation in any style, memoised."""

from __future__ import annotations

import functools

from msc_sci._errors import RecordError, UnknownNameError

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
    locator: str | None = None,
    label: str = "page",
    prefix: str | None = None,
    suffix: str | None = None,
) -> str:
    """Return the study's bibliography entry, or its first in-text citation, in *style*.

    Results are memoised, so repeated calls cost microseconds.

    Args:
        style: A CSL style name (``"apa"``, ``"vancouver"`` ...), a ``.csl`` path, or a
            ``bibtex:`` style.
        locale: The CSL locale, e.g. ``"de-DE"``.
        format: ``"text"``, ``"html"``, ``"markdown"``, ``"rst"`` or ``"latex"``.
        mode: ``"bibliography"`` or ``"citation"``.
        locator: Where in the study a citation points, e.g. ``"4"`` (citations only).
        label: What *locator* counts, a CSL locator term such as ``"page"`` or
            ``"figure"``.
        prefix: Text before the cite, e.g. ``"see "`` (citations only).
        suffix: Text after the cite, e.g. ``" for details"`` (citations only).

    Raises:
        TypeError: for an argument that is not a string (``None`` where allowed).
        UnknownStyleError: for an unknown style name.
        UnknownLocaleError: for a *locale* that is not a CSL locale name.
        UnknownFormatError: for an unknown format.
        UnknownNameError: for an unknown mode.
        UnknownLabelError: for a *label* that is not a CSL locator term.
        RecordError: for a blank *locator*, or a locator or affix in bibliography mode.

    >>> cite("apa", mode="citation")
    '(Honmou et al., 2021)'
    >>> cite("apa", mode="citation", locator="4", prefix="see ")
    '(see Honmou et al., 2021, p. 4)'
    >>> cite("vancouver")[:48]
    '1. Honmou O, Yamashita T, Morita T, Oshigiri T, '

    .. versionchanged:: 0.2.0
       Added *locator*, *label*, *prefix* and *suffix*.
    """
    _check_types(style=style, format=format, mode=mode, label=label)
    _check_types(optional=True, locale=locale, locator=locator, prefix=prefix, suffix=suffix)
    plain = locator is None and prefix is None and suffix is None
    if plain:
        from msc_sci._cite._precomputed import lookup

        known = lookup(style, locale, format, mode)
        if known is not None:
            return known
    from msc_sci._cite._style import Style
    from msc_sci._load import study

    if mode not in MODES:
        raise UnknownNameError(str(mode), kind="citation mode", known=MODES)
    record = study()
    if mode == "citation":
        from msc_sci._cite._item import CiteItem

        item = CiteItem(record, locator=locator, label=label, prefix=prefix, suffix=suffix)
        return Style(style, locale=locale).citation([item], format=format)
    if not plain:
        given = "locator" if locator is not None else "prefix" if prefix is not None else "suffix"
        raise RecordError(
            "only a citation (mode='citation') takes a locator, prefix or suffix", field=given
        )
    entries = Style(style, locale=locale).bibliography([record], format=format)
    return entries[0] if entries else ""


def _check_types(*, optional: bool = False, **values: object) -> None:
    """Raise ``TypeError`` naming the first of *values* that is not a string."""
    for name, value in values.items():
        if not isinstance(value, str) and not (optional and value is None):
            expected = "a string or None" if optional else "a string"
            raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")
