"""Write a command's output: standard output for ``-``, else a file, atomically.

A file is written whole or not at all: the text goes to a temporary file in the same
folder, which then replaces the target in one rename. So a full disk or a file-size
limit never leaves a half-written file, and a symbolic link at the target is replaced
itself, never followed onto the file it points at. An existing file (or link) is
replaced only when the caller says so (``--force``).
"""

from __future__ import annotations

import contextlib
import os
import sys

from msc_sci._errors import MscSciError

__all__ = ["OutputError", "write_output"]


class OutputError(MscSciError, OSError):
    """Raised when the output file cannot be written, or exists and may not be replaced.

    Attributes:
        path: The file.
        reason: Why it cannot be written.
    """

    def __init__(self, reason: str, *, path: str) -> None:
        from msc_sci._errors import cut

        self.reason = reason
        self.path = path
        super().__init__(f"{cut(path)}: {reason}")

    def __str__(self) -> str:
        return str(self.args[0])


def write_output(path: str | None, text: str, *, force: bool = False) -> None:
    """Write *text* to *path*, or to standard output when *path* is ``None`` or ``-``.

    Raises:
        OutputError: when *path* exists and *force* is false, is a directory, or
            cannot be written (its folder is missing, the disk is full, ...).
    """
    if path is None or path == "-":
        sys.stdout.write(text)
        return
    if "\0" in path:
        raise OutputError("a path cannot hold a NUL character", path=path)
    if os.path.isdir(path) and not os.path.islink(path):
        raise OutputError("is a directory", path=path)
    if os.path.lexists(path) and not force:
        raise OutputError("already exists; give --force to replace it", path=path)
    folder = os.path.dirname(path) or "."
    data = text.encode("utf-8")
    import tempfile

    try:
        handle, temporary = tempfile.mkstemp(
            dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp"
        )
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=path) from exc
    try:
        try:
            os.fchmod(handle, _mode(path))
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
            os.fsync(handle)
        finally:
            os.close(handle)
        _place(temporary, path, force=force)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, FileExistsError):
            raise OutputError("already exists; give --force to replace it", path=path) from exc
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=path) from exc
        raise


def _place(temporary: str, path: str, *, force: bool) -> None:
    """Move the written *temporary* file to *path* in one step."""
    if force:
        os.replace(temporary, path)  # replaces a link itself, never its target
        return
    try:
        os.link(temporary, path)  # fails if *path* appeared meanwhile: never clobber
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if os.path.lexists(path):
            raise FileExistsError(path) from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _mode(path: str) -> int:
    """The mode of the file replaced at *path*, or of a new file under the umask."""
    try:
        status = os.stat(path, follow_symlinks=False)
    except OSError:
        status = None
    import stat

    if status is not None and stat.S_ISREG(status.st_mode):
        return stat.S_IMODE(status.st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
