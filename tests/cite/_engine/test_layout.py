"""Second-field-align, subsequent-author-substitute and sorting."""

from __future__ import annotations

from pathlib import Path

from msc_sci import Style, cite
from msc_sci.cite._engine._layout import collation_key


def test_second_field_align_text() -> None:
    """Numbered entries are ``1. Honmou`` and ``[1] O. Honmou``, with a space."""
    assert (cite("american-medical-association")[:10], cite("ieee")[:11]) == (
        "1. Honmou ",
        "[1] O. Honm",
    )


def test_second_field_align_html() -> None:
    """HTML puts the number in a left margin and the rest in a right-inline div."""
    html = cite("nature", format="html")
    assert html.startswith(
        '<div class="csl-entry"><div class="csl-left-margin">1.</div>'
        '<div class="csl-right-inline">Honmou, O. <i>et al.</i> Intravenous'
    )


def test_subsequent_author_substitute() -> None:
    """MLA replaces a repeated author by three em dashes."""
    records = [
        {"id": f"x{n}", "type": "book", "title": title, "author": [{"literal": "WHO"}]}
        for n, title in enumerate(("Alpha", "Beta"))
    ]
    entries = Style("modern-language-association").bibliography(records)
    assert ["WHO. Alpha.", "———. Beta."] == list(entries)


def test_collation() -> None:
    """Accents and case come after the letters; apostrophes are ignored."""
    names = ["Zeta", "Østergaard", "O'Neil", "Łoś", "émile", "Maanri"]
    assert ["émile", "Łoś", "Maanri", "O'Neil", "Østergaard", "Zeta"] == sorted(
        names, key=collation_key
    )


def test_citation_numbers_collapse_to_ranges() -> None:
    """Vancouver cites four consecutive works as ``(1-4)`` (en dash); IEEE keeps them apart."""
    records = [
        {"id": f"x{n}", "type": "book", "title": f"T{n}", "author": [{"family": f"A{n}"}]}
        for n in range(4)
    ]
    assert ("(1\u20134)", "[1], [2], [3], [4]") == (
        Style("vancouver").citation(records),
        Style("ieee").citation(records),
    )


def test_right_inline_part_is_trimmed(tmp_path: Path) -> None:
    """The end of a second-field-aligned entry loses the space of its last suffix."""
    path = tmp_path / "aligned.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography second-field-align="flush"><layout>'
        '<text variable="citation-number" suffix=". "/><text variable="title" suffix=". "/>'
        "</layout></bibliography></style>",
        encoding="utf-8",
    )
    work = {"id": "a", "type": "book", "title": "T"}
    assert [
        '<div class="csl-entry"><div class="csl-left-margin">1. </div>'
        '<div class="csl-right-inline">T.</div></div>'
    ] == list(Style(path).bibliography([work], format="html"))


def test_layout_suffix_goes_inside_a_last_display_block(tmp_path: Path) -> None:
    """A layout suffix after a ``display`` block is printed inside it, as in citeproc-js."""
    path = tmp_path / "blocks.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<citation><layout><text variable="title"/></layout></citation>'
        '<bibliography><layout suffix=".">'
        '<group display="block"><text variable="title"/></group>'
        '<group display="right-inline"><text variable="publisher"/></group>'
        "</layout></bibliography></style>",
        encoding="utf-8",
    )
    work = {"id": "a", "type": "book", "title": "T", "publisher": "P"}
    assert [
        '<div class="csl-entry"><div class="csl-block">T</div>'
        '<div class="csl-right-inline">P.</div></div>'
    ] == list(Style(path).bibliography([work], format="html"))
