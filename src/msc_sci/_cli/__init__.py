"""The ``msc-sci`` command line: one module per subcommand, listed in :data:`COMMANDS`.

Each command module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``. Adding a command is adding a module and a row here.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from importlib import import_module

from msc_sci._version import __version__

# Not ``typing``: every ``msc-sci`` run pays for what this module imports.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn

__all__ = ["COMMANDS", "build_parser", "main"]

PROG = "msc-sci"

#: Subcommand modules under ``msc_sci._cli``, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = (
    "info",
    "cite",
    "styles",
    "export",
    "verify",
    "quotes",
    "attribute",
    "find_quotes",
    "summary",
    "check",
)


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, sized without importing shutil (and bz2, lzma)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            try:
                columns = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
            except (ValueError, OSError):
                columns = 80
            width = columns - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit status 2."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


def build_parser(only: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Return the parser for every subcommand (used by ``main`` and the CLI docs).

    *only* limits it to those command modules, so a run imports just what it uses.
    """
    parser = _Parser(
        prog=PROG,
        description="Cite, quote and explain Honmou et al. 2021 (13 case series).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    # An explicit prog spares argparse a help formatter (and shutil, bz2, lzma) per run.
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, prog=PROG
    )
    for name in COMMANDS if only is None else only:
        module = import_module(f"msc_sci._cli.{name}")
        sub = commands.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``msc-sci`` with *argv* (default: the process arguments); return the exit status.

    An :class:`~msc_sci.MscSciError` is printed as ``msc-sci: error: ...`` with status 1;
    usage errors give status 2. Ctrl-C ends the run with status 130, a closed pipe
    (``| head -1``) quietly with status 0, and standard output that cannot be written
    (``> /dev/full``) with an error and status 1; characters standard output cannot
    encode are written as backslash escapes. None of them prints a traceback.
    """
    _tolerate_encoding(sys.stdout)
    try:
        status = _main(argv)
        if sys.stdout is not None:
            sys.stdout.flush()  # here, so a write error is reported, not lost at exit
    except KeyboardInterrupt:
        _quiet_stdout()
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `msc-sci info | head -1`
        _quiet_stdout()
        return 0
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            raise  # not the output's fault: a bug, keep its traceback
        _quiet_stdout()  # standard output cannot be written, e.g. `> /dev/full`
        print(f"{PROG}: error: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return status


#: Why standard output may fail to take what is written: full, too large, gone.
_OUTPUT_ERRNOS = frozenset(
    getattr(errno, name)
    for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EBADF", "ENXIO")
    if hasattr(errno, name)
)


def _tolerate_encoding(stream: object) -> None:
    """Let *stream* write what its encoding cannot as backslash escapes, not fail."""
    encoding = str(getattr(stream, "encoding", "") or "").lower().replace("_", "-")
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and encoding not in {"utf-8", "utf8"}:
        reconfigure(errors="backslashreplace")


def _quiet_stdout() -> None:
    """Point standard output at the null device, so the exit flush cannot fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # no real file behind stdout (tests)
        pass


def _main(argv: Sequence[str] | None) -> int:
    from msc_sci._errors import MscSciError

    arguments = sys.argv[1:] if argv is None else list(argv)
    # A run names its command first: load only that module (a fast cold start).
    chosen = next((argument for argument in arguments if not argument.startswith("-")), None)
    parser = build_parser((chosen,) if chosen in COMMANDS else None)
    args = parser.parse_args(arguments)
    run = getattr(args, "_run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = run(args)
    except MscSciError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    return status
