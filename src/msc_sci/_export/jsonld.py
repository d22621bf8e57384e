"""JSON-LD: a schema.org description of the work, for a web page's ``<script>`` element.

The study is a ``MedicalScholarlyArticle`` about spinal cord injury; other works get the
schema.org type of their kind (``ScholarlyArticle``, ``Book``, ``NewsArticle``, ...).
``<``, ``>`` and ``&`` are written as JSON escapes, so the output can sit inside
``<script type="application/ld+json">`` whatever the text holds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from msc_sci._controls import escape_json_controls
from msc_sci._export._url import web_url
from msc_sci._records import Date, Person, Study, Work

__all__ = ["CONTEXT", "MEDIA_TYPE", "NAME", "SUFFIXES", "TYPES", "dumps", "dumps_all", "to_jsonld"]

NAME = "jsonld"
SUFFIXES = (".jsonld",)
MEDIA_TYPE = "application/ld+json"

CONTEXT = "https://schema.org"

#: CSL item type -> schema.org type (``CreativeWork`` for the rest).
TYPES = {
    "article": "ScholarlyArticle",
    "article-journal": "ScholarlyArticle",
    "article-magazine": "Article",
    "article-newspaper": "NewsArticle",
    "book": "Book",
    "chapter": "Chapter",
    "dataset": "Dataset",
    "manuscript": "Manuscript",
    "map": "Map",
    "paper-conference": "ScholarlyArticle",
    "post-weblog": "BlogPosting",
    "report": "Report",
    "software": "SoftwareSourceCode",
    "thesis": "Thesis",
    "webpage": "WebPage",
}
_HTML_SAFE = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def dumps(work: Work) -> str:
    """Return *work* as a schema.org JSON-LD document.

    .. versionadded:: 0.1.0

    >>> import msc_sci, json
    >>> doc = json.loads(dumps(msc_sci.study()))
    >>> doc["@type"], doc["isPartOf"]["isPartOf"]["name"]
    ('MedicalScholarlyArticle', 'Clinical Neurology and Neurosurgery')
    """
    return _safe_json(to_jsonld(work))


def dumps_all(works: Iterable[Work]) -> str:
    """Return *works* as one JSON-LD document: an array of their nodes.

    >>> import json
    >>> [node["@type"] for node in json.loads(dumps_all([Work(id="a", type="book")]))]
    ['Book']
    """
    return _safe_json([to_jsonld(work) for work in works])


def _safe_json(data: object) -> str:
    """JSON that is also safe inside an HTML ``<script>`` element."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    for char, escaped in _HTML_SAFE.items():
        text = text.replace(char, escaped)
    return escape_json_controls(text) + "\n"


def to_jsonld(work: Work) -> dict[str, object]:
    """Return the JSON-LD document of *work* as a dict.

    >>> to_jsonld(Work(id="x", type="book", title="A book"))["@type"]
    'Book'
    """
    doc: dict[str, object] = {"@context": CONTEXT}
    if work.doi_url is not None:
        doc["@id"] = work.doi_url
    doc["@type"] = (
        "MedicalScholarlyArticle"
        if isinstance(work, Study)
        else (TYPES.get(work.type, "CreativeWork"))
    )
    if work.title is not None:
        doc["headline"] = work.title
        doc["name"] = work.title
    if work.title_short is not None:
        doc["alternativeHeadline"] = work.title_short
    if work.authors:
        doc["author"] = [_person(p) for p in work.authors]
    editors = work.names_of("editor")
    if editors:
        doc["editor"] = [_person(p) for p in editors]
    if work.issued is not None:
        doc["datePublished"] = _date(work.issued)
    if isinstance(work, Study):
        if work.online is not None:
            doc["dateCreated"] = _date(work.online)
        doc["publicationType"] = work.design.kind
        doc["about"] = {"@type": "MedicalCondition", "name": work.population.condition}
    container = _container(work)
    if container is not None:
        doc["isPartOf"] = container
    if pages := work.page_range:
        doc["pageStart"], doc["pageEnd"] = pages
    elif work.page is not None:
        doc["pagination"] = work.page
    if work.publisher is not None:
        publisher: dict[str, object] = {"@type": "Organization", "name": work.publisher}
        if work.publisher_place is not None:
            publisher["location"] = work.publisher_place
        doc["publisher"] = publisher
    identifiers: list[object] = []
    if work.doi is not None:
        identifiers.append({"@type": "PropertyValue", "propertyID": "DOI", "value": work.doi})
    if work.number is not None:
        identifiers.append(
            {"@type": "PropertyValue", "propertyID": "article number", "value": work.number}
        )
    if identifiers:
        doc["identifier"] = identifiers
    if work.isbn is not None:
        doc["isbn"] = work.isbn
    if work.edition is not None:
        doc["bookEdition"] = work.edition
    if work.url is not None:
        doc["url"] = web_url(work.url, format=NAME)
    elif work.doi_url is not None:
        doc["url"] = work.doi_url
    if work.language is not None:
        doc["inLanguage"] = work.language
    if work.abstract is not None:
        doc["abstract"] = work.abstract
    return doc


def _person(person: Person) -> dict[str, object]:
    if person.is_organization:
        return {"@type": "Organization", "name": str(person)}
    out: dict[str, object] = {"@type": "Person", "name": str(person)}
    if person.given is not None:
        out["givenName"] = person.given
    if person.family is not None:
        particles = [p for p in (person.dropping_particle, person.non_dropping_particle) if p]
        out["familyName"] = " ".join([*particles, person.family])
    if person.suffix is not None:
        out["honorificSuffix"] = person.suffix
    return out


def _date(date: Date) -> str:
    return str(date) if date.year is not None else (date.literal or date.raw or "")


def _container(work: Work) -> dict[str, object] | None:
    if work.container_title is None:
        return None
    periodical = work.type.startswith("article")
    outer: dict[str, object] = {
        "@type": "Periodical" if periodical else "CreativeWork",
        "name": work.container_title,
    }
    if work.container_title_short is not None:
        outer["alternateName"] = work.container_title_short
    if work.issns:
        outer["issn"] = list(work.issns)
    if not periodical:
        return outer
    container = outer
    if work.volume is not None:
        container = {
            "@type": "PublicationVolume",
            "volumeNumber": work.volume,
            "isPartOf": container,
        }
    if work.issue is not None:
        container = {
            "@type": "PublicationIssue",
            "issueNumber": work.issue,
            "isPartOf": container,
        }
    return container
