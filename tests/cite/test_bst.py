""".bst files are code: they run in a child process, bounded in time and memory."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import msc_sci
from msc_sci import RecordError, StyleError
from msc_sci._cite import _bst

BOOK = {"id": "x", "type": "book", "title": "T", "issued": {"date-parts": [[2020]]}}
HEAD = "ENTRY { title } {} {}\n"
TAIL = "READ\nITERATE {call.type$}\n"
# The hostile styles of issue 15: each must end in a StyleError.
LOOP = HEAD + "FUNCTION {book} { { #1 } { } while$ }\n" + TAIL
RECURSION = HEAD + "FUNCTION {f} { f }\nFUNCTION {book} { f }\n" + TAIL
DOUBLING = (
    HEAD
    + "STRINGS { a }\n"
    + "FUNCTION {book} { \"xxxxxxxx\" 'a := { #1 } { a a * 'a := } while$ }\n"
    + TAIL
)
PRINTING = (
    HEAD
    + 'FUNCTION {book} { "\\bibitem{" cite$ * "}" * write$ newline$ "said" top$'
    + " title write$ newline$ }\n"
    + TAIL
)
# Hangs are caught by the style's own limit; this only turns a regression into a failure.
HANG = 120.0


def write(tmp_path: Path, text: str, name: str = "style.bst") -> str:
    """Write a .bst file; return its style name."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return f"bibtex:{path}"


def finishes(call: Callable[[], object]) -> object:
    """Run *call* in a thread; return its result or exception, failing if it hangs."""
    outcome: list[object] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # handed to the test to assert on
            outcome.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(HANG)
    assert outcome, f"did not return within {HANG} s"
    return outcome[0]


@pytest.fixture
def short_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A time limit of three seconds, so a style that never ends is stopped soon."""
    monkeypatch.setattr(_bst, "TIME_LIMIT", 3.0)
    monkeypatch.setattr(_bst, "TIME_PER_ENTRY", 0.0)


@pytest.mark.usefixtures("short_limit")
def test_endless_loop_is_a_style_error(tmp_path: Path) -> None:
    """A .bst function that loops forever is stopped at the time limit: a StyleError."""
    style = msc_sci.Style(write(tmp_path, LOOP))
    error = finishes(lambda: style.bibliography([BOOK]))
    assert isinstance(error, StyleError), error
    assert "did not finish in 3 s" in str(error)


def test_endless_recursion_is_a_style_error(tmp_path: Path) -> None:
    """``FUNCTION {f} { f }`` is a StyleError, not a bare RecursionError."""
    style = msc_sci.Style(write(tmp_path, RECURSION))
    with pytest.raises(StyleError, match="recursion too deep"):
        style.bibliography([BOOK])


@pytest.mark.skipif(sys.platform == "win32", reason="this system has no memory limit (Windows)")
def test_doubling_string_is_a_style_error(tmp_path: Path) -> None:
    """A string doubled without end hits the memory limit: a StyleError, not MemoryError."""
    style = msc_sci.Style(write(tmp_path, DOUBLING))
    error = finishes(lambda: style.bibliography([BOOK]))
    assert isinstance(error, StyleError), error
    assert "MiB" in str(error)


def test_other_threads_keep_formatting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While a .bst style loops, bibtex:plain in other threads formats as usual."""
    monkeypatch.setattr(_bst, "TIME_LIMIT", 15.0)
    looping = msc_sci.Style(write(tmp_path, LOOP))
    started = threading.Event()

    def loop() -> object:
        started.set()
        return looping.bibliography([BOOK])

    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(finishes(loop)))
    worker.start()
    started.wait()
    plain = [finishes(lambda: msc_sci.Style("bibtex:plain").bibliography([BOOK])) for _ in range(3)]
    still_looping = worker.is_alive()
    worker.join(HANG)
    assert (True, True) == (still_looping, isinstance(outcome[0], StyleError))
    assert [["T. 2020."]] * 3 == [list(entries) for entries in plain]  # type: ignore[call-overload]


def test_printing_becomes_a_warning(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """What a .bst prints (``top$``) is a warning, never our stdout."""
    entries = msc_sci.Style(write(tmp_path, PRINTING)).bibliography([BOOK])
    assert (["T"], True, ("", "")) == (
        list(entries),
        any(warning.endswith(": said") for warning in entries.warnings),
        capfd.readouterr(),
    )


def test_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A .bst file over the size cap is a StyleError, before it is parsed."""
    monkeypatch.setattr(_bst, "MAX_BST_BYTES", 100)
    with pytest.raises(StyleError, match="larger than 100 bytes"):
        msc_sci.Style(write(tmp_path, PRINTING + "%" * 100))


def test_deep_nesting_is_a_style_error(tmp_path: Path) -> None:
    """Braces nested thousands deep are a StyleError, not a RecursionError."""
    text = HEAD + "FUNCTION {book} " + "{" * 5000 + "}" * 5000 + "\n" + TAIL
    with pytest.raises(StyleError, match="nests braces too deeply"):
        msc_sci.Style(write(tmp_path, text))


def test_interpreter_failure_is_a_record_error(tmp_path: Path) -> None:
    """An error pybtex reports while formatting stays a RecordError, as before."""
    text = HEAD + "FUNCTION {book} { no.such.function }\n" + TAIL
    with pytest.raises((RecordError, StyleError)):
        msc_sci.Style(write(tmp_path, text)).bibliography([BOOK])


def test_time_limit_grows_with_the_works() -> None:
    """A long bibliography gets more time than a short one."""
    assert _bst.time_limit(1_000) > _bst.time_limit(1)
