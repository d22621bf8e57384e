"""Writing a command's output (``msc_sci._cli._output``) and the run's exits without traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import msc_sci
from msc_sci import MscSciError
from msc_sci._cli import main
from msc_sci._cli._output import OutputError, write_output

_RUN = [sys.executable, "-m", "msc_sci"]


def test_output_refuses_to_replace_a_file_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing file is kept, and the error says to give --force."""
    path = tmp_path / "x.ris"
    path.write_text("mine", encoding="utf-8")
    assert 1 == main(["export", "--output", str(path)])
    err = capsys.readouterr().err
    assert ("mine", f"msc-sci: error: {path}: already exists; give --force to replace it\n") == (
        path.read_text(encoding="utf-8"),
        err,
    )


def test_force_replaces_a_file_and_keeps_its_mode(tmp_path: Path) -> None:
    """With --force the file is replaced, keeping its permissions."""
    path = tmp_path / "x.ris"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    assert 0 == main(["export", "--output", str(path), "--force"])
    assert (msc_sci.export("ris"), 0o640) == (path.read_text("utf-8"), path.stat().st_mode & 0o777)


def test_a_symlink_is_replaced_not_followed(tmp_path: Path) -> None:
    """A link at the output path is refused, and with --force replaced itself: its target stays."""
    target = tmp_path / "target"
    target.write_text("secret", encoding="utf-8")
    link = tmp_path / "x.ris"
    link.symlink_to(target)
    refused = main(["export", "--output", str(link)])
    forced = main(["export", "--output", str(link), "--force"])
    assert (1, 0, "secret", False, msc_sci.export("ris")) == (
        refused,
        forced,
        target.read_text("utf-8"),
        link.is_symlink(),
        link.read_text("utf-8"),
    )


def test_dash_means_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``-o -`` prints to standard output and makes no file named ``-``."""
    os.chdir(tmp_path)
    assert 0 == main(["export", "ris", "-o", "-"])
    assert (msc_sci.export("ris"), []) == (capsys.readouterr().out, list(tmp_path.iterdir()))


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the disk fills mid-write, the old file is whole and no temporary file is left."""
    path = tmp_path / "x.ris"
    path.write_text("old", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError, match="cannot write: No space left on device"):
        write_output(str(path), "new text", force=True)
    assert (["x.ris"], "old") == (
        [p.name for p in tmp_path.iterdir()],
        path.read_text(encoding="utf-8"),
    )


def test_a_directory_is_refused(tmp_path: Path) -> None:
    """A directory at the output path is an OutputError, even with force."""
    with pytest.raises(OutputError, match="is a directory"):
        write_output(str(tmp_path), "text", force=True)


def test_output_error_is_an_msc_sci_error() -> None:
    """The CLI's output error is in the package's hierarchy and an OSError."""
    assert (True, True) == (issubclass(OutputError, MscSciError), issubclass(OutputError, OSError))


def _run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    options: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run([*_RUN, *args], timeout=120, check=False, **options)  # type: ignore[call-overload, no-any-return]


def test_full_disk_on_stdout_is_one_error_line() -> None:
    """Output to /dev/full is an error line and status 1, no traceback."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        result = _run("export", "ris", stdout=full)
    assert (1, b"msc-sci: error: cannot write the output: No space left on device\n") == (
        result.returncode,
        result.stderr,
    )


def test_a_closed_pipe_ends_quietly() -> None:
    """``msc-sci export bibtex | head -1`` ends with status 0 and nothing on stderr."""
    process = subprocess.Popen(
        [*_RUN, "summary", "--length", "standard"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before anything is written
    _, err = process.communicate(timeout=120)
    assert (0, b"") == (process.returncode, err)


def test_ctrl_c_exits_130_without_traceback() -> None:
    """Ctrl-C while reading standard input ends with status 130 and one line."""
    process = subprocess.Popen(
        [*_RUN, "check", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    time.sleep(2)  # let it start reading
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert (130, b"msc-sci: interrupted\n") == (process.returncode, err)


def test_non_utf8_stdin_is_one_error_line() -> None:
    """Bytes that are not UTF-8 on standard input are an InputError, not a traceback."""
    result = _run("check", "-", input=b"\xff\xfe bad")
    assert (1, True) == (
        result.returncode,
        result.stderr.startswith(b"msc-sci: error: <stdin>: cannot be read as UTF-8 text"),
    )


def test_endless_input_is_refused_by_size() -> None:
    """``msc-sci check /dev/zero`` stops at the input limit with a clear error."""
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    result = _run("check", "/dev/zero")
    assert (1, b"msc-sci: error: /dev/zero: cannot be read: larger than 10 MB") == (
        result.returncode,
        result.stderr.split(b",")[0].rstrip(b"\n"),
    )


def test_ascii_only_stdout_gets_escapes(tmp_path: Path) -> None:
    """With an ASCII-only stdout, find-quotes writes escapes for curly quotes, no traceback."""
    article = tmp_path / "a.txt"
    article.write_text("\u201cIt works,\u201d said Waxman.", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    result = _run("find-quotes", str(article), env=env)
    assert (0, b"", True) == (
        result.returncode,
        result.stderr,
        b"\\u201cIt works\\u201d" in result.stdout,
    )


def test_verify_with_a_base_url_that_is_no_address_is_one_error_line() -> None:
    """``verify --online --base-url notaurl`` is an error line, no traceback."""
    result = _run("verify", "--online", "--base-url", "notaurl")
    assert (1, b"msc-sci: error: notaurl: not an http:// or https:// address\n") == (
        result.returncode,
        result.stderr,
    )
