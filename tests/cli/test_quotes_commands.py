"""``msc-sci quotes``, ``msc-sci attribute`` and ``msc-sci find-quotes``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from msc_sci._cli import main


def test_quotes_of_a_misspelt_speaker(capsys: pytest.CaptureFixture[str]) -> None:
    """``--speaker "Jeffrey Kocsis"`` prints Kocsis's quotes in news style."""
    assert 0 == main(["quotes", "--speaker", "Jeffrey Kocsis"])
    first = capsys.readouterr().out.split("\n\n")[0]
    expected = (
        "\u201cSimilar results with stem cells in patients with stroke increases our confidence "
        "that this approach may be clinically useful,\u201d said Jeffery D. Kocsis, professor of "
        "neurology and neuroscience at Yale University."
    )
    assert expected == first


def test_quotes_in_html(capsys: pytest.CaptureFixture[str]) -> None:
    """``--style html`` prints one blockquote per quote."""
    assert 0 == main(["quotes", "--speaker", "the paper", "--style", "html"])
    assert capsys.readouterr().out.startswith("<blockquote><p>Intravenously infused MSCs")


def test_unknown_speaker_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown speaker exits 1 with a one-line error suggesting names."""
    assert 1 == main(["quotes", "--speaker", "Stephen Waxmen"])
    expected = (
        "msc-sci: error: unknown speaker 'Stephen Waxmen'; did you mean 'Stephen G. Waxman'?\n"
    )
    assert expected == capsys.readouterr().err


def test_attribute_json(capsys: pytest.CaptureFixture[str]) -> None:
    """``attribute --json`` gives the quote, speaker, verdict and differences."""
    text = "\u201cNow we have proof, in humans, that it may be possible,\u201d said Dr. Waxman."
    assert 0 == main(["attribute", "--json", text])
    result = json.loads(capsys.readouterr().out)
    expected = {
        "quote": "waxman-hint",
        "speaker": "Stephen G. Waxman",
        "named": "Stephen G. Waxman",
        "misattributed": False,
        "score": result["score"],
        "verdict": "altered",
        "differences": ['hedge dropped: "a hint" became "proof"'],
        "misdescribed": [],
    }
    assert expected == result


def test_attribute_text(capsys: pytest.CaptureFixture[str]) -> None:
    """``attribute`` prints the verdict, the speaker and each difference."""
    assert 0 == main(["attribute", "Now we have a hint in humans that it may be possible"])
    out = capsys.readouterr().out
    assert out.startswith("Verdict: verbatim\nScore:   1.00\nQuote:   waxman-hint")


def test_find_quotes_table(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``find-quotes FILE`` prints one row per quotation with speaker and cue."""
    assert 0 == main(["find-quotes", str(shared / "seeds" / "000_655b9478474eebb7.txt")])
    rows = capsys.readouterr().out.splitlines()
    expected = ["Stephen G. Waxman [said Stephen Waxman]", "the paper [the paper said]"]
    assert expected == [row.split(None, 1)[1].split(":")[0] for row in rows]


def test_find_quotes_json_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``find-quotes - --json`` reads stdin and prints spans, speakers and cues."""
    text = '"This is an interesting but small study," an expert said.'
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert 0 == main(["find-quotes", "-", "--json"])
    expected = [
        {
            "start": 1,
            "end": 40,
            "speaker": None,
            "speaker_id": None,
            "speakers": [],
            "speaker_ids": [],
            "cue": "an expert said",
            "continues": False,
            "nested": False,
            "text": "This is an interesting but small study",
        }
    ]
    assert expected == json.loads(capsys.readouterr().out)


def test_find_quotes_json_marks_a_nested_quote(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``find-quotes --json`` lists a quote inside a quote as nested, with its own speaker."""
    text = (
        "\u201cAs Waxman said, \u2018Now we have a hint, in humans\u2019, and I agree,\u201d "
        "said Bo Lind."
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert 0 == main(["find-quotes", "-", "--json"])
    rows = json.loads(capsys.readouterr().out)
    expected = [("Bo Lind", None, False), ("Stephen G. Waxman", "waxman", True)]
    assert expected == [(row["speaker"], row["speaker_id"], row["nested"]) for row in rows]


def test_find_quotes_json_names_each_joint_speaker(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``find-quotes --json`` lists both people of "X and Y said", with registry ids."""
    text = '"It is a first step for all of us," Waxman and Ana Ruiz said.'
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert 0 == main(["find-quotes", "-", "--json"])
    (row,) = json.loads(capsys.readouterr().out)
    expected = ("Waxman and Ana Ruiz", ["Stephen G. Waxman", "Ana Ruiz"], ["waxman", None])
    assert expected == (row["speaker"], row["speakers"], row["speaker_ids"])


def test_find_quotes_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read exits 1 naming it."""
    missing = tmp_path / "missing.txt"
    assert 1 == main(["find-quotes", str(missing)])
    expected = f"msc-sci: error: {missing}: cannot be read: No such file or directory\n"
    assert expected == capsys.readouterr().err


def test_quotes_academic_with_a_citation_style(capsys: pytest.CaptureFixture[str]) -> None:
    """``--style academic --citation-style`` cites each quote's source in that style."""
    assert 0 == main(
        ["quotes", "--speaker", "Waxman", "--style", "academic", "--citation-style", "apa"]
    )
    out = capsys.readouterr().out
    assert "may be possible\u201d (Yale University, 2021).\n\nYale University. (2021" in out


def test_find_quotes_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not UTF-8 text exits 1 with an InputError naming it."""
    binary = tmp_path / "article.bin"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert 1 == main(["find-quotes", str(binary)])
    assert capsys.readouterr().err.startswith(f"msc-sci: error: {binary}: cannot be read as UTF-8")
