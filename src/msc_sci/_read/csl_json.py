"""CSL-JSON: an array of items, as Zotero, pandoc and citeproc-js write it.

A single item (an object with an ``id``) is read as a one-item array, and pandoc's
``{"references": [...]}`` as its array.
Each item is checked as :meth:`msc_sci.Work.from_csl_json` checks it; a bad item is a
problem at its line, naming the bad field (``issued.date-parts[0][1]``).
"""

from __future__ import annotations

import json
import re

from msc_sci._read._parsed import Parsed

__all__ = ["NAME", "SUFFIXES", "parse", "parse_items"]

NAME = "csl-json"
SUFFIXES = (".json",)

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def parse(text: str, *, path: str | None) -> Parsed:
    """Read the items of CSL-JSON *text*, each with the line it starts on.

    >>> parse('[{"id": "a", "type": "book"}]', path=None).entries[0].key
    'a'
    """
    parsed = Parsed(path)
    try:
        items = _items_with_lines(text)
    except json.JSONDecodeError as exc:
        parsed.problem(f"not JSON: {exc.msg}", line=exc.lineno)
        return parsed
    except ValueError as exc:
        parsed.problem(str(exc), line=1)
        return parsed
    parse_items(parsed, items)
    return parsed


def parse_items(parsed: Parsed, items: list[tuple[object, int | None]]) -> None:
    """Add CSL-JSON *items*, each with its line, to *parsed* (shared with CSL-YAML)."""
    for index, (item, line) in enumerate(items):
        if not isinstance(item, dict):
            parsed.problem(f"item {index} is a {type(item).__name__}, not an object", line=line)
            continue
        raw_id = item.get("id")
        if isinstance(raw_id, int) and not isinstance(raw_id, bool):
            raw_id = str(raw_id)
        if not isinstance(raw_id, str) or not raw_id.strip():
            parsed.problem(f"item {index} has no id", line=line, field="id")
            continue
        parsed.add(raw_id, line, item)


def _items_with_lines(text: str) -> list[tuple[object, int | None]]:
    """Return the items of a CSL-JSON array and the line each starts on."""
    start = _SPACE.match(text, 0).end()  # type: ignore[union-attr]  # always matches
    if text.startswith("{", start):
        data = json.loads(text)
        if isinstance(data, dict) and isinstance(data.get("references"), list):
            return [(item, None) for item in data["references"]]
        return [(data, _line(text, start))]
    if not text.startswith("[", start):
        data = json.loads(text)  # raises for non-JSON; else JSON of the wrong shape
        raise ValueError(f"expected an array of CSL-JSON items, not a {type(data).__name__}")
    items: list[tuple[object, int | None]] = []
    position = _SPACE.match(text, start + 1).end()  # type: ignore[union-attr]
    line = 1 + text.count("\n", 0, position)
    counted = position
    if text.startswith("]", position):
        _end(text, position + 1)
        return items
    while True:
        line += text.count("\n", counted, position)
        counted = position
        item, position = _DECODER.raw_decode(text, position)
        items.append((item, line))
        position = _SPACE.match(text, position).end()  # type: ignore[union-attr]
        if text.startswith(",", position):
            position = _SPACE.match(text, position + 1).end()  # type: ignore[union-attr]
            continue
        if text.startswith("]", position):
            _end(text, position + 1)
            return items
        raise json.JSONDecodeError("expected ',' or ']'", text, position)


def _end(text: str, position: int) -> None:
    rest = _SPACE.match(text, position).end()  # type: ignore[union-attr]
    if rest != len(text):
        raise json.JSONDecodeError("extra data after the array", text, rest)


def _line(text: str, position: int) -> int:
    return 1 + text.count("\n", 0, position)
