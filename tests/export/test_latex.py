"""LaTeX escaping: every special character is written as a fixed, harmless escape."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given

from msc_sci import ExportError
from msc_sci._bibtex.latex import ESCAPES, escape, protect_case
from strategies import hostile_text

from .readback import collapse, commands, decode


@pytest.mark.parametrize("char", sorted(ESCAPES))
def test_each_special_character_is_escaped(char: str) -> None:
    """Each LaTeX-special character becomes its escape and reads back as itself."""
    assert (ESCAPES[char], char) == (escape(char), decode(escape(char)))


@pytest.mark.parametrize("pair", ["--", "``", "''", "<<", ">>", ",,", "?`", "!`"])
def test_ligatures_are_broken(pair: str) -> None:
    """Pairs TeX fonts would merge into one glyph are kept apart with ``{}``."""
    assert pair[0] + "{}" + pair[1] == escape(pair)


def test_whitespace_collapses() -> None:
    """Newlines and tabs become one space, as BibTeX reads them."""
    assert "a b c" == escape(" a\n\tb  c ")


def test_ascii_only_spells_accents() -> None:
    """ASCII mode writes accented letters as braced LaTeX accents."""
    assert 'Gr{\\"u}{\\ss}e' == escape("Grüße", ascii_only=True)


def test_unspellable_character_names_the_field() -> None:
    """A character LaTeX cannot spell in ASCII mode is an ExportError naming the field."""
    with pytest.raises(ExportError, match=r"bibtex: title: .*U\+202E"):
        escape("\u202e", ascii_only=True, field="title")


def test_protect_case_braces_a_command_start_twice() -> None:
    """A protected word starting with a command is double-braced (not a special char)."""
    assert "{{\\%DNA}}" == protect_case([("%DNA", "\\%DNA")])


@given(hostile_text)
def test_any_text_reads_back(text: str) -> None:
    """Any text reads back as itself, braces balanced, with no command but the escapes."""
    has_control = any(unicodedata.category(c) == "Cc" and not c.isspace() for c in text)
    if has_control:
        with pytest.raises(ExportError, match="control character"):
            escape(text)
        return
    latex = escape(text)
    depth = 0
    for char in latex:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert (0, collapse(text)) == (depth, decode(latex))
    assert commands(latex) <= commands("".join(ESCAPES.values()))
