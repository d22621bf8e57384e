"""Reading the text file a command is given (``msc_sci._cli._input``)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from msc_sci import InputError
from msc_sci._cli._input import read_text


def test_reads_utf8_file(tmp_path: Path) -> None:
    """A UTF-8 file is read whole."""
    path = tmp_path / "article.txt"
    path.write_text("“It works,” said Waxman.", encoding="utf-8")
    assert "“It works,” said Waxman." == read_text(str(path))


def test_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """``-`` reads standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO("from stdin"))
    assert "from stdin" == read_text("-")


def test_missing_file_cannot_be_read(tmp_path: Path) -> None:
    """A missing file is an InputError that says it cannot be read, not a decoding error."""
    missing = tmp_path / "missing.txt"
    with pytest.raises(InputError) as info:
        read_text(str(missing))
    expected = (f"{missing}: cannot be read: No such file or directory", False, str(missing))
    assert expected == (str(info.value), info.value.decoding, info.value.path)


def test_binary_file_is_not_utf8(tmp_path: Path) -> None:
    """A file that is not UTF-8 is an InputError that says so."""
    binary = tmp_path / "article.bin"
    binary.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError, match=r"cannot be read as UTF-8 text: .*invalid start byte"):
        read_text(str(binary))
