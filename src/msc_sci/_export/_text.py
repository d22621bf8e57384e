"""Plain text for line-based formats: one line, no control characters."""

from __future__ import annotations

import unicodedata

from msc_sci._errors import ExportError
from msc_sci._records import Person

__all__ = ["inverted_name", "one_line"]


def inverted_name(person: Person) -> str:
    """Return *person* as ``Family, Given, Suffix`` (particles before the family name).

    >>> inverted_name(Person(family="Gogh", given="Vincent", non_dropping_particle="van"))
    'van Gogh, Vincent'
    >>> inverted_name(Person(literal="Yale University"))
    'Yale University'
    """
    if person.family is None:
        return person.literal or person.given or ""
    family = " ".join(
        p for p in (person.dropping_particle, person.non_dropping_particle, person.family) if p
    )
    parts = [family, person.given or "", person.suffix or ""]
    while not parts[-1]:
        parts.pop()
    return ", ".join(parts)


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
