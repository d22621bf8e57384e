"""Control characters in output: which they are, and how every writer normalises them.

Record data may hold control characters (C0, DEL, C1) and the Unicode line and
paragraph separators. None is printable, and in markup some are commands: two
carriage returns before ``.. raw::`` start an rST directive, a form feed is a LaTeX
paragraph break. Every output format that is not lossless JSON writes each run of
them as one space; JSON writes each as a ``\\u`` escape (:func:`escape_json_controls`), so
nothing is lost.
"""

from __future__ import annotations

import re

__all__ = ["CONTROLS", "escape_json_controls", "normalise_controls"]

#: C0 (tab and newline included), DEL, C1 (NEL included), LINE and PARAGRAPH SEPARATOR.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def normalise_controls(text: str) -> str:
    """Return *text* with each run of control characters (and line separators) as one space.

    >>> normalise_controls("a\\r\\r.. raw:: html\\x0cb\\u2028c")
    'a .. raw:: html b c'
    """
    return CONTROLS.sub(" ", text)


#: What ``json.dumps(..., ensure_ascii=False)`` leaves raw: DEL, C1 and the separators.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")


def escape_json_controls(text: str) -> str:
    """Return JSON *text* with DEL, C1 and the line separators written as ``\\u`` escapes.

    JSON escapes C0 itself; these it leaves raw, though no reader needs them so.
    Outside strings JSON has none of them, so the escapes always land inside one.

    >>> print(escape_json_controls('["a\\x85b\\u2028"]'))
    ["a\\u0085b\\u2028"]
    """
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
