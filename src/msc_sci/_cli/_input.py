"""Read the text file a command is given, or standard input for ``-``."""

from __future__ import annotations

import sys

from msc_sci._errors import InputError

__all__ = ["read_text"]


def read_text(name: str) -> str:
    """Return the UTF-8 text of the file *name*, or of standard input when *name* is ``-``.

    Raises:
        InputError: when the file cannot be opened or read, or is not UTF-8 text.
    """
    if name == "-":
        return sys.stdin.read()
    try:
        with open(name, encoding="utf-8") as stream:
            return stream.read()
    except UnicodeDecodeError as exc:
        raise InputError(str(exc), path=name) from exc
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), path=name, decoding=False) from exc
