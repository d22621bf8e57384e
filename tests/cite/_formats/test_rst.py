"""reStructuredText citations: docutils prints their text as given, with working links."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import msc_sci
from msc_sci._cite._formats import rst
from msc_sci._cite._names import COMMON_STYLES as STYLES
from tests import _needs as needs
from tests.cite._formats._render import docutils_paragraphs, same_text
from tests.strategies import markup_texts

pytest.importorskip("docutils", reason=needs.python("docutils"))


@pytest.mark.parametrize("style", STYLES)
def test_study_entry_reads_as_its_text_with_a_link(style: str) -> None:
    """docutils reads each common style's entry as the text format's, its URL a link."""
    entry = msc_sci.cite(style, format="rst")
    paragraphs, messages, links = docutils_paragraphs(entry)
    assert ([], [same_text(msc_sci.cite(style))]) == (messages, paragraphs)
    if "https://" in entry:
        assert ["https://doi.org/10.1016/j.clineuro.2021.106565"] == links


def test_url_is_not_escaped() -> None:
    """The DOI URL is written as it is (``https://``, not ``https\\://``)."""
    assert msc_sci.cite("apa", format="rst").endswith(
        " https://doi.org/10.1016/j.clineuro.2021.106565"
    )


def test_only_markup_characters_are_escaped() -> None:
    """Colons, periods, parentheses and angle brackets stay as they are."""
    assert r"Doe, J. (2020). <T>: a \*b\* \`c\` \|d\| e\_ [1]" == rst.escape(
        "Doe, J. (2020). <T>: a *b* `c` |d| e_ [1]"
    )


def test_list_marker_at_the_start_is_escaped() -> None:
    """A numbered entry does not become a list: ``1.`` is written ``1\\.``."""
    assert msc_sci.cite("vancouver", format="rst").startswith(r"1\. Honmou O")


def test_url_with_characters_docutils_stops_at_is_an_explicit_link() -> None:
    """A URL docutils would not take whole is written as a hyperlink to itself."""
    text = "at https://x.org/~a@b."
    written = rst.start(rst.escape(text))
    paragraphs, messages, links = docutils_paragraphs(written)
    assert ([], [text], ["https://x.org/~a@b"]) == (messages, paragraphs, links)
    assert r"at \ `https://x.org/~a@b <https://x.org/~a@b>`__\ ." == written


@settings(max_examples=40)
@given(st.lists(markup_texts, min_size=1, max_size=12))
def test_any_text_reads_back_unchanged(texts: list[str]) -> None:
    """Whatever the text, docutils reads the escaped paragraph as that text, without warnings."""
    source = "\n\n".join(rst.start(rst.escape(text)) for text in texts)
    paragraphs, messages, _ = docutils_paragraphs(source)
    assert ([], [same_text(text) for text in texts]) == (messages, paragraphs)
