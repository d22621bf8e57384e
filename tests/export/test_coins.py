"""COinS export: decoding the span's title gives back the same key-value pairs."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import parse_qsl

from hypothesis import given

import msc_sci
from msc_sci import Work
from msc_sci._export import coins
from strategies import hostile_works


class _Spans(HTMLParser):
    """Collect the attributes of every tag."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def decode(text: str) -> list[tuple[str, str]]:
    """Return the ContextObject pairs of a COinS span, as an OpenURL resolver reads them."""
    parser = _Spans()
    parser.feed(f"<p>{text}</p>")
    parser.close()
    (span,) = [attrs for tag, attrs in parser.tags if tag == "span"]
    assert span["class"] == "Z3988"
    return parse_qsl(span["title"] or "", keep_blank_values=True, strict_parsing=True)


def test_study_fields() -> None:
    """The study's span holds the journal article's fields."""
    pairs = decode(coins.dumps(msc_sci.study()))
    fields = dict(pairs)
    expected = {
        "ctx_ver": "Z39.88-2004",
        "rft_val_fmt": "info:ofi/fmt:kev:mtx:journal",
        "rft_id": "info:doi/10.1016/j.clineuro.2021.106565",
        "rft.genre": "article",
        "rft.atitle": msc_sci.study().title,
        "rft.jtitle": "Clinical Neurology and Neurosurgery",
        "rft.aulast": "Honmou",
        "rft.aufirst": "Osamu",
        "rft.date": "2021-04",
        "rft.volume": "203",
        "rft.spage": "106565",
        "rft.artnum": "106565",
        "rft.issn": "0303-8467",
    }
    assert expected == {key: fields[key] for key in expected}
    assert len([v for k, v in pairs if k == "rft.au"]) == 19


def test_books_use_the_book_format() -> None:
    """A book is a book ContextObject with its title as btitle."""
    fields = dict(decode(coins.dumps(Work(id="x", type="book", title="A book"))))
    assert (fields["rft_val_fmt"], fields["rft.btitle"]) == ("info:ofi/fmt:kev:mtx:book", "A book")


@given(hostile_works())
def test_hostile_works_decode_to_the_same_pairs(work: Work) -> None:
    """Any text, control characters and markup included, decodes to the same pairs."""
    assert coins.context_object(work) == decode(coins.dumps(work))
