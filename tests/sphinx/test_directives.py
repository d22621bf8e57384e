"""The directives: each formats through the public API and its output is escaped."""

from __future__ import annotations

from collections.abc import Callable

from bs4 import BeautifulSoup

import msc_sci
from tests.sphinx.conftest import Built


def test_summary_writes_the_generated_summary(build: Callable[..., Built]) -> None:
    """``msc-summary`` writes the sentences of ``msc_sci.summarize`` for its options."""
    built = build("summary", "-W")
    assert 0 == built.returncode, built.warnings
    box = BeautifulSoup(built.page(), "html.parser").select_one("div.msc-summary")
    summary = msc_sci.summarize("patient", length="short")
    written = " ".join(box.get_text(" ").split())
    for sentence in summary.sentences:
        assert " ".join(sentence.text.split()) in written


def test_summary_links_the_doi(build: Callable[..., Built]) -> None:
    """Each summary's web addresses, the DOI in the tweet and the reference, are links."""
    built = build("summary", "-W")
    boxes = BeautifulSoup(built.page(), "html.parser").select("div.msc-summary")
    doi = "https://doi.org/10.1016/j.clineuro.2021.106565"
    expected = [[(doi, doi)]] * 3  # patient short, journalist tweet, public standard
    assert expected == [[(a["href"], a.get_text()) for a in box.find_all("a")] for box in boxes]


def test_summary_output_is_escaped(build: Callable[..., Built]) -> None:
    """Apostrophes and ampersands in the summary reach the page as text, not markup."""
    built = build("summary")
    box = BeautifulSoup(built.page(), "html.parser").select_one("div.msc-summary")
    assert [] == box.find_all(["script", "b", "i", "em", "strong"])


def test_unknown_audience_is_a_located_typed_warning(build: Callable[..., Built]) -> None:
    """An unknown audience warns ``msc_sci.summary`` at the directive; the build goes on."""
    built = build("bad-summary")
    assert "index.rst:4: WARNING: msc-summary: unknown audience 'robots'" in built.warnings
    assert "[msc_sci.summary]" in built.warnings
    assert (built.outdir / "index.html").is_file()


def test_sources_lists_every_source(build: Callable[..., Built]) -> None:
    """``msc-sources`` lists each of ``msc_sci.sources()`` by its title, no internal code."""
    built = build("summary")
    listing = BeautifulSoup(built.page(), "html.parser").select_one("dl.msc-sources")
    terms = [dt.get_text() for dt in listing.select("dt")]
    assert [s.title for s in msc_sci.sources()] == terms


def test_sources_keep_outlet_names_as_spelt(build: Callable[..., Built]) -> None:
    """Outlets keep their capitals ("Medical Xpress"), and the kind reads as words."""
    built = build("summary")
    listing = BeautifulSoup(built.page(), "html.parser").select_one("dl.msc-sources")
    details = [" ".join(dd.p.get_text().split()) for dd in listing.select("dd")]
    for source, detail in zip(msc_sci.sources(), details, strict=True):
        assert source.outlet is None or source.outlet in detail
        assert detail.startswith(source.kind.value.replace("-", " ").capitalize())


def test_quote_writes_each_attributed_quote(build: Callable[..., Built]) -> None:
    """``msc-quote`` writes ``Quote.attributed`` for each of the speaker's quotes."""
    built = build("quote", "-W")
    assert 0 == built.returncode, built.warnings
    page = BeautifulSoup(built.page(), "html.parser")
    written = [" ".join(b.get_text(" ").split()) for b in page.select("blockquote.msc-quote")]
    expected = [" ".join(q.attributed(style="news").split()) for q in msc_sci.quotes("waxman")]
    assert expected == written


def test_unknown_speaker_is_a_located_typed_warning(build: Callable[..., Built]) -> None:
    """An unknown speaker warns ``msc_sci.quote`` at the directive's line."""
    built = build("bad-quote")
    assert "index.rst:4: WARNING: msc-quote: unknown speaker 'Dr. Nobody'" in built.warnings
    assert "[msc_sci.quote]" in built.warnings


def test_citation_writes_the_bibliography_entry(build: Callable[..., Built]) -> None:
    """``msc-citation`` writes what ``msc_sci.cite`` returns, as the page's text."""
    built = build("citation", "-W")
    page = BeautifulSoup(built.page("index"), "html.parser")
    assert 0 == built.returncode, built.warnings
    assert msc_sci.cite("apa") == page.select_one("p.msc-bibliography").get_text()
    assert msc_sci.cite("apa", mode="citation") == page.select_one("p.msc-citation").get_text()


def test_citation_keeps_the_style_italics_and_link(build: Callable[..., Built]) -> None:
    """APA's italic journal and volume and the DOI link reach the page, as in HTML output."""
    built = build("citation", "-W")
    assert 0 == built.returncode, built.warnings
    entry = BeautifulSoup(built.page("index"), "html.parser").select_one("p.msc-bibliography")
    assert ["Clinical Neurology and Neurosurgery", "203"] == [
        em.get_text() for em in entry.select("em")
    ]
    assert ["https://doi.org/10.1016/j.clineuro.2021.106565"] == [
        a["href"] for a in entry.select("a")
    ]


def test_citation_takes_style_and_locale(build: Callable[..., Built]) -> None:
    """The ``style`` and ``locale`` options reach ``msc_sci.cite``."""
    built = build("citation")
    page = BeautifulSoup(built.page("other"), "html.parser")
    expected = msc_sci.cite("modern-language-association", locale="en-GB")
    assert expected == page.select_one("p.msc-bibliography").get_text()


def test_citation_output_is_escaped(build: Callable[..., Built]) -> None:
    """An ampersand in the citation is written as ``&amp;`` in the HTML."""
    built = build("citation")
    assert "&" in msc_sci.cite("apa")
    assert "&amp;" in built.page("index")


def test_unknown_style_is_a_located_typed_warning(build: Callable[..., Built]) -> None:
    """An unknown style warns ``msc_sci.style`` at the directive's line; the build goes on."""
    built = build("bad-input")
    assert "index.rst:4: WARNING: msc-citation: unknown style 'no-such-style'" in built.warnings
    assert "[msc_sci.style]" in built.warnings
    assert (built.outdir / "index.html").is_file()


def test_summary_key_messages_are_a_bulleted_list(build: Callable[..., Built]) -> None:
    """A standard summary's key messages reach the page as a list, one item per message."""
    built = build("summary", "-W")
    box = BeautifulSoup(built.page(), "html.parser").select("div.msc-summary")[-1]
    key = next(s for s in msc_sci.summarize("public").sections if s.bullets)
    items = [" ".join(li.get_text(" ").split()) for li in box.select("ul > li")]
    assert [s.text for s in key.sentences] == items
