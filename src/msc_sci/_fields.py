"""Read typed values out of untrusted mappings, naming the field on failure.

:class:`Fields` wraps one mapping (a TOML table, a CSL-JSON object) and knows where it
sits (``people[3]``), so every error it raises says which field was wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TypeVar

from msc_sci._errors import RecordError

__all__ = ["Fields", "check_text", "join_field"]

T = TypeVar("T")

_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(value: str, *, field: str | None = None, path: str | None = None) -> str:
    """Return *value* if it is text: no lone surrogate (half of a UTF-16 pair).

    A lone surrogate cannot be written as UTF-8, so no file or page could hold it.

    Raises:
        RecordError: naming *field* and the surrogate's position.

    >>> check_text("café")
    'café'
    >>> check_text("a\\ud800", field="title")
    Traceback (most recent call last):
    ...
    msc_sci._errors.RecordError: title: 'a\\ud800': lone surrogate U+D800 at character 1 ...
    """
    found = _SURROGATE.search(value)
    if found is not None:
        raise RecordError(
            f"lone surrogate U+{ord(found.group()):04X} at character {found.start()} is not "
            "text (a JSON \\u escape of half a UTF-16 pair?)",
            field=field,
            path=path,
            value=value,
        )
    return value


def _integer_text(value: int) -> str | None:
    """Return *value* in decimal, or ``None`` when it has too many digits to convert."""
    try:
        return str(value)
    except ValueError:  # more digits than sys.get_int_max_str_digits() allows
        return None


def join_field(prefix: str, name: str | int) -> str:
    """Join a location and a key or index: ``join_field("people", 3) == "people[3]"``."""
    if isinstance(name, int):
        return f"{prefix}[{name}]"
    return f"{prefix}.{name}" if prefix else name


def _type_name(value: object) -> str:
    return {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "true or false",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)


class Fields:
    """Typed access to one mapping, with its location for error messages.

    Args:
        data: The mapping to read; anything else raises :class:`RecordError`.
        where: The location of *data*, e.g. ``"people[3]"`` (empty for the top).
        path: The file the data came from, if any.
    """

    __slots__ = ("_data", "_seen", "path", "where")

    def __init__(self, data: object, where: str = "", *, path: str | None = None) -> None:
        if not isinstance(data, Mapping):
            raise RecordError(
                f"expected a table, got {_type_name(data)}",
                path=path,
                field=where or None,
                value=data,
            )
        self._data: Mapping[object, object] = data
        self._seen: set[str] = set()
        self.where = where
        self.path = path

    def __contains__(self, key: str) -> bool:
        return key in self._data and self._data[key] is not None

    def names(self) -> Iterator[str]:
        """Iterate over the keys, as strings."""
        return (str(key) for key in self._data)

    def error(self, key: str | int | None, reason: str, value: object = None) -> RecordError:
        """Make a :class:`RecordError` located at *key* inside this mapping."""
        field = self.where if key is None else join_field(self.where, key)
        error = RecordError(reason, path=self.path, field=field or None, value=value)
        error.located = True
        return error

    def raw(self, key: str) -> object:
        """Return the value under *key* unchecked (``None`` when absent)."""
        self._seen.add(key)
        return self._data.get(key)

    def _get(self, key: str, required: bool) -> object:
        value = self.raw(key)
        if value is None and required:
            raise self.error(key, "missing (required)")
        return value

    def string(self, key: str) -> str:
        """Return the non-empty string under *key*."""
        value = self.opt_string(key)
        if value is None:
            raise self.error(key, "missing (required)")
        return value

    def opt_string(self, key: str, *, numbers: bool = False) -> str | None:
        """Return the string under *key*, or ``None``.

        With *numbers*, an integer is accepted and turned into its decimal string
        (CSL-JSON allows numbers for ``volume``, ``page`` and similar variables).
        """
        value = self._get(key, False)
        if value is None:
            return None
        if numbers and isinstance(value, int) and not isinstance(value, bool):
            text = _integer_text(value)
            if text is None:
                raise self.error(key, "an integer with too many digits", value)
            return text
        if not isinstance(value, str):
            expected = "a string or an integer" if numbers else "a string"
            raise self.error(key, f"expected {expected}, got {_type_name(value)}", value)
        if not value.strip():
            raise self.error(key, "must not be empty", value)
        self.text(key, value)
        return value

    def text(self, key: str | int, value: str) -> str:
        """Return *value* read from *key* if it is text (see :func:`check_text`)."""
        with self.at(key):
            return check_text(value)

    def integer(self, key: str, *, minimum: int | None = None) -> int:
        """Return the integer under *key*, at least *minimum*."""
        value = self._get(key, True)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"expected an integer, got {_type_name(value)}", value)
        if minimum is not None and value < minimum:
            raise self.error(key, f"must be at least {minimum}", value)
        return value

    def boolean(self, key: str, *, default: bool | None = None) -> bool:
        """Return the boolean under *key*, or *default* when absent."""
        value = self._get(key, default is None)
        if value is None and default is not None:
            return default
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {_type_name(value)}", value)
        return value

    def flag(self, key: str) -> bool:
        """Return a CSL-JSON flag: a boolean, a number or a string, read as truthy."""
        value = self.raw(key)
        if value is None:
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float):
            return value != 0
        if isinstance(value, str):
            return value.strip().lower() not in {"", "0", "false", "no"}
        raise self.error(key, f"expected true or false, got {_type_name(value)}", value)

    def strings(self, key: str) -> tuple[str, ...]:
        """Return the array of non-empty strings under *key* (empty when absent)."""
        values = self.array(key)
        out = []
        for index, item in enumerate(values):
            if not isinstance(item, str) or not item.strip():
                raise self.error(
                    f"{key}[{index}]" if key else index,
                    f"expected a non-empty string, got {_type_name(item)}",
                    item,
                )
            out.append(self.text(f"{key}[{index}]" if key else index, item))
        return tuple(out)

    def array(self, key: str) -> tuple[object, ...]:
        """Return the array under *key* (empty when absent)."""
        value = self._get(key, False)
        if value is None:
            return ()
        if not isinstance(value, list | tuple):
            raise self.error(key, f"expected an array, got {_type_name(value)}", value)
        return tuple(value)

    def table(self, key: str) -> Fields:
        """Return the table under *key* as :class:`Fields`."""
        value = self._get(key, True)
        return Fields(value, join_field(self.where, key), path=self.path)

    def opt_table(self, key: str) -> Fields | None:
        """Return the table under *key*, or ``None`` when absent."""
        if self.raw(key) is None:
            return None
        return self.table(key)

    def tables(self, key: str) -> tuple[Fields, ...]:
        """Return the array of tables under *key* (empty when absent)."""
        return tuple(
            Fields(item, join_field(join_field(self.where, key), index), path=self.path)
            for index, item in enumerate(self.array(key))
        )

    def parse(self, key: str, parser: Callable[[str], T]) -> T:
        """Return ``parser(value)`` for the string under *key*, locating its errors."""
        value = self.string(key)
        with self.at(key):
            return parser(value)

    def opt_parse(self, key: str, parser: Callable[[str], T]) -> T | None:
        """Like :meth:`parse`, but ``None`` when the key is absent."""
        value = self.opt_string(key)
        if value is None:
            return None
        with self.at(key):
            return parser(value)

    @contextmanager
    def at(self, key: str | int) -> Iterator[None]:
        """Place any :class:`RecordError` raised inside the block at *key* of this mapping.

        Errors that already carry their full location (from a nested :class:`Fields`)
        pass through unchanged.
        """
        try:
            yield
        except RecordError as exc:
            if exc.located:
                raise
            field = join_field(self.where, key)
            if exc.field:
                field += exc.field if exc.field.startswith("[") else f".{exc.field}"
            error = RecordError(exc.reason, path=self.path, field=field, value=exc.value)
            error.located = True
            raise error from exc

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        """Raise if the mapping has a key outside *allowed*, suggesting the closest."""
        import difflib

        known = set(allowed)
        for key in self._data:
            if not isinstance(key, str):
                raise self.error(None, f"keys must be strings, got {_type_name(key)}", key)
            if key not in known:
                check_text(key, field=self.where or None, path=self.path)
                # A long key is close to no known one; difflib would take quadratic time.
                close = difflib.get_close_matches(key, sorted(known), n=1) if len(key) < 100 else []
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise self.error(key, f"unknown field{hint}")
