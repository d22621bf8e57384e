"""Cite one study's record: its bibliography entry or first in-text citation."""

from __future__ import annotations

from msc_sci._errors import RecordError, UnknownNameError

TYPE_CHECKING = False  # not `typing`: check_types is on the cold path of `msc-sci cite`

if TYPE_CHECKING:
    from msc_sci._records import Work

__all__ = ["MODES", "check_types", "cite"]

#: What :func:`cite` can return.
MODES = ("bibliography", "citation")


def cite(
    record: Work,
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
    """Return *record*'s bibliography entry, or its first in-text citation, in *style*.

    The arguments and errors are those of :func:`msc_sci.cite`, computed with the
    engine every time (:class:`msc_sci.References` keeps the results).

    >>> import msc_sci
    >>> cite(msc_sci.study(), "apa", mode="citation", locator="4", prefix="see ")
    '(see Honmou et al., 2021, p. 4)'
    """
    check_types(style=style, format=format, mode=mode, label=label)
    check_types(optional=True, locale=locale, locator=locator, prefix=prefix, suffix=suffix)
    from msc_sci._cite._style import Style

    plain = locator is None and prefix is None and suffix is None
    if mode not in MODES:
        raise UnknownNameError(str(mode), kind="citation mode", known=MODES)
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


def check_types(*, optional: bool = False, **values: object) -> None:
    """Raise ``TypeError`` naming the first of *values* that is not a string.

    >>> check_types(style=3)
    Traceback (most recent call last):
    TypeError: style must be a string, not int
    """
    for name, value in values.items():
        if not isinstance(value, str) and not (optional and value is None):
            expected = "a string or None" if optional else "a string"
            raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")
