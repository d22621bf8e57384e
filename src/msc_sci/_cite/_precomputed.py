"""The bundled study's citations in common styles, computed ahead, for a fast cold start.

``msc-sci cite --style apa`` must not pay for importing the CSL engine and parsing a
style: the results for the styles and locales people ask for most are kept in
``study-citations.json`` beside this module, written by our own engine
(``python -m msc_sci._cite._precomputed``). The table is keyed by the SHA-256 of the
bundled study's CSL-JSON record, so a study loaded from elsewhere uses it only when
its record is the same. A test checks that the file equals what the engine prints
now, for the record bundled now, so it cannot drift.
"""

from __future__ import annotations

import json
import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from msc_sci._load import Loaded

__all__ = ["PATH", "build", "digest", "lookup"]

#: Where the table lives (``os.path``, not ``pathlib``: this module is on the cold path).
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "study-citations.json")

_LOCALES = ("en-US", "en-GB", "de-DE", "fr-FR", "ja-JP")
_FORMATS = ("text", "html", "markdown", "rst", "latex")
_MODES = ("bibliography", "citation")


def _key(style: str, locale: str, format: str, mode: str) -> str:
    return f"{style}|{locale}|{format}|{mode}"


_TABLE: dict[str, str] = {}
_DIGEST: list[str] = []


def _table() -> dict[str, str]:
    if not _DIGEST:
        _DIGEST.append("")
        try:
            with open(PATH, encoding="utf-8") as file:
                data = json.load(file)
            _TABLE.update(data["citations"])
            _DIGEST[0] = data["digest"]
        except (OSError, ValueError, KeyError, TypeError):
            _TABLE.clear()
    return _TABLE


def digest() -> str:
    """Return the SHA-256 of the record the table was computed for (``""`` without one)."""
    _table()
    return _DIGEST[0]


def lookup(
    style: str, locale: str, format: str, mode: str, *, digest: str | None = None
) -> str | None:
    """Return the precomputed result, or ``None`` when it is not in the table.

    Args:
        digest: The SHA-256 of the record asked about; ``None`` for the bundled one.

    >>> lookup("apa", "en-US", "text", "citation")
    '(Honmou et al., 2021)'
    >>> lookup("apa", "en-US", "text", "citation", digest="0" * 64) is None
    True
    """
    table = _table()
    if digest is not None and digest != _DIGEST[0]:
        return None
    return table.get(_key(style, locale, format, mode))


def build(refs: Loaded) -> dict[str, object]:
    """Compute the table for the study of *refs* with the engine (slow: every style is parsed).

    >>> from msc_sci._load import load
    >>> build(load())["citations"]["ieee|en-US|text|citation"]
    '[1]'
    """
    from msc_sci._cite._names import COMMON_STYLES
    from msc_sci._cite._style import Style

    record = refs.study
    table: dict[str, str] = {}
    for style in COMMON_STYLES:
        for locale in _LOCALES if style == "apa" else ("en-US",):
            chosen = Style(style, locale=locale)
            for format in _FORMATS:
                entries = chosen.bibliography([record], format=format)
                table[_key(style, locale, format, "bibliography")] = entries[0]
                citation = chosen.citation([record], format=format)
                table[_key(style, locale, format, "citation")] = citation
    return {"digest": refs.digest, "citations": table}


if __name__ == "__main__":
    from msc_sci._load import load

    with open(PATH, "w", encoding="utf-8") as out:
        out.write(json.dumps(build(load()), ensure_ascii=False, indent=0, sort_keys=True) + "\n")
