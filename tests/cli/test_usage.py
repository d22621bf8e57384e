"""What a new user meets on the command line: no silent successes, one error format, help."""

from __future__ import annotations

import argparse
import io
import shutil
from pathlib import Path

import pytest

import msc_sci
from msc_sci._cli import COMMANDS, build_parser, main
from tests.cite.test_bibtex import TINY_BST

QUOTE = "Now we have proof, in humans, that it may be possible."


def _status(argv: list[str]) -> int | str | None:
    """Run ``msc-sci`` with *argv*; return its exit status, argparse's exits included."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_is_listed() -> None:
    """Every command module has its subcommand (a check on the helper below)."""
    assert len(COMMANDS) == len(_subparsers())


@pytest.mark.parametrize("command", sorted(_subparsers()))
def test_help_shows_every_default(command: str) -> None:
    """Each option with a default value says it in its help (``summary``, ``verify`` ...)."""
    parser = _subparsers()[command]
    for action in parser._actions:
        if action.default in (None, False, argparse.SUPPRESS) or action.help is None:
            continue
        assert "default" in action.help, (command, action.dest)


def test_cite_help_names_bibtex_styles_and_bst_files(capsys: pytest.CaptureFixture[str]) -> None:
    """``cite --help`` tells of ``bibtex:`` names and ``.bst`` files."""
    with pytest.raises(SystemExit):
        main(["cite", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert ("bibtex:plain" in help_text, ".bst file" in help_text) == (True, True)


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["export"], 2),
        (["export", "ris", "--ascii"], 2),
        (["export", "nope"], 1),
        (["cite", "--style", "nope"], 1),
        (["cite", "--format", "nope"], 2),
        (["styles", "--search", "zzzz"], 1),
        (["verify", "--timeout", "0"], 2),
        (["quotes", "--citation-style", "apa"], 2),
    ],
)
def test_every_error_has_one_prefix(
    argv: list[str], status: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """Errors, usage or not, start ``msc-sci: error:`` and are one line on stderr."""
    assert status == _status(argv)
    captured = capsys.readouterr()
    assert ("", True, 1) == (
        captured.out,
        captured.err.startswith("msc-sci: error: "),
        captured.err.count("\n"),
    )


def test_usage_errors_point_to_the_command_help(capsys: pytest.CaptureFixture[str]) -> None:
    """A command's usage error names that command's ``--help``."""
    assert 2 == main(["export", "ris", "--ascii"])
    expected = (
        "msc-sci: error: --ascii is for bibtex and biblatex, not ris"
        " (see 'msc-sci export --help')\n"
    )
    assert expected == capsys.readouterr().err


def test_cite_style_given_as_bst_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--style mine.bst`` formats with that BibTeX style file."""
    path = tmp_path / "mine.bst"
    path.write_text(TINY_BST, encoding="utf-8")
    assert 0 == main(["cite", "--style", str(path)])
    assert msc_sci.cite(f"bibtex:{path}") + "\n" == capsys.readouterr().out


def test_cite_missing_style_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing ``.csl`` file is "file not found", not an unknown style with 10,000 names."""
    path = tmp_path / "mine.csl"
    assert 1 == main(["cite", "--style", str(path)])
    assert f"msc-sci: error: style '{path}': file not found\n" == capsys.readouterr().err


def test_cite_locale_with_underscore(capsys: pytest.CaptureFixture[str]) -> None:
    """``--locale fr_FR`` is read as ``fr-FR``."""
    assert 0 == main(["cite", "--locale", "fr_FR", "--mode", "citation", "--locator", "4"])
    first = capsys.readouterr().out
    assert 0 == main(["cite", "--locale", "fr-FR", "--mode", "citation", "--locator", "4"])
    assert first == capsys.readouterr().out


def test_cite_empty_locale_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """``--locale ""`` is an error, not the default locale."""
    assert 1 == main(["cite", "--locale", ""])
    assert "unknown locale ''" in capsys.readouterr().err


def test_styles_search_without_match_fails(capsys: pytest.CaptureFixture[str]) -> None:
    """``styles --search`` that finds nothing says so and exits 1."""
    assert 1 == main(["styles", "--search", "zzzz"])
    captured = capsys.readouterr()
    assert ("", "msc-sci: error: no style name contains 'zzzz'") == (
        captured.out,
        captured.err.split(" (")[0],
    )


def test_styles_search_ignores_case(capsys: pytest.CaptureFixture[str]) -> None:
    """``styles --search Vancouver`` lists the Vancouver styles."""
    assert 0 == main(["styles", "--search", "Vancouver"])
    assert "vancouver" in capsys.readouterr().out.split()


@pytest.mark.parametrize("command", ["check", "find-quotes"])
@pytest.mark.parametrize("text", ["", "  \n"])
def test_empty_stdin_is_an_error(
    command: str,
    text: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Empty input is an error, not a clean bill of health."""
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert 1 == main([command, "-"])
    assert capsys.readouterr().err.startswith("msc-sci: error: <stdin>: no text to")


