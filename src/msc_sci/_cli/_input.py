"""Read the text file a command is given, or standard input for ``-``.

Input is bounded: a file or stream larger than :data:`MAX_INPUT_BYTES` is refused
with a clear error (``msc-sci check /dev/zero`` ends at once), and bytes that are not
UTF-8 are an :class:`~msc_sci.InputError`, from a file or from standard input alike.
"""

from __future__ import annotations

import sys

from msc_sci._errors import InputError

__all__ = ["MAX_INPUT_BYTES", "read_text"]

#: The largest input read, in bytes (10 MB: a long article is well under 1 MB).
MAX_INPUT_BYTES = 10_000_000


def read_text(name: str) -> str:
    """Return the UTF-8 text of the file *name*, or of standard input when *name* is ``-``.

    Raises:
        InputError: when the file cannot be opened or read, is larger than
            :data:`MAX_INPUT_BYTES`, or is not UTF-8 text.
    """
    label = "<stdin>" if name == "-" else name
    try:
        if name == "-":
            data = _read_stdin()
        else:
            with open(name, "rb") as stream:
                data = stream.read(MAX_INPUT_BYTES + 1)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError(reason, path=label, decoding=False) from exc
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(
            f"larger than {MAX_INPUT_BYTES // 1_000_000} MB, the most msc-sci reads",
            path=label,
            decoding=False,
        )
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(str(exc), path=label) from exc


def _read_stdin() -> bytes | str:
    """Read at most one byte past the limit from standard input (bytes where it has them)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        data: bytes | str = stream.read(MAX_INPUT_BYTES + 1)
        return data
    if sys.stdin is None:
        return ""
    text: str = sys.stdin.read(MAX_INPUT_BYTES + 1)
    return text
