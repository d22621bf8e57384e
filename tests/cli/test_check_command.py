"""``msc-sci check FILE|-``: findings printed or as JSON, exit status 1 when any."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from msc_sci._cli import main


def test_clean_text_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text with nothing to report prints nothing and exits 0."""
    monkeypatch.setattr("sys.stdin", io.StringIO("The trial was not blinded; it was preliminary."))
    expected = (0, "")
    assert expected == (main(["check", "-"]), capsys.readouterr().out)


def test_findings_exit_1_with_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Findings are printed as JSON with kind, span, words and claim; exit status 1."""
    path = tmp_path / "story.txt"
    path.write_text("A blinded trial found no side effects.", encoding="utf-8")
    status = main(["check", str(path), "--json"])
    found = [(f["kind"], f["text"], f["claim"]) for f in json.loads(capsys.readouterr().out)]
    expected = (1, [("design", "blinded", "design-unblinded"),
                    ("harms", "no side effects", "harms-none-substantial")])  # fmt: skip
    assert expected == (status, found)


def test_findings_are_printed_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each finding is one line: file, line, kind, words, message."""
    path = tmp_path / "story.txt"
    path.write_text("Headline\nStemirac, the team behind it, spoke.\n", encoding="utf-8")
    main(["check", str(path)])
    expected = f"{path}:2: product: 'Stemirac, the team'"
    assert capsys.readouterr().out.startswith(expected)


def test_a_json_summary_checks_clean_and_findings_give_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The JSON of `msc-sci summary` checks clean; a planted error is reported on its line."""
    path = tmp_path / "summary.json"
    main(["summary", "--audience", "journalist", "--format", "json"])
    rendered = capsys.readouterr().out
    path.write_text(rendered, encoding="utf-8")
    clean = (main(["check", str(path)]), capsys.readouterr().out)
    data = json.loads(rendered)
    data["sections"][-1]["sentences"].append({"text": "It was a blinded trial."})
    planted = json.dumps(data, indent=2, ensure_ascii=False)
    path.write_text(planted, encoding="utf-8")
    status = main(["check", str(path)])
    line = planted[: planted.index("blinded trial")].count("\n") + 1
    prefix = f"{path}:{line}: design: 'blinded'"
    printed = [found[: len(prefix)] for found in capsys.readouterr().out.splitlines()]
    expected = ((0, ""), 1, [prefix])
    assert expected == (clean, status, printed)


def test_missing_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read is an error with exit status 1."""
    status = main(["check", str(tmp_path / "missing.txt")])
    expected = (1, True)
    missing = tmp_path / "missing.txt"
    assert expected == (
        status,
        capsys.readouterr().err.startswith(f"msc-sci: error: {missing}: cannot be read: "),
    )
