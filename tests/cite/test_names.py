"""Style names and style files: any case, files by suffix, helpful suggestions."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import msc_sci
from msc_sci import StyleError, UnknownStyleError
from msc_sci._cite._names import find, style_file
from tests.cite.test_bibtex import TINY_BST


def test_names_match_whatever_their_case() -> None:
    """``Chicago-Author-Date`` is the bundled ``chicago-author-date``."""
    assert find("chicago-author-date").path == find("Chicago-Author-Date").path
    expected = msc_sci.cite("chicago-author-date", mode="citation")
    assert expected == msc_sci.cite("Chicago-Author-Date", mode="citation")


def test_chicago_suggests_the_chicago_manual_styles_first() -> None:
    """``chicago`` suggests the three Chicago styles people mean, not look-alike names."""
    with pytest.raises(UnknownStyleError) as info:
        msc_sci.Style("chicago")
    expected = (
        "chicago-author-date",
        "chicago-notes-bibliography",
        "chicago-shortened-notes-bibliography",
    )
    assert expected == info.value.suggestions
    assert str(info.value).startswith("unknown style 'chicago'; did you mean 'chicago-author-date'")


def test_a_word_of_a_name_suggests_its_family() -> None:
    """``nlm`` (no close spelling) suggests the NLM styles, the common one first."""
    with pytest.raises(UnknownStyleError) as info:
        msc_sci.Style("nlm")
    assert "nlm-citation-sequence" == info.value.suggestions[0]


def test_misspelling_still_suggests_the_closest_names() -> None:
    """A name that is no style's word falls back to the closest spellings."""
    with pytest.raises(UnknownStyleError) as info:
        msc_sci.Style("APAA")
    assert "apa" in info.value.suggestions


def test_bst_file_is_a_bibtex_style(tmp_path: Path) -> None:
    """A path ending in ``.bst`` is a BibTeX style file, without ``bibtex:``."""
    path = tmp_path / "mine.bst"
    path.write_text(TINY_BST, encoding="utf-8")
    style = msc_sci.Style(path)
    assert f"bibtex:{path}" == style.name
    expected = msc_sci.Style(f"bibtex:{path}").bibliography([msc_sci.study()])
    assert expected == style.bibliography([msc_sci.study()])
    assert expected[0] == msc_sci.cite(str(path))


@pytest.mark.parametrize("suffix", [".csl", ".bst", ".CSL"])
def test_missing_style_file_is_not_found(tmp_path: Path, suffix: str) -> None:
    """A style file that does not exist says so, not "unknown style"."""
    path = str(tmp_path / f"nothere{suffix}")
    with pytest.raises(StyleError) as info:
        msc_sci.Style(path)
    assert f"style {path!r}: file not found" == str(info.value)


@pytest.mark.parametrize("suffix", [".csl", ".bst"])
def test_directory_is_not_a_style_file(tmp_path: Path, suffix: str) -> None:
    """A directory named like a style file is reported as a directory."""
    path = tmp_path / f"styles{suffix}"
    path.mkdir()
    with pytest.raises(StyleError, match="is a directory, not a style file"):
        msc_sci.Style(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="this system has no FIFOs")
def test_fifo_is_not_a_style_file(tmp_path: Path) -> None:
    """A FIFO named like a style file is refused without being opened (which would hang)."""
    path = tmp_path / "pipe.csl"
    os.mkfifo(path)
    with pytest.raises(StyleError, match="is not a regular file"):
        msc_sci.Style(path)


def test_style_file_accepts_a_regular_file(tmp_path: Path) -> None:
    """A regular style file is returned as its path."""
    path = tmp_path / "apa.csl"
    shutil.copyfile(find("apa").path, path)
    assert path == style_file(str(path))
    assert msc_sci.cite("apa") == msc_sci.cite(str(path))