def test_attribute_reads_stdin_for_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``attribute -`` attributes the text on stdin, not the quote "-"."""
    assert 0 == main(["attribute", QUOTE])
    expected = capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(QUOTE + "\n"))
    assert 0 == main(["attribute", "-"])
    assert expected == capsys.readouterr().out


def test_quotes_citation_style_needs_academic(capsys: pytest.CaptureFixture[str]) -> None:
    """``--citation-style`` without ``--style academic`` is a usage error, not ignored."""
    assert 2 == main(["quotes", "--citation-style", "ieee"])
    assert "--citation-style is for --style academic" in capsys.readouterr().err
    assert 0 == main(["quotes", "--style", "academic", "--citation-style", "ieee"])
    assert "[1]" in capsys.readouterr().out


@pytest.mark.parametrize("seconds", ["0", "-1", "nan", "inf", "soon"])
def test_verify_timeout_must_be_positive(seconds: str, capsys: pytest.CaptureFixture[str]) -> None:
    """``verify --timeout`` takes only a number of seconds above 0."""
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(["verify", "--timeout", seconds])
    assert 2 == info.value.code
    assert "--timeout" in capsys.readouterr().err


def test_export_output_suffix_of_another_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export bibtex --output study.ris`` is refused, and writes nothing."""
    path = tmp_path / "study.ris"
    assert 2 == main(["export", "bibtex", "--output", str(path)])
    assert "is named as a ris file, but TO is bibtex" in capsys.readouterr().err
    assert not path.exists()


@pytest.mark.parametrize(
    ("to", "name"), [("biblatex", "study.bib"), ("jsonld", "s.json"), ("ris", "s.txt")]
)
def test_export_output_suffix_of_the_same_kind(tmp_path: Path, to: str, name: str) -> None:
    """A suffix of a kindred format (BibLaTeX in ``.bib``) or an unknown one is fine."""
    assert 0 == main(["export", to, "--output", str(tmp_path / name)])
    assert msc_sci.export(to) == (tmp_path / name).read_text(encoding="utf-8")


def test_write_references_says_when_up_to_date(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export --write-references`` reports each file, written or up to date."""
    from msc_sci._load import references_dir

    copy = shutil.copytree(references_dir(), tmp_path / "references")
    for exported in ("CITATION.cff", "honmou2021.bib", "honmou2021.ris"):
        (copy / exported).unlink()
    monkeypatch.setattr("msc_sci._load.references_dir", lambda: copy)
    assert 0 == main(["export", "--write-references"])
    first = capsys.readouterr().err.splitlines()
    assert 0 == main(["export", "--write-references"])
    second = capsys.readouterr().err.splitlines()
    assert [
        f"up to date: {copy / 'honmou2021.json'}",
        f"wrote {copy / 'honmou2021.bib'}",
        f"wrote {copy / 'honmou2021.ris'}",
        f"wrote {copy / 'CITATION.cff'}",
    ] == first
    assert (4, True) == (len(second), all(line.startswith("up to date: ") for line in second))
