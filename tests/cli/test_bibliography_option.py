"""``--bibliography``: ``msc-sci cite`` and ``msc-sci export`` on the user's own files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import msc_sci
from msc_sci._cli import main

BIB = r"""
@book{zed, author = {Zed, Ann}, title = {Last book}, year = 2001, publisher = {P}}
@article{abe, author = {Abe, Bo and M{\"u}ller, Jo}, title = {First article},
  journal = {J}, year = 1999, volume = 2, pages = {1--9}}
@misc{mid, author = {{World Health Organization}}, title = {Middle}, year = 2010}
"""
CSL = [{"id": "extra", "type": "book", "title": "Extra", "author": [{"family": "Kay"}]}]


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    """A small .bib file of three works."""
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run msc-sci; return its status, stdout and stderr."""
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_bibliography_of_every_work_sorted_as_the_style_sorts(
    bib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """APA sorts by author: the entries are Abe, World Health Organization, Zed."""
    status, out, _ = run(capsys, "cite", "--bibliography", str(bib))
    expected = msc_sci.Style("apa").bibliography(msc_sci.read_bibliography(bib))
    assert (0, list(expected)) == (status, out.splitlines())
    assert [line.split(",")[0] for line in out.splitlines()] == [
        "Abe",
        "World Health Organization. (2010). Middle.",
        "Zed",
    ]


def test_keys_choose_works_and_styles_number_them(
    bib: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--key`` limits the works; IEEE numbers them in the order given."""
    status, out, _ = run(
        capsys, "cite", "--bibliography", str(bib), "--key", "zed", "--key", "abe",
        "--style", "ieee", "--format", "html",
    )  # fmt: skip
    lines = out.splitlines()
    assert (0, 2) == (status, len(lines))
    assert '[1]</div><div class="csl-right-inline">A. Zed, <i>Last book</i>' in lines[0]


def test_several_files_of_several_formats(
    bib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Works of every ``--bibliography`` file are cited together."""
    csl = tmp_path / "more.json"
    csl.write_text(json.dumps(CSL), encoding="utf-8")
    status, out, _ = run(
        capsys, "cite", "--bibliography", str(bib), "--bibliography", str(csl),
        "--mode", "citation", "--key", "extra", "--key", "zed",
    )  # fmt: skip
    assert (0, "(Kay, n.d.; Zed, 2001)\n") == (status, out)


def test_citation_with_a_locator(bib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A locator and prefix go with the one key given, as for the study."""
    status, out, _ = run(
        capsys, "cite", "--bibliography", str(bib), "--mode", "citation", "--key", "abe",
        "--locator", "4", "--prefix", "see ",
    )  # fmt: skip
    assert (0, "(see Abe & Müller, 1999, p. 4)\n") == (status, out)


def test_standard_input_with_from(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--bibliography -`` reads standard input in the format ``--from`` names."""
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(CSL)))
    status, out, _ = run(capsys, "cite", "--bibliography", "-", "--from", "csl-json")
    assert (0, "Kay. (n.d.). Extra.\n") == (status, out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["cite", "--bibliography", "-"], "--bibliography - (standard input) needs --from"),
        (["cite", "--key", "x"], "--key needs --bibliography FILE"),
        (["cite", "--from", "ris"], "--from needs --bibliography FILE"),
        (["export", "ris", "--from", "ris"], "--from needs --bibliography FILE"),
    ],
)
def test_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Options that need --bibliography are usage errors without it (status 2)."""
    status, _, err = run(capsys, *argv)
    assert (2, True) == (status, message in err)


def test_locator_needs_one_key(bib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A locator with several works is a usage error."""
    status, _, err = run(
        capsys, "cite", "--bibliography", str(bib), "--mode", "citation", "--locator", "4"
    )
    assert (2, True) == (status, "need exactly one --key" in err)


def test_bad_file_lists_every_bad_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed file is one error naming each bad entry's line, status 1."""
    path = tmp_path / "bad.bib"
    path.write_text("@misc{a, year = 2000, month = {x}}\n@misc{a}\n", encoding="utf-8")
    status, out, err = run(capsys, "cite", "--bibliography", str(path))
    assert (1, "") == (status, out)
    assert f"{path}:1: a: month" in err
    assert f"{path}:2: a: duplicate key (first used at line 1)" in err


def test_unknown_key(bib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A key that no work has is an error suggesting the close ones."""
    status, _, err = run(capsys, "cite", "--bibliography", str(bib), "--key", "abee")
    assert (1, "msc-sci: error: unknown citation key 'abee'; did you mean 'abe'?\n") == (
        status,
        err,
    )


@pytest.mark.parametrize("to", ["bibtex", "biblatex", "ris", "csl-json"])
def test_export_converts_the_whole_file(
    to: str, bib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``export TO --bibliography`` writes every work in one valid file that reads back."""
    status, out, _ = run(capsys, "export", to, "--bibliography", str(bib))
    read_as = {"biblatex": "bibtex"}.get(to, to)
    expected = [work.to_csl_json() for work in msc_sci.read_bibliography(bib)]
    back = [work.to_csl_json() for work in msc_sci.parse_bibliography(out, format=read_as)]
    assert (0, expected) == (status, back)


def test_export_json_ld_is_one_array(bib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """JSON-LD of a whole file is one array of nodes."""
    status, out, _ = run(capsys, "export", "jsonld", "--bibliography", str(bib))
    assert (0, ["Book", "ScholarlyArticle", "CreativeWork"]) == (
        status,
        [node["@type"] for node in json.loads(out)],
    )


def test_export_of_one_work_formats(bib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """CFF describes one work: several are an error, status 1."""
    status, _, err = run(capsys, "export", "cff", "--bibliography", str(bib))
    assert (1, "msc-sci: error: cff: a cff file describes one work, not 3\n") == (status, err)
