"""The study's citations in common styles, computed ahead, for a fast cold start.

``msc-sci cite --style apa`` must not pay for importing the CSL engine and parsing a
style: the results for the styles and locales people ask for most are kept in
``study-citations.json`` beside this module, written by our own engine
(``python -m msc_sci._cite._precomputed``). A test checks that the file equals what
the engine prints now, so it cannot drift.
"""

from __future__ import annotations

import json
import os

__all__ = ["PATH", "STYLES", "build", "lookup"]

#: Where the table lives (``os.path``, not ``pathlib``: this module is on the cold path).
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "study-citations.json")

#: The styles people ask for most (also the first suggestions for an unknown name).
STYLES = (
    "apa",
    "american-medical-association",
    "nature",
    "ieee",
    "chicago-author-date",
    "harvard-cite-them-right",
    "modern-language-association",
    "elsevier-harvard",
    "the-lancet",
    "bmj",
    "cell",
    "plos",
    "american-chemical-society",
    "nlm-citation-sequence",
    "vancouver",
    "vancouver-nlm",
    "springer-basic-author-date",
    "cse-citation-sequence",
    "cse-name-year",
    "chicago-notes-bibliography",
    "chicago-shortened-notes-bibliography",
)
_LOCALES = ("en-US", "en-GB", "de-DE", "fr-FR", "ja-JP")
_FORMATS = ("text", "html", "markdown", "rst", "latex")
_MODES = ("bibliography", "citation")


def _key(style: str, locale: str, format: str, mode: str) -> str:
    return f"{style}|{locale}|{format}|{mode}"


_TABLE: dict[str, str] = {}


def _table() -> dict[str, str]:
    if not _TABLE:
        try:
            with open(PATH, encoding="utf-8") as file:
                _TABLE.update(json.load(file))
        except (OSError, ValueError):
            pass
    return _TABLE


def lookup(style: str, locale: str, format: str, mode: str) -> str | None:
    """Return the precomputed result, or ``None`` when it is not in the table.

    >>> lookup("apa", "en-US", "text", "citation")
    '(Honmou et al., 2021)'
    """
    return _table().get(_key(style, locale, format, mode))


def build() -> dict[str, str]:
    """Compute the table with the engine (slow: every style is parsed).

    >>> build()["ieee|en-US|text|citation"]
    '[1]'
    """
    from msc_sci._cite._style import Style
    from msc_sci._load import study

    record = study()
    table: dict[str, str] = {}
    for style in STYLES:
        for locale in _LOCALES if style == "apa" else ("en-US",):
            chosen = Style(style, locale=locale)
            for format in _FORMATS:
                entries = chosen.bibliography([record], format=format)
                table[_key(style, locale, format, "bibliography")] = entries[0]
                citation = chosen.citation([record], format=format)
                table[_key(style, locale, format, "citation")] = citation
    return table


if __name__ == "__main__":
    with open(PATH, "w", encoding="utf-8") as out:
        out.write(json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=True) + "\n")
