"""Rich text: decorations flip inside themselves, resets drop outside them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from msc_sci import Style
from msc_sci._cite._engine._rich import Span, flip, hoist_space, mark, parse


def test_italics_inside_italics_are_upright() -> None:
    """An italic span in italics becomes ``normal``; one level deeper it is italic again."""
    tree = flip(parse(mark("i", "a " + mark("i", "b " + mark("i", "c")))))
    assert Span("", [Span("i", ["a ", Span("normal", ["b ", Span("i", ["c"])])])]) == tree


def test_nodecor_resets_every_decoration() -> None:
    """``nodecor`` inside bold italics resets both, and outside them is dropped."""
    tree = flip(parse(mark("b", mark("i", mark("nodecor", "v."))) + mark("nodecor", "x")))
    expected = Span("", [Span("b", [Span("i", [Span("normal", [Span("nobold", ["v."])])])]), "x"])
    assert expected == tree


@pytest.mark.parametrize(
    ("layout", "title", "expected"),
    [
        (
            '<text variable="title" font-style="italic"/>',
            "One <i>Two</i>",
            '<i>One <span style="font-style:normal;">Two</span></i>',
        ),
        (
            '<text variable="title" font-variant="small-caps"/>',
            'His <span style="font-variant:small-caps;">Anonymous</span> Life',
            '<span style="font-variant:small-caps;">His '
            '<span style="font-variant:normal;">Anonymous</span> Life</span>',
        ),
        (
            '<text variable="title" font-weight="bold"/>',
            "Speak <b>friend</b>",
            '<b>Speak <span style="font-weight:normal;">friend</span></b>',
        ),
        (
            '<text variable="title" font-style="italic"/>',
            'Lessard <span class="nodecor">v.</span> Schmidt',
            '<i>Lessard <span style="font-style:normal;">v.</span> Schmidt</i>',
        ),
    ],
)
def test_flip_flop_in_html(
    tiny: Callable[..., Style], layout: str, title: str, expected: str
) -> None:
    """Markup in data inside the same decoration from the style prints as a reset."""
    record = {"id": "a", "type": "book", "title": title}
    assert expected == tiny(layout).citation([record], format="html")


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("text", "One Two"),
        ("markdown", "*One Two*"),
        ("rst", r"\ :emphasis:`One Two`\ "),
        ("latex", r"\textit{One \textup{Two}}"),
    ],
)
def test_flip_flop_in_other_formats(tiny: Callable[..., Style], fmt: str, expected: str) -> None:
    """Formats without an upright span keep the text; LaTeX uses ``\\textup``."""
    record = {"id": "a", "type": "book", "title": "One <i>Two</i>"}
    style = tiny('<text variable="title" font-style="italic"/>')
    assert expected.strip() == style.citation([record], format=fmt)


def test_baseline_only_inside_superscript() -> None:
    """A ``baseline`` span is kept inside a superscript and dropped elsewhere."""
    tree = flip(parse(mark("sup", "a " + mark("baseline", "b")) + mark("baseline", "c")))
    assert Span("", [Span("sup", ["a ", Span("baseline", ["b"])]), "c"]) == tree


def test_superscript_characters_become_superscript_spans(tiny: Callable[..., Style]) -> None:
    """Superscript characters, in data or in a style, print as ``<sup>`` of their letters."""
    style = tiny('<text variable="title" prefix="\u00aa "/>')
    record = {"id": "a", "type": "book", "title": "Brand\u2122 2\u00b3"}
    assert "<sup>a</sup> Brand<sup>TM</sup> 2<sup>3</sup>" == style.citation(
        [record], format="html"
    )


def test_leading_space_of_an_entry_leaves_its_first_block() -> None:
    """The spaces opening an entry's first (non-empty) block go before the block."""
    tree = Span("", [Span("block", []), Span("margin", [" N.d."]), Span("inline", [" T"])])
    assert [Span("block", []), " ", Span("margin", ["N.d."]), Span("inline", [" T"])] == (
        hoist_space(tree).children
    )
