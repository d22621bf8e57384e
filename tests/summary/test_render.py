"""Rendering: text, Markdown, escaped HTML and JSON carry the same sentences."""

from __future__ import annotations

import html
import itertools
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import msc_sci
from msc_sci.summary._links import split_links
from msc_sci.summary._model import Section, Sentence, Summary
from msc_sci.summary._readability import measure
from tests import _needs as needs
from tests.strategies import hostile_text, markup_texts

ALL = list(
    itertools.product(
        ("public", "patient", "clinician", "journalist"), ("tweet", "short", "standard")
    )
)
#: Web addresses with the characters Markdown, HTML and URLs give meaning to.
_URLS = (
    "https://doi.org/10.1016/j.clineuro.2021.106565",
    "https://a.org/a_b*c*_d_",
    "http://a.org/?q=1&r=2&amp;",
    "https://a.org/w_(x)",
    "https://a.org/\\[x](y)`z`",
    "https://a.org/\u00e9#frag",
)


def _summary_of(text: str) -> Summary:
    sentence = Sentence(text=text, claims=("patients-13",), sources=("yale2021release",))
    return Summary(
        audience="public",
        length="short",
        format="text",
        title=text,
        sections=(Section(heading=text, sentences=(sentence,)),),
        readability=measure(text),
    )


@given(hostile_text)
def test_html_escapes_everything(text: str) -> None:
    """No text reaches HTML unescaped: unescaping the body gives the text back."""
    rendered = _summary_of(text).render("html")
    paragraph = re.search(r"<p>(.*)</p>", rendered, re.S)
    assert paragraph is not None
    expected = text
    assert expected == html.unescape(re.sub(r"</?a\b[^>]*>", "", paragraph.group(1)))


@given(hostile_text)
def test_json_round_trips_the_sentences(text: str) -> None:
    """The JSON form holds each sentence with its claims and sources."""
    data = json.loads(_summary_of(text).render("json"))
    expected = {
        "text": text,
        "claims": ["patients-13"],
        "quotes": [],
        "sources": ["yale2021release"],
    }
    assert expected == data["sections"][0]["sentences"][0]


@pytest.mark.parametrize("length", ["short", "standard"])
def test_markdown_has_a_title_and_headings(length: str) -> None:
    """Markdown opens with a level-1 title; standard summaries have level-2 headings."""
    rendered = msc_sci.summarize(length=length, format="markdown").render()
    expected = (True, length == "standard")
    assert expected == (rendered.startswith("# "), "\n## What did they find?\n" in rendered)


def test_every_format_holds_the_same_sentences() -> None:
    """Text, Markdown, HTML and JSON give the same sentences."""
    summary = msc_sci.summarize("clinician")
    expected = [s.text for s in summary.sentences]
    data = json.loads(summary.render("json"))
    assert expected == [s["text"] for sec in data["sections"] for s in sec["sentences"]]
    for format in ("text", "html"):
        rendered = html.unescape(re.sub(r"</?a\b[^>]*>", "", summary.render(format)))
        assert all(text in rendered for text in expected), format


@pytest.mark.parametrize("length", ["tweet", "short", "standard"])
def test_html_links_the_doi_wherever_it_is_given(length: str) -> None:
    """In HTML, the DOI is a link in a tweet and in the reference that ends a summary."""
    rendered = msc_sci.summarize("clinician", length=length, format="html").render()
    doi = msc_sci.study().doi_url
    expected = f'<a href="{doi}">{doi}</a>'
    assert expected in rendered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See https://a.org/x.", 'See <a href="https://a.org/x">https://a.org/x</a>.'),
        (
            "(https://a.org/?q=1&r=2)",
            '(<a href="https://a.org/?q=1&amp;r=2">https://a.org/?q=1&amp;r=2</a>)',
        ),
        ('x <b> "y"', 'x &lt;b&gt; "y"'),
        (
            "(https://a.org/w_(x))",
            '(<a href="https://a.org/w_(x)">https://a.org/w_(x)</a>)',
        ),
    ],
)
def test_html_links_web_addresses_and_escapes_the_rest(text: str, expected: str) -> None:
    """A web address becomes a link without its closing punctuation; the rest is escaped."""
    rendered = _summary_of(text).render("html")
    paragraph = re.search(r"<p>(.*)</p>", rendered, re.S)
    assert paragraph is not None
    assert expected == paragraph.group(1)


def _commonmark_links(markdown: str) -> list[tuple[str, str]]:
    """Return ``(href, text)`` of each link a CommonMark parser reads in *markdown*."""
    markdown_it = pytest.importorskip("markdown_it", reason=needs.python("markdown-it-py"))
    links: list[tuple[str, str]] = []
    for block in markdown_it.MarkdownIt("commonmark").parse(markdown):
        children = block.children or []
        for opening, inner in itertools.pairwise(children):
            if opening.type == "link_open":
                links.append((str(opening.attrs["href"]), inner.content))
    return links


def _normalized(url: str) -> str:
    """Return *url* as CommonMark writes it in ``href`` (percent-encoded)."""
    from markdown_it.common.normalize_url import normalizeLink

    return normalizeLink(url)


@pytest.mark.parametrize(("audience", "length"), ALL)
def test_markdown_links_every_web_address(audience: str, length: str) -> None:
    """Each web address of a Markdown summary is a CommonMark link to itself, the DOI included."""
    summary = msc_sci.summarize(audience, length=length, format="markdown")
    urls = [piece for s in summary.sentences for piece, url in split_links(s.text) if url]
    expected = (True, [(url, url) for url in urls])
    assert expected == (msc_sci.study().doi_url in urls, _commonmark_links(summary.render()))


@given(markup_texts, st.lists(st.sampled_from(_URLS), min_size=1, max_size=3))
def test_markdown_links_addresses_among_markup(text: str, urls: list[str]) -> None:
    """Addresses beside Markdown's own characters are each one link, and nothing else is."""
    sentence = " ".join(f"{text} {url}" for url in urls)
    found = [piece for piece, url in split_links(sentence) if url]
    expected = [(_normalized(url), url) for url in found]
    assert expected == _commonmark_links(_summary_of(sentence).render("markdown"))


def test_tweet_text_is_one_line() -> None:
    """A tweet in text format is a single line ending with the DOI link."""
    rendered = msc_sci.summarize(length="tweet").render("text")
    expected = 1
    assert expected == len(rendered.strip().splitlines())


def test_import_msc_sci_loads_neither_summary_nor_checker() -> None:
    """``import msc_sci`` stays cheap: the summary and checker load on first use."""
    import subprocess
    import sys

    code = "import sys, msc_sci; print(sorted(m for m in sys.modules if m.startswith('msc_sci.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout
    expected = (False, False)
    assert expected == ("msc_sci.summary" in loaded, "msc_sci.checker" in loaded)
