"""`msc_sci.cite()` and `msc_sci.Style`: names, errors, memoising, lazy imports."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import msc_sci
from msc_sci import RecordError, StyleError, UnknownFormatError, UnknownStyleError

STUDY_DOI = "10.1016/j.clineuro.2021.106565"


def test_cite_defaults_to_apa_text() -> None:
    """The default citation is the APA bibliography entry, ending with the DOI link."""
    assert msc_sci.cite().endswith(f"https://doi.org/{STUDY_DOI}")


def test_cite_citation_mode() -> None:
    """``mode="citation"`` gives the first in-text citation."""
    assert msc_sci.cite("apa", mode="citation") == "(Honmou et al., 2021)"


def test_cite_is_memoised() -> None:
    """Repeated calls return the very same string object."""
    assert msc_sci.cite("ieee") is msc_sci.cite("ieee")


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("vancouver", "1. Honmou O,"),
        ("council-of-science-editors", "1. Honmou O et al."),
        ("chicago-note-bibliography", "Honmou, Osamu,"),
    ],
)
def test_renamed_styles_resolve(name: str, start: str) -> None:
    """Renamed style names resolve to their current styles."""
    assert start == msc_sci.cite(name)[: len(start)]


def test_dependent_style_keeps_its_own_locale() -> None:
    """A dependent style uses its own default locale, not its parent's."""
    style = msc_sci.Style("nature-digest")
    assert style.locale == "en-GB"


def test_unknown_style_suggests_close_names() -> None:
    """An unknown style name raises UnknownStyleError with close matches."""
    with pytest.raises(UnknownStyleError) as info:
        msc_sci.Style("apaa")
    assert "apa" in info.value.suggestions


def test_bibtex_names_without_bibtex_support_are_unknown() -> None:
    """``bibtex:`` names are unknown styles until BibTeX support is installed."""
    if importlib.util.find_spec("msc_sci._cite.bibtex") is None:
        with pytest.raises(UnknownStyleError):
            msc_sci.Style("bibtex:plain")
    else:
        assert msc_sci.Style("bibtex:plain").name == "bibtex:plain"


def test_unknown_format() -> None:
    """An unknown format raises UnknownFormatError naming the known ones."""
    with pytest.raises(UnknownFormatError, match="latex"):
        msc_sci.cite("apa", format="pdf")


def test_style_file_with_entities_is_refused(tmp_path: Path) -> None:
    """A style file declaring a DTD (entity expansion, file access) is a StyleError."""
    path = tmp_path / "evil.csl"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE style [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">'
        '<citation><layout><text value="&x;"/></layout></citation></style>',
        encoding="utf-8",
    )
    with pytest.raises(StyleError, match=r"evil\.csl"):
        msc_sci.Style(path)


def test_style_file_not_xml(tmp_path: Path) -> None:
    """A broken style file is a StyleError naming the file."""
    path = tmp_path / "broken.csl"
    path.write_text("<style", encoding="utf-8")
    with pytest.raises(StyleError, match=r"broken\.csl"):
        msc_sci.Style(path)


def test_style_file_is_used(tmp_path: Path) -> None:
    """A user's style file formats works."""
    path = tmp_path / "mine.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><text variable="title" prefix="[" suffix="]"/></layout></citation>'
        "</style>",
        encoding="utf-8",
    )
    assert msc_sci.Style(path).citation([{"id": "a", "type": "book", "title": "T"}]) == "[T]"


def test_import_is_lazy() -> None:
    """``import msc_sci`` loads neither citeproc nor lxml."""
    code = (
        "import sys, msc_sci; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('citeproc', 'lxml')))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert output.strip() == "[]"


@pytest.mark.parametrize("bad", [{"id": "x", "type": "nope"}, {"type": "book"}, 42])
def test_invalid_works_raise_record_error(bad: object) -> None:
    """Invalid items raise RecordError naming where they are."""
    with pytest.raises(RecordError, match=r"works\[0\]"):
        msc_sci.Style("apa").bibliography([bad])  # type: ignore[list-item]


@pytest.mark.parametrize(
    "layout",
    [
        '<text macro="missing"/>',
        '<text macro="loop"/>',
    ],
)
def test_style_that_cannot_render_is_a_style_error(tmp_path: Path, layout: str) -> None:
    """A missing or endlessly recursive macro is a StyleError naming the file."""
    path = tmp_path / "odd.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="loop"><text macro="loop"/></macro>'
        f"<citation><layout>{layout}</layout></citation></style>",
        encoding="utf-8",
    )
    with pytest.raises(StyleError, match=r"odd\.csl"):
        msc_sci.Style(path).citation([{"id": "a", "type": "book", "title": "T"}])


def test_cite_with_locator_and_affixes() -> None:
    """A citation can point to a page and carry text before and after."""
    expected = "(see Honmou et al., 2021, p. 4, for the protocol)"
    assert expected == msc_sci.cite(
        "apa", mode="citation", locator="4", prefix="see ", suffix=", for the protocol"
    )


def test_cite_with_locator_label() -> None:
    """The label says what the locator counts."""
    assert "[1, Fig. 2]" == msc_sci.cite("ieee", mode="citation", locator="2", label="figure")


def test_cite_with_locator_is_memoised() -> None:
    """Calls with a locator are memoised like any other."""
    first = msc_sci.cite("vancouver", mode="citation", locator="12-15")
    assert first is msc_sci.cite("vancouver", mode="citation", locator="12-15")


def test_cite_locator_in_bibliography_mode_is_an_error() -> None:
    """A bibliography entry has no locator: a `RecordError` naming the argument."""
    with pytest.raises(RecordError) as info:
        msc_sci.cite("apa", locator="4")
    assert "locator" == info.value.field


def test_cite_suffix_in_bibliography_mode_is_an_error() -> None:
    """Affixes are for citations only, too."""
    with pytest.raises(RecordError) as info:
        msc_sci.cite("apa", suffix="!")
    assert "suffix" == info.value.field


def test_cite_unknown_label_is_an_error() -> None:
    """An unknown label is an `UnknownLabelError` with a suggestion."""
    with pytest.raises(msc_sci.UnknownLabelError, match="did you mean 'page'"):
        msc_sci.cite("apa", mode="citation", locator="4", label="pgae")
