"""Title case as citeproc-js applies it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from msc_sci import Style, cite
from msc_sci._cite._engine._textcase import title_case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("auto serum-expanded cells", "Auto Serum-Expanded Cells"),
        ("chronic versus acute", "Chronic versus Acute"),
        ("cohort of and", "Cohort of And"),
        ("regeneration a", "Regeneration a"),
        ("the end: a new start", "The End: A New Start"),
        ("DNA and MRI", "DNA and MRI"),
    ],
)
def test_title_case(text: str, expected: str) -> None:
    """Lower-case words are capitalised, stop words kept, capitals left alone."""
    assert expected == title_case(text)


def test_hyphenated_words_in_a_style() -> None:
    """MLA prints ``Serum-Expanded`` in the study's title."""
    assert "Auto Serum-Expanded Autologous" in cite("modern-language-association")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("out-of-fashion initiatives", "Out-of-Fashion Initiatives"),
        ("saline solution of \u03b2-carotine", "Saline Solution of \u03b2-Carotine"),
    ],
)
def test_title_case_in_compounds(text: str, expected: str) -> None:
    """Stop words inside a hyphenated compound stay lower case, lone Greek letters too."""
    assert expected == title_case(text)


@pytest.mark.parametrize(
    ("case", "language", "title", "expected"),
    [
        ("lowercase", "en", 'A <span class="nocase">Smith</span> Pencil', "a Smith pencil"),
        ("uppercase", "en", 'a <span class="nocase">Smith</span> pencil', "A Smith PENCIL"),
        ("uppercase", "tr", "ic and id", "\u0130C AND \u0130D"),
    ],
)
def test_upper_and_lower_case_keep_nocase(
    tiny: Callable[..., Style], case: str, language: str, title: str, expected: str
) -> None:
    """Upper and lower case leave nocase spans alone and follow Turkish dotted i."""
    style = tiny(f'<text variable="title" text-case="{case}"/>')
    record = {"id": "a", "type": "book", "title": title, "language": language}
    assert expected == style.citation([record])


def test_compound_starting_with_a_number_is_kept() -> None:
    """In title case the parts of a compound that starts with a number stay lower case."""
    assert ["07-x", "07-x Test", "X-Ray Cells"] == [
        title_case(text) for text in ("07-x", "07-x test", "x-ray cells")
    ]


@pytest.mark.parametrize("text_case", ["uppercase", "capitalize-first", "title"])
def test_text_case_of_a_macro_call_is_ignored(tmp_path: Path, text_case: str) -> None:
    """A macro call's text case changes nothing, names or not, as in citeproc-js."""
    path = tmp_path / "macro.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        '<macro name="m"><names variable="author"/><text variable="title" prefix=" "/></macro>'
        f'<citation><layout><text macro="m" text-case="{text_case}"/></layout></citation>'
        "</style>",
        encoding="utf-8",
    )
    record = {"id": "a", "type": "book", "title": "the end", "author": [{"family": "doe"}]}
    assert "doe the end" == Style(path).citation([record])


@pytest.mark.parametrize(
    "case", ["lowercase", "uppercase", "sentence", "title", "capitalize-first"]
)
def test_citation_number_with_a_text_case(tiny: Callable[..., Style], case: str) -> None:
    """A citation number with a ``text-case`` prints (it raised before), and collapses."""
    style = tiny(
        f'<text variable="citation-number" text-case="{case}"/>',
        citation_attributes=' collapse="citation-number"',
        layout_attributes=' delimiter=","',
        bibliography='<text variable="title"/>',
    )
    works = [{"id": str(n), "type": "book", "title": f"T{n}"} for n in range(3)]
    assert "1\u20133" == style.citation(works)


def test_turkish_capitalize_first_dots_the_capital_i(tiny: Callable[..., Style]) -> None:
    """In a Turkish style, ``capitalize-first`` makes ``içinde`` ``İçinde``, as citeproc-js."""
    style = tiny(
        '<text value="içinde" text-case="capitalize-first"/>', attributes=' default-locale="tr-TR"'
    )
    assert "\u0130çinde" == style.citation([{"id": "a", "type": "book"}])
