"""Printing a registry quote with its attribution."""

from __future__ import annotations

import pytest

import msc_sci
import msc_sci._cite
from msc_sci import UnknownFormatError


def _quote(quote_id: str) -> msc_sci.Quote:
    return msc_sci.load_references().quote(quote_id)


def test_news_style() -> None:
    """News: the quote, a comma inside the marks, 'said', the name and title."""
    expected = (
        "\u201cNow we have a hint, in humans, that it may be possible,\u201d said Stephen G. "
        "Waxman, professor of neurology, neuroscience and pharmacology at Yale University."
    )
    assert expected == _quote("waxman-hint").attributed()


def test_news_style_for_the_paper() -> None:
    """A non-person speaker is named as it is ('the paper')."""
    assert (
        _quote("paper-beyond-injury-site")
        .attributed("news")
        .endswith("blood vessels,\u201d said the paper.")
    )


def test_news_style_for_reported_speech() -> None:
    """Reported speech of two speakers names both, with their titles."""
    expected = (
        "According to Jeffery D. Kocsis, professor of neurology and neuroscience at Yale "
        "University, and Stephen G. Waxman, professor of neurology, neuroscience and "
        "pharmacology at Yale University, this could take years."
    )
    assert expected == _quote("senior-authors-years").attributed()


def test_markdown_style() -> None:
    """Markdown: a block quote, then a dash, the speaker and a link to the source."""
    expected = (
        "> Now we have a hint, in humans, that it may be possible.\n>\n"
        "> \u2014 Stephen G. Waxman, professor of neurology, neuroscience and pharmacology at "
        "Yale University, in [Scientists repair injured spinal cord using patients' own stem "
        "cells](https://medicalxpress.com/news/2021-02-scientists-spinal-cord-patients-stem.html)"
        ", Medical Xpress, 22 February 2021"
    )
    assert expected == _quote("waxman-hint").attributed("markdown")


def test_html_style_is_escaped() -> None:
    """HTML: a blockquote citing the source URL, a footer with <cite>, text escaped."""
    expected = (
        '<blockquote cite="https://medicalxpress.com/news/2021-02-scientists-spinal-cord-'
        'patients-stem.html"><p>The idea that we may be able to restore function after injury '
        "to the brain and spinal cord using the patient&#x27;s own stem cells has intrigued us "
        "for years.</p><footer>\u2014 <cite>Stephen G. Waxman, professor of neurology, "
        "neuroscience and pharmacology at Yale University</cite>, Scientists repair injured "
        "spinal cord using patients&#x27; own stem cells, Medical Xpress, 22 February 2021"
        "</footer></blockquote>"
    )
    assert expected == _quote("waxman-restore").attributed("html")


def test_html_without_a_url_has_no_cite_attribute() -> None:
    """A source with no URL gives a plain <blockquote>."""
    assert _quote("paper-beyond-injury-site").attributed("html").startswith("<blockquote><p>")


def test_unknown_style_lists_the_known_ones() -> None:
    """An unknown style raises UnknownFormatError naming the styles."""
    with pytest.raises(UnknownFormatError, match="unknown quote style 'tweet'; known: academic"):
        _quote("waxman-hint").attributed("tweet")


class _FakeStyle:
    """Stands in for ``msc_sci.Style`` (as ``msc_sci._cite`` gives it): records what it cites."""

    def __init__(self, name: str, locale: str | None = None) -> None:
        self.name = name

    def citation(self, works: list[msc_sci.Work], format: str = "text") -> str:
        return f"({works[0].id}, {self.name})"

    def bibliography(self, works: list[msc_sci.Work], format: str = "text") -> list[str]:
        return [f"Entry for {works[0].id}."]


def test_academic_style_cites_the_source(monkeypatch: pytest.MonkeyPatch) -> None:
    """Academic: the quote, an in-text citation of its source's work, then its entry."""
    monkeypatch.setattr(msc_sci._cite, "Style", _FakeStyle)
    quote = _quote("waxman-hint")
    expected = (
        "Stephen G. Waxman, professor of neurology, neuroscience and pharmacology at Yale "
        "University, said: \u201cNow we have a hint, in humans, that it may be possible\u201d "
        f"({quote.source.work.id}, chicago).\n\nEntry for {quote.source.work.id}."
    )
    assert expected == quote.attributed("academic", citation_style="chicago")


def test_academic_style_without_citations_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without msc_sci.Style, the academic style raises a StyleError saying why."""
    monkeypatch.setattr(msc_sci._cite, "Style", None)
    with pytest.raises(msc_sci.StyleError, match="academic quote style cites its source"):
        _quote("waxman-hint").attributed("academic")


def test_academic_style_in_apa() -> None:
    """With msc_sci.Style: an APA in-text citation of the release and its reference entry."""
    expected = (
        "Stephen G. Waxman, professor of neurology, neuroscience and pharmacology at Yale "
        "University, said: \u201cNow we have a hint, in humans, that it may be possible\u201d "
        "(Yale University, 2021).\n\nYale University. (2021, February 22). Scientists repair "
        "injured spinal cord using patients\u2019 own stem cells. Medical Xpress. "
        "https://medicalxpress.com/news/2021-02-scientists-spinal-cord-patients-stem.html"
    )
    assert expected == _quote("waxman-hint").attributed("academic")


def test_academic_style_for_the_paper() -> None:
    """A non-person speaker opens the sentence capitalised, with no title."""
    text = _quote("paper-beyond-injury-site").attributed("academic", citation_style="apa")
    assert text.startswith("The paper said: \u201cIntravenously infused MSCs")
