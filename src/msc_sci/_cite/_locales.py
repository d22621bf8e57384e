"""Citation locales are names, such as ``"de-DE"``: check one before any use."""

from __future__ import annotations

import re

from msc_sci._errors import UnknownLocaleError

__all__ = ["check_locale", "known_locales", "language_known"]

# A language tag as CSL uses them: a language, then up to three subtags (script, region).
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}")


def known_locales() -> tuple[str, ...]:
    """Return the locales CSL styles can be rendered in.

    >>> "de-DE" in known_locales()
    True
    """
    from citeproc import LANGUAGE_NAMES

    return tuple(LANGUAGE_NAMES)


def check_locale(locale: object) -> str | None:
    """Return *locale* as CSL spells a tag (``en_GB``, ``en-gb`` as ``en-GB``), or ``None``.

    Raises:
        TypeError: when *locale* is not a string.
        UnknownLocaleError: when it is not a language tag, e.g. holds a path.

    >>> check_locale("en_GB"), check_locale("zh-hant-tw")
    ('en-GB', 'zh-Hant-TW')
    """
    if locale is None:
        return None
    if not isinstance(locale, str):
        raise TypeError(f"locale must be a string or None, not {type(locale).__name__}")
    tag = locale.replace("_", "-")
    if not _TAG.fullmatch(tag):
        raise UnknownLocaleError(locale[:100], known=known_locales())
    language, *subtags = tag.split("-")
    return "-".join([language.lower(), *map(_subtag, subtags)])


def _subtag(subtag: str) -> str:
    """Spell a subtag as BCP 47 does: a script ``Hant``, a region ``TW`` or ``419``."""
    if len(subtag) == 4 and subtag.isalpha():
        return subtag.title()
    if len(subtag) == 2 or (len(subtag) == 3 and subtag.isdigit()):
        return subtag.upper()
    return subtag.lower()


def language_known(tag: str) -> bool:
    """Return whether CSL has a locale for *tag* or for its language.

    >>> language_known("en-ZZ"), language_known("xx-XX")
    (True, False)
    """
    from citeproc import LANGUAGE_NAMES, PRIMARY_DIALECTS

    return tag in LANGUAGE_NAMES or tag.split("-")[0] in PRIMARY_DIALECTS
