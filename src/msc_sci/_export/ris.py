"""RIS: the tagged format of EndNote, Zotero, Mendeley and reference databases.

One ``TAG  - value`` line per field and one ``AU`` line per author, ending with ``ER``.
Values are single lines: whitespace runs become one space.
"""

from __future__ import annotations

from collections.abc import Iterable

from msc_sci._export._text import inverted_name, one_line
from msc_sci._export._url import web_url
from msc_sci._records import Date, Person, Work

__all__ = ["MEDIA_TYPE", "NAME", "SUFFIXES", "TYPES", "dumps", "dumps_all", "name"]

NAME = "ris"
SUFFIXES = (".ris",)
MEDIA_TYPE = "application/x-research-info-systems"

#: CSL item type -> RIS reference type (``GEN`` for the rest).
TYPES = {
    "article-journal": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "book": "BOOK",
    "chapter": "CHAP",
    "dataset": "DATA",
    "manuscript": "MANSCPT",
    "paper-conference": "CPAPER",
    "report": "RPRT",
    "software": "COMP",
    "thesis": "THES",
    "webpage": "ELEC",
}


def dumps(work: Work) -> str:
    """Return *work* as one RIS record.

    Raises:
        ExportError: when a field holds a control character.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> print("\\n".join(dumps(msc_sci.study()).splitlines()[:3]))
    TY  - JOUR
    ID  - honmou2021
    TI  - Intravenous infusion of auto serum-expanded autologous mesenchymal stem cells in spinal cord injury patients: 13 case series
    """  # noqa: E501
    lines: list[tuple[str, str]] = [
        ("TY", TYPES.get(work.type, "GEN")),
        ("ID", one_line(work.id, format=NAME, field="id")),
    ]

    def add(tag: str, value: str | None, field: str) -> None:
        if value is not None:
            lines.append((tag, one_line(value, format=NAME, field=field)))

    add("TI", work.title, "title")
    add("ST", work.title_short, "title_short")
    for index, person in enumerate(work.authors):
        lines.append(("AU", name(person, field=f"author[{index}]")))
    for index, person in enumerate(work.names_of("editor")):
        lines.append(("A2", name(person, field=f"editor[{index}]")))
    add("T2", work.container_title, "container_title")
    add("J2", work.container_title_short, "container_title_short")
    add("T3", work.collection_title, "collection_title")
    if work.issued is not None:
        lines.extend(_dates(work.issued))
    add("VL", work.volume, "volume")
    add("IS", work.issue, "issue")
    if pages := work.page_range:
        add("SP", pages[0], "page")
        add("EP", pages[1], "page")
    else:
        add("SP", work.page, "page")
    add("C7", work.number, "number")
    add("ET", work.edition, "edition")
    add("PB", work.publisher, "publisher")
    add("CY", work.publisher_place, "publisher_place")
    for issn in work.issns:
        add("SN", issn, "issn")
    add("SN", work.isbn, "isbn")
    add("DO", work.doi, "doi")
    if work.url is not None:
        add("UR", web_url(work.url, format=NAME), "url")
    add("LA", work.language, "language")
    add("AB", work.abstract, "abstract")
    add("N1", work.note, "note")
    if work.accessed is not None:
        add("Y2", str(work.accessed), "accessed")
    return "".join(f"{tag}  - {value}\n" for tag, value in lines) + "ER  - \n"


def dumps_all(works: Iterable[Work]) -> str:
    """Return *works* as one RIS file: their records, a blank line between them."""
    return "\n".join(dumps(work) for work in works)


def name(person: Person, *, field: str = "author") -> str:
    """Return *person* as RIS writes names: ``Family, Given, Suffix``.

    A family name alone keeps its comma (``Plato,``): a name without one is an
    organisation, as reference managers read RIS.

    >>> name(Person(family="Waxman", given="Stephen G."))
    'Waxman, Stephen G.'
    >>> name(Person(literal="Yale University")), name(Person(family="Plato"))
    ('Yale University', 'Plato,')
    """
    written = inverted_name(person)
    if person.family is not None and "," not in written:
        written += ","
    return one_line(written, format=NAME, field=field)


def _dates(date: Date) -> list[tuple[str, str]]:
    if date.year is None:
        return [("DA", one_line(date.literal or date.raw or "", format=NAME, field="issued"))]
    month = f"{date.month:02d}" if date.month is not None and date.month <= 12 else ""
    day = f"{date.day:02d}" if date.day is not None else ""
    return [("PY", str(date.year)), ("DA", f"{date.year}/{month}/{day}/")]
