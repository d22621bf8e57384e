"""Run a user's ``.bst`` file, a program, in a child process with time and memory limits.

A ``.bst`` file is code in BibTeX's stack language: it can loop forever
(``{ #1 } { } while$``), recurse without end or build strings until memory runs out.
So pybtex's interpreter runs it in a child Python process (:func:`run`), which

- gets :data:`MEMORY_LIMIT` bytes of address space and a CPU-time limit (on systems
  with :mod:`resource`, i.e. not Windows),
- is killed when it has not finished after :func:`time_limit` seconds of wall time,
- talks to us through pipes only: what pybtex reports or the style prints comes back
  as messages, never on our stdout or stderr.

No lock is held while it runs, so other threads keep formatting.
The child gets the works as the ``.bib`` text the BibTeX export writes, and sends back
the ``.bbl`` text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from msc_sci._errors import RecordError, StyleError

__all__ = ["MAX_BST_BYTES", "MEMORY_LIMIT", "TIME_LIMIT", "TIME_PER_ENTRY", "run", "time_limit"]

#: The largest ``.bst`` file read (TeX Live's base styles are under 25 kB).
MAX_BST_BYTES = 2_000_000
#: The address space the child may use, in bytes.
MEMORY_LIMIT = 1 << 30
#: Seconds a run may take, plus :data:`TIME_PER_ENTRY` for each work.
TIME_LIMIT = 20.0
#: Seconds more a run may take for each work (pybtex's interpreter needs about 0.01 s).
TIME_PER_ENTRY = 0.2

# What the child runs: it takes the parent's import path, so it finds the same modules.
_BOOT = (
    "import json, sys; sys.path[:0] = json.loads(sys.stdin.buffer.readline()); "
    "from msc_sci._cite._bst import child; child()"
)


def time_limit(entries: int) -> float:
    """Return the seconds a run over *entries* works may take.

    >>> time_limit(100)
    40.0
    """
    return TIME_LIMIT + TIME_PER_ENTRY * entries


def run(bst: str, bib: str, keys: list[str], *, style: str) -> tuple[str, list[str]]:
    """Run the ``.bst`` program *bst* over the works of *bib* cited as *keys*.

    Returns:
        The ``.bbl`` text and pybtex's messages (warnings and what the style printed).

    Raises:
        StyleError: when the style runs out of time or memory, recurses too deeply or
            fails inside the interpreter.
        RecordError: when pybtex reports that the works cannot be formatted.
    """
    limit = time_limit(len(keys))
    # The CPU limit outlives us: a child left behind by a killed parent still stops.
    payload = json.dumps(
        {"bst": bst, "bib": bib, "keys": keys, "memory": MEMORY_LIMIT, "cpu": int(limit) + 1}
    )
    try:
        done = subprocess.run(
            [sys.executable, "-I", "-c", _BOOT],
            input=json.dumps(sys.path).encode() + b"\n" + payload.encode(),
            capture_output=True,
            timeout=limit,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise StyleError(
            f"did not finish in {limit:g} s (a loop that never ends?)", style=style
        ) from None
    except OSError as exc:
        raise StyleError(f"cannot start a process to run it ({exc})", style=style) from exc
    try:
        reply = json.loads(done.stdout)
    except ValueError:
        reply = None
    if not isinstance(reply, dict):
        megabytes = MEMORY_LIMIT >> 20
        raise StyleError(
            f"stopped without a result (exit status {done.returncode}; more than"
            f" {megabytes} MiB of memory or {limit:g} s of CPU time?)",
            style=style,
        )
    if "bbl" in reply:
        return str(reply["bbl"]), [str(message) for message in reply["messages"]]
    if reply.get("kind") == "pybtex":
        raise RecordError(f"{style} cannot format these works: {reply['error']}")
    raise StyleError(str(reply["error"]), style=style)


def child() -> None:
    """Run one ``.bst`` program as :func:`run` asks; the child process's entry point."""
    import io

    request = json.loads(sys.stdin.buffer.read())
    _limit(int(request["memory"]), int(request["cpu"]))
    stdout = sys.stdout
    printed = io.StringIO()
    sys.stdout = sys.stderr = printed  # this process's own streams, never the caller's
    try:
        reply = _interpret(request, printed)
    except RecursionError:
        reply = {"error": "recursion too deep (a function that calls itself without end?)"}
    except MemoryError:
        reply = {"error": f"used more than {int(request['memory']) >> 20} MiB of memory"}
    except Exception as exc:  # the style's failure, reported to the parent
        from pybtex.exceptions import PybtexError

        if isinstance(exc, PybtexError):
            reply = {"kind": "pybtex", "error": " ".join(str(exc).split())}
        else:
            reply = {"error": f"failed in pybtex's interpreter ({type(exc).__name__}: {exc})"}
    stdout.buffer.write(json.dumps(reply).encode("ascii"))
    stdout.flush()


def _limit(memory: int, cpu: int) -> None:
    """Limit this process to *memory* bytes and *cpu* seconds, where the system can."""
    try:
        import resource
    except ImportError:  # Windows: the parent's wall-time limit still holds
        return
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu)):
        _, hard = resource.getrlimit(which)
        cap = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(which, (cap, hard))


def _interpret(request: dict[str, Any], printed: Any) -> dict[str, Any]:
    import pybtex.errors
    import pybtex.io
    from pybtex.bibtex import bst
    from pybtex.bibtex.interpreter import Interpreter
    from pybtex.database.input.bibtex import Parser

    bib = str(request["bib"])

    class _StringParser(Parser):  # type: ignore[misc]  # pybtex is untyped
        """Read the works' BibTeX instead of .bib files."""

        def parse_files(self, base_filenames: object, file_suffix: object = None) -> Any:
            return self.parse_string(bib)

    pybtex.io.stdout = pybtex.io.stderr = printed
    program = list(bst.parse_string(str(request["bst"])))
    with pybtex.errors.capture() as captured:
        bbl = Interpreter(_StringParser, None).run(
            program, list(request["keys"]), ["<works>"], min_crossrefs=2
        )
    messages = [str(error) for error in captured]
    messages.extend(line for line in printed.getvalue().splitlines() if line.strip())
    return {"bbl": bbl, "messages": messages}
