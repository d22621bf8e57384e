"""Plain text for line-based formats: one line, no control characters."""

from __future__ import annotations

import unicodedata

from msc_sci._errors import ExportError

__all__ = ["one_line"]


def one_line(value: str, *, format: str, field: str) -> str:
    """Return *value* on one line: whitespace runs (newlines, tabs) become one space.

    Raises:
        ExportError: when *value* holds a control character other than whitespace.

    >>> one_line("line\\nbreak\\t here ", format="ris", field="title")
    'line break here'
    """
    text = " ".join(value.split())
    for char in text:
        if unicodedata.category(char) == "Cc":
            raise ExportError(
                f"control character U+{ord(char):04X} cannot be written in {format}",
                format=format,
                field=field,
                value=value,
            )
    return text
