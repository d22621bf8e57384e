"""A citable work: any CSL-JSON item, with the common variables typed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from msc_sci._errors import RecordError
from msc_sci._fields import Fields, check_text, join_field
from msc_sci._records.csl import (
    DATE_VARIABLES,
    NAME_VARIABLES,
    NUMBER_VARIABLES,
    STRING_VARIABLES,
    TYPES,
)
from msc_sci._records.dates import Date
from msc_sci._records.identifiers import check_doi, check_issns, doi_url, require_canonical
from msc_sci._records.journal import Journal
from msc_sci._records.person import Person

__all__ = ["Work"]

# Typed attributes and the CSL-JSON variables they hold, in output order.
_TYPED_STRINGS: dict[str, str] = {
    "title": "title",
    "title_short": "title-short",
    "container_title": "container-title",
    "container_title_short": "container-title-short",
    "collection_title": "collection-title",
    "publisher": "publisher",
    "publisher_place": "publisher-place",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "number": "number",
    "edition": "edition",
    "doi": "DOI",
    "issn": "ISSN",
    "isbn": "ISBN",
    "url": "URL",
    "language": "language",
    "abstract": "abstract",
    "note": "note",
}
_TYPED_DATES = {"issued": "issued", "accessed": "accessed"}
_OTHER_VARIABLES = (STRING_VARIABLES | NUMBER_VARIABLES) - frozenset(
    {*_TYPED_STRINGS.values(), *_TYPED_DATES.values(), "author"}
)
_CSL_KEYS = frozenset(
    {"id", "type", "categories", "custom", *NAME_VARIABLES, *DATE_VARIABLES}
    | NUMBER_VARIABLES
    | STRING_VARIABLES
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Work:
    """A citable work: a journal article, book, chapter, news item or any CSL-JSON item.

    Common variables are typed attributes; every other CSL-JSON variable is kept in
    :attr:`variables`, :attr:`names` or :attr:`dates`, so :meth:`from_csl_json` and
    :meth:`to_csl_json` round-trip any valid item.

    Attributes:
        id: The item's citation key, e.g. ``"honmou2021"``.
        type: The CSL item type, e.g. ``"article-journal"``.
        authors: Authors in order.
        issued: Date of issue.
        accessed: Date the work was accessed (web pages and news).
        doi: Bare DOI, checked (a ``https://doi.org/`` prefix is removed on input).
        issn: One or more ISSNs, checked, joined by ``", "``.
        names: Other name variables, e.g. ``(("editor", (...)),)``.
        dates: Other date variables, e.g. ``(("original-date", Date(...)),)``.
        variables: Other ordinary variables, e.g. ``(("PMID", "123"),)``.
        categories: CSL-JSON ``categories``.
        custom: CSL-JSON ``custom`` key-value pairs (string values).

    >>> work = Work.from_csl_json({"id": "x", "type": "book", "title": "A book"})
    >>> work.to_csl_json()
    {'id': 'x', 'type': 'book', 'title': 'A book'}
    """

    id: str
    type: str = "article-journal"
    title: str | None = None
    title_short: str | None = None
    authors: tuple[Person, ...] = ()
    container_title: str | None = None
    container_title_short: str | None = None
    collection_title: str | None = None
    publisher: str | None = None
    publisher_place: str | None = None
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    number: str | None = None
    edition: str | None = None
    doi: str | None = None
    issn: str | None = None
    isbn: str | None = None
    url: str | None = None
    language: str | None = None
    abstract: str | None = None
    note: str | None = None
    issued: Date | None = None
    accessed: Date | None = None
    names: tuple[tuple[str, tuple[Person, ...]], ...] = ()
    dates: tuple[tuple[str, Date], ...] = ()
    variables: tuple[tuple[str, str], ...] = ()
    categories: tuple[str, ...] = ()
    custom: tuple[tuple[str, str], ...] = ()

    _typed_keys: ClassVar[frozenset[str]] = frozenset(
        {*_TYPED_STRINGS.values(), *_TYPED_DATES.values(), "author"}
    )

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise RecordError("must be a non-empty string", field="id", value=self.id)
        check_text(self.id, field="id")
        if not isinstance(self.type, str) or self.type not in TYPES:
            raise RecordError("not a CSL item type", field="type", value=self.type)
        for attr in _TYPED_STRINGS:
            value = getattr(self, attr)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise RecordError("must be a non-empty string or None", field=attr, value=value)
            if value is not None:
                check_text(value, field=attr)
        for group in ("variables", "custom"):
            for key, text in getattr(self, group):
                if isinstance(text, str):
                    check_text(text, field=f"{group}.{key}")
                if isinstance(key, str):
                    check_text(key, field=group)
        for category in self.categories:
            if isinstance(category, str):
                check_text(category, field="categories")
        require_canonical("doi", self.doi, check_doi)
        require_canonical("issn", self.issn, check_issns)
        for group, allowed in (
            ("names", set(NAME_VARIABLES) - {"author"}),
            ("dates", set(DATE_VARIABLES) - set(_TYPED_DATES)),
            ("variables", (STRING_VARIABLES | NUMBER_VARIABLES) - self._typed_keys),
        ):
            keys = [key for key, _ in getattr(self, group)]
            for key in keys:
                if key not in allowed:
                    raise RecordError(f"not a CSL variable for {group}", field=group, value=key)
            if len(set(keys)) != len(keys):
                raise RecordError("a variable appears twice", field=group, value=keys)

    def __str__(self) -> str:
        who = (
            str(self.authors[0]) + (" et al." if len(self.authors) > 1 else "")
            if (self.authors)
            else "Anonymous"
        )
        year = f" ({self.issued.year})" if self.issued and self.issued.year is not None else ""
        return f"{who}{year}. {self.title or 'Untitled'}"

    @property
    def doi_url(self) -> str | None:
        """The DOI as a ``https://doi.org/`` link, or ``None``."""
        return doi_url(self.doi) if self.doi else None

    @property
    def issns(self) -> tuple[str, ...]:
        """The ISSNs one by one (``issn`` joins them with ``", "``).

        >>> Work(id="x", issn="0303-8467, 1872-6968").issns
        ('0303-8467', '1872-6968')
        """
        return tuple(self.issn.split(", ")) if self.issn else ()

    @property
    def page_range(self) -> tuple[str, str] | None:
        """The first and last page when ``page`` is a range, else ``None``.

        >>> Work(id="x", page="12-19").page_range, Work(id="x", page="106565").page_range
        (('12', '19'), None)
        """
        if self.page is None:
            return None
        start, dash, end = self.page.partition("-")
        if dash and start.strip() and end.strip():
            return start.strip(), end.strip()
        return None

    @property
    def journal(self) -> Journal | None:
        """The journal, for articles with a container title; else ``None``."""
        if self.container_title is None or self.type not in {"article-journal", "article"}:
            return None
        first_issn = self.issns[0] if self.issns else None
        return Journal(
            title=self.container_title,
            abbreviation=self.container_title_short,
            issn=first_issn,
            publisher=self.publisher,
        )

    def names_of(self, variable: str) -> tuple[Person, ...]:
        """Return the people in name *variable* (``"author"``, ``"editor"``, ...).

        >>> Work(id="x", names=(("editor", (Person(family="Ed"),)),)).names_of("editor")[0].family
        'Ed'
        """
        if variable == "author":
            return self.authors
        return dict(self.names).get(variable, ())

    def get(self, variable: str) -> str | None:
        """Return the ordinary CSL variable *variable* (``"DOI"``, ``"PMID"``, ...) or ``None``.

        >>> Work(id="x", doi="10.1000/abc").get("DOI")
        '10.1000/abc'
        """
        for attr, key in _TYPED_STRINGS.items():
            if key == variable:
                value: str | None = getattr(self, attr)
                return value
        return dict(self.variables).get(variable)

    @classmethod
    def from_csl_json(
        cls, data: Mapping[str, object], *, path: str | None = None, where: str = ""
    ) -> Work:
        """Build a work from one CSL-JSON item, checking every field.

        Raises:
            RecordError: naming the field, when a field is unknown, of the wrong type or
                invalid (a malformed DOI or ISSN, an impossible date, ...).
        """
        item = Fields(data, where, path=path)
        item.reject_unknown(_CSL_KEYS)
        raw_id = item.opt_string("id", numbers=True) if "id" in item else None
        if raw_id is None:
            raise item.error("id", "missing or empty (a string or number is required)")
        item_type = item.string("type")
        if item_type not in TYPES:
            raise item.error("type", "not a CSL item type", item_type)
        strings: dict[str, str | None] = {}
        for attr, key in _TYPED_STRINGS.items():
            if key == "DOI":
                strings[attr] = item.opt_parse(key, check_doi)
            elif key == "ISSN":
                strings[attr] = item.opt_parse(key, check_issns)
            else:
                strings[attr] = item.opt_string(key, numbers=key in NUMBER_VARIABLES)
        names = {key: _read_names(item, key) for key in NAME_VARIABLES if key in item}
        dates = {
            key: Date.from_csl_json(item.raw(key), join_field(item.where, key), path=path)
            for key in DATE_VARIABLES
            if key in item
        }
        # Only the keys present: looking up all ~90 variables dominates reading big files.
        variables = tuple(
            (key, value)
            for key in sorted(set(item.names()) & _OTHER_VARIABLES)
            if (value := item.opt_string(key, numbers=key in NUMBER_VARIABLES)) is not None
        )
        custom = item.opt_table("custom")
        custom_pairs: list[tuple[str, str]] = []
        if custom is not None:
            for key in sorted(custom.names()):
                check_text(key, field=custom.where, path=custom.path)
                value = custom.opt_string(key)
                if value is not None:
                    custom_pairs.append((key, value))
        return cls(
            id=raw_id,
            type=item_type,
            authors=names.pop("author", ()),
            issued=dates.pop("issued", None),
            accessed=dates.pop("accessed", None),
            names=tuple(names.items()),
            dates=tuple(dates.items()),
            variables=variables,
            categories=item.strings("categories"),
            custom=tuple(custom_pairs),
            **strings,
        )

    def to_csl_json(self) -> dict[str, object]:
        """Return the work as one CSL-JSON item (a new dict)."""
        out: dict[str, object] = {"id": self.id, "type": self.type}
        strings = {key: getattr(self, attr) for attr, key in _TYPED_STRINGS.items()}
        if self.title is not None:
            out["title"] = self.title
        if self.authors:
            out["author"] = [person.to_csl_json() for person in self.authors]
        for key, people in self.names:
            out[key] = [person.to_csl_json() for person in people]
        for key, value in strings.items():
            if value is not None and key != "title":
                out[key] = value
        for key, value in self.variables:
            out[key] = value
        if self.issued is not None:
            out["issued"] = self.issued.to_csl_json()
        if self.accessed is not None:
            out["accessed"] = self.accessed.to_csl_json()
        for key, date in self.dates:
            out[key] = date.to_csl_json()
        if self.categories:
            out["categories"] = list(self.categories)
        if self.custom:
            out["custom"] = dict(self.custom)
        return out


def _read_names(item: Fields, key: str) -> tuple[Person, ...]:
    where = join_field(item.where, key)
    return tuple(
        Person.from_csl_json(entry, join_field(where, index), path=item.path)
        for index, entry in enumerate(item.array(key))
    )
