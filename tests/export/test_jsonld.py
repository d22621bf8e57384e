"""JSON-LD export: pyld expands it, offline, into the expected schema.org statements."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from pyld import jsonld as pyld

import msc_sci
from msc_sci import Work
from msc_sci._export import jsonld
from strategies import hostile_works

SCHEMA = "http://schema.org/"
CONTEXT = json.loads(
    (Path(__file__).with_name("schema-org-context.jsonld")).read_text(encoding="utf-8")
)


def local_loader(url: str, options: object = None) -> dict[str, Any]:
    """Serve the schema.org context from a local file; refuse any other fetch."""
    if url.rstrip("/") not in {"https://schema.org", "http://schema.org"}:
        raise AssertionError(f"JSON-LD processing tried to fetch {url}")
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}


def expand(text: str) -> dict[str, Any]:
    """Expand one JSON-LD document with pyld and the local context."""
    (node,) = pyld.expand(json.loads(text), {"documentLoader": local_loader})
    return dict(node)


def value(node: dict[str, Any], name: str) -> object:
    """Return the single literal or id of property *name* of an expanded node."""
    (item,) = node[SCHEMA + name]
    return item.get("@value", item.get("@id"))


def test_study_expands() -> None:
    """The study is a MedicalScholarlyArticle with its title, authors, DOI and journal."""
    node = expand(jsonld.dumps(msc_sci.study()))
    assert node["@type"] == [SCHEMA + "MedicalScholarlyArticle"]
    assert node["@id"] == "https://doi.org/10.1016/j.clineuro.2021.106565"
    assert msc_sci.study().title == value(node, "name")
    assert value(node, "datePublished") == "2021-04"
    authors = node[SCHEMA + "author"]
    assert len(authors) == 19
    assert [value(authors[0], "familyName"), value(authors[0], "givenName")] == ["Honmou", "Osamu"]
    volume = node[SCHEMA + "isPartOf"][0]
    assert value(volume, "volumeNumber") == "203"
    journal = volume[SCHEMA + "isPartOf"][0]
    assert value(journal, "name") == "Clinical Neurology and Neurosurgery"
    assert value(journal, "issn") == "0303-8467"
    assert value(node[SCHEMA + "about"][0], "name") == "spinal cord injury"


def test_plain_works_are_scholarly_articles() -> None:
    """A journal article that is not the study is a ScholarlyArticle."""
    node = expand(jsonld.dumps(Work(id="x", title="t")))
    assert node["@type"] == [SCHEMA + "ScholarlyArticle"]


def test_no_network_fetch() -> None:
    """The local loader is what pyld used: a document with another context fails to load."""
    with pytest.raises(pyld.JsonLdError):
        pyld.expand({"@context": "https://example.org/ctx"}, {"documentLoader": local_loader})


class _Scripts(HTMLParser):
    """Collect the text of <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self._open = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open = tag == "script"
        if self._open:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            self.scripts[-1] += data


@given(hostile_works())
def test_hostile_works_stay_inside_their_script(work: Work) -> None:
    """Embedded in a page, the document stays one script and expands to the same title."""
    text = jsonld.dumps(work)
    page = f'<html><script type="application/ld+json">{text}</script><p>after</p></html>'
    parser = _Scripts()
    parser.feed(page)
    assert [text] == parser.scripts
    assert jsonld.to_jsonld(work) == json.loads(text)
    if work.title is not None:
        assert work.title == value(expand(text), "name")
