"""``msc-sci cite`` with a locator, label and affixes."""

from __future__ import annotations

import pytest

from msc_sci._cli import main


def test_cite_with_locator(capsys: pytest.CaptureFixture[str]) -> None:
    """``--locator`` and ``--label`` print where in the study a citation points."""
    assert 0 == main(["cite", "--mode", "citation", "--locator", "4", "--label", "figure"])
    assert "(Honmou et al., 2021, Figure 4)\n" == capsys.readouterr().out


def test_cite_with_affixes(capsys: pytest.CaptureFixture[str]) -> None:
    """``--prefix`` and ``--suffix`` wrap the cite."""
    args = ["cite", "--style", "ieee", "--mode", "citation", "--locator", "4"]
    assert 0 == main([*args, "--prefix", "see ", "--suffix", ", for details"])
    assert "see [1, p. 4], for details\n" == capsys.readouterr().out


def test_cite_bad_label_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown label exits 1 with ``msc-sci: error:`` and the known labels."""
    assert 1 == main(["cite", "--mode", "citation", "--locator", "4", "--label", "pg"])
    err = capsys.readouterr().err
    assert (True, True) == (
        err.startswith("msc-sci: error: unknown locator label 'pg'; did you mean 'page'?"),
        "sub-verbo" in err,
    )


def test_cite_locator_without_citation_mode_is_an_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A locator for a bibliography entry exits 1 saying it is for citations."""
    assert 1 == main(["cite", "--locator", "4"])
    expected = (
        "msc-sci: error: locator: only a citation (mode='citation') takes a locator,"
        " prefix or suffix\n"
    )
    assert expected == capsys.readouterr().err


def test_cite_blank_locator_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A blank locator exits 1 naming the field."""
    assert 1 == main(["cite", "--mode", "citation", "--locator", " "])
    assert capsys.readouterr().err.startswith("msc-sci: error: locator: blank")
