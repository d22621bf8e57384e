"""Markdown citations: pandoc reads their text as given, escaped only where needed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import msc_sci
from msc_sci._cite._formats import markdown
from msc_sci._cite._names import COMMON_STYLES as STYLES
from tests.cite._formats._render import pandoc, pandoc_paragraphs, same_text
from tests.strategies import markup_texts

READERS = ("commonmark", "gfm", "markdown")


@pytest.mark.parametrize("reader", READERS)
def test_study_entries_read_as_their_text(reader: str) -> None:
    """pandoc reads each common style's entry as the text format's entry."""
    source = "\n\n".join(msc_sci.cite(style, format="markdown") for style in STYLES)
    expected = [same_text(msc_sci.cite(style), smart=reader == "markdown") for style in STYLES]
    assert expected == pandoc_paragraphs(source, reader)


def test_apa_keeps_its_punctuation_unescaped() -> None:
    """Periods, parentheses and ampersands are not escaped; italics are ``*...*``."""
    entry = msc_sci.cite("apa", format="markdown")
    assert "Honmou, O., " in entry
    assert "& Kocsis, J. D. (2021). Intravenous" in entry
    assert "*Clinical Neurology and Neurosurgery*, *203*, Article 106565." in entry
    assert "\\" not in entry


def test_url_is_an_autolink() -> None:
    """The DOI URL is an autolink, so every Markdown makes it a link."""
    entry = msc_sci.cite("apa", format="markdown")
    html = pandoc(entry, "commonmark", "html")
    assert entry.endswith(" <https://doi.org/10.1016/j.clineuro.2021.106565>")
    assert 'href="https://doi.org/10.1016/j.clineuro.2021.106565"' in html


def test_list_marker_at_the_start_is_escaped() -> None:
    """A numbered entry does not become a list, and only its marker is escaped."""
    entry = msc_sci.cite("vancouver", format="markdown")
    assert entry.startswith(r"1\. Honmou O, ")
    assert "<ol" not in pandoc(entry, "commonmark", "html")


@settings(max_examples=25)
@given(st.lists(markup_texts, min_size=1, max_size=12))
def test_any_text_reads_back_unchanged(texts: list[str]) -> None:
    """Whatever the text, every pandoc Markdown reads the escaped paragraph as that text."""
    source = "\n\n".join(markdown.start(markdown.escape(text)) for text in texts)
    for reader in READERS:
        expected = [same_text(text, smart=reader == "markdown") for text in texts]
        assert expected == pandoc_paragraphs(source, reader)
