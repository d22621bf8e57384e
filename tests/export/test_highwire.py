"""Highwire meta tags: an HTML parser reads back every field, escaped and in order."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given

import msc_sci
from msc_sci import ExportError, Work
from msc_sci._export import highwire
from strategies import hostile_works, works

from .readback import has_control


class _Metas(HTMLParser):
    """Collect (name, content) of every <meta> and every other tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.metas: list[tuple[str, str]] = []
        self.other_tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            self.other_tags.append(tag)
            return
        values = dict(attrs)
        self.metas.append((values["name"] or "", values["content"] or ""))


def read(text: str) -> _Metas:
    """Parse meta tags inside a page head."""
    parser = _Metas()
    parser.feed(f"<html><head>{text}</head><body></body></html>")
    parser.close()
    return parser


def test_study_tags() -> None:
    """The study has one citation_author per author and every bibliographic tag."""
    metas = read(highwire.dumps(msc_sci.study())).metas
    authors = [v for k, v in metas if k == "citation_author"]
    assert len(authors) == 19
    assert (authors[0], authors[-1]) == ("Honmou, Osamu", "Kocsis, Jeffery D.")
    expected = {
        "citation_title": msc_sci.study().title,
        "citation_publication_date": "2021/04",
        "citation_online_date": "2021/02/18",
        "citation_journal_title": "Clinical Neurology and Neurosurgery",
        "citation_journal_abbrev": "Clin Neurol Neurosurg",
        "citation_publisher": "Elsevier",
        "citation_issn": "0303-8467",
        "citation_volume": "203",
        "citation_firstpage": "106565",
        "citation_doi": "10.1016/j.clineuro.2021.106565",
        "citation_language": "en",
    }
    assert expected == {k: v for k, v in metas if k != "citation_author"}


def test_markup_is_escaped() -> None:
    """HTML in a title is text in the attribute, not a new element."""
    work = Work(id="x", title='"><script>alert(1)</script><meta name="x')
    parsed = read(highwire.dumps(work))
    assert parsed.other_tags == ["html", "head", "body"]
    assert [("citation_title", work.title)] == parsed.metas


def test_control_characters_are_an_error() -> None:
    """A control character is refused, naming the field."""
    with pytest.raises(ExportError, match=r"highwire: title: .*U\+0007"):
        highwire.dumps(Work(id="x", title="bell\u0007"))


@given(works())
def test_any_work_reads_back(work: Work) -> None:
    """The parsed tags are the tags, for any ordinary work."""
    assert highwire.tags(work) == read(highwire.dumps(work)).metas


@given(hostile_works())
def test_hostile_works_read_back_or_fail_clearly(work: Work) -> None:
    """Hostile text reads back as itself (on one line), or is refused with ExportError."""
    try:
        text = highwire.dumps(work)
    except ExportError as exc:
        error: ExportError | None = exc
    else:
        error = None
    if error is not None:
        assert (error.reason[:17], has_control(work)) == ("control character", True)
        return
    parsed = read(text)
    assert parsed.other_tags == ["html", "head", "body"]
    assert highwire.tags(work) == parsed.metas
    if work.title is not None:
        assert " ".join(work.title.split()) == parsed.metas[0][1]
