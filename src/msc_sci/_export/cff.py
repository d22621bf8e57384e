"""CFF: a ``CITATION.cff`` (Citation File Format 1.2.0) whose preferred citation is the work.

GitHub, Zenodo and Zotero read this file. The top level names the work; its
``preferred-citation`` holds the full reference. Every string is written as a YAML
double-quoted scalar with escapes, so no text can break the YAML structure.
"""

from __future__ import annotations

import re
import unicodedata

from msc_sci._errors import ExportError
from msc_sci._records import Person, Work

__all__ = ["MEDIA_TYPE", "NAME", "SUFFIXES", "TYPES", "dumps", "reference", "yaml_string"]

NAME = "cff"
SUFFIXES = (".cff",)
MEDIA_TYPE = "application/x-yaml"

CFF_VERSION = "1.2.0"
MESSAGE = "If you use this work, please cite it as given in preferred-citation."

#: CSL item type -> CFF reference type (``generic`` for the rest).
TYPES = {
    "article-journal": "article",
    "article-magazine": "magazine-article",
    "article-newspaper": "newspaper-article",
    "bill": "bill",
    "book": "book",
    "dataset": "data",
    "entry-dictionary": "dictionary",
    "entry-encyclopedia": "encyclopedia",
    "hearing": "hearing",
    "legal_case": "legal-case",
    "manuscript": "unpublished",
    "map": "map",
    "pamphlet": "pamphlet",
    "paper-conference": "conference-paper",
    "patent": "patent",
    "personal_communication": "personal-communication",
    "post-weblog": "blog",
    "report": "report",
    "software": "software-code",
    "standard": "standard",
    "thesis": "thesis",
    "webpage": "website",
}

# The patterns the CFF 1.2.0 schema puts on these fields.
_CFF_DOI = re.compile(r"10\.\d{4,9}(\.\d+)?/[A-Za-z0-9:/_;\-.()\[\]\\]+")
_CFF_URL = re.compile(r"(https|http|ftp|sftp)://.+")
_CFF_LANGUAGE = re.compile(r"[a-z]{2,3}")

Value = str | int | list["Value"] | dict[str, "Value"]


def dumps(work: Work) -> str:
    """Return a ``CITATION.cff`` for *work*.

    Raises:
        ExportError: when the work has no authors (CFF requires one), lists the same
            author twice, or has a DOI or URL the CFF schema does not accept.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> print("\\n".join(dumps(msc_sci.study()).splitlines()[:3]))
    cff-version: "1.2.0"
    message: "If you use this work, please cite it as given in preferred-citation."
    title: "Intravenous infusion of auto serum-expanded autologous mesenchymal stem cells in spinal cord injury patients: 13 case series"
    """  # noqa: E501
    ref = reference(work)
    top: dict[str, Value] = {
        "cff-version": CFF_VERSION,
        "message": MESSAGE,
        "title": ref["title"],
        "authors": ref["authors"],
    }
    for key in ("doi", "url"):
        if key in ref:
            top[key] = ref[key]
    top["preferred-citation"] = ref
    return "".join(_emit(top, 0))


def reference(work: Work) -> dict[str, Value]:
    """Return the CFF ``reference`` object of *work* (the ``preferred-citation``).

    >>> import msc_sci
    >>> ref = reference(msc_sci.study())
    >>> ref["type"], ref["journal"], ref["volume"], ref["start"], ref["year"], ref["month"]
    ('article', 'Clinical Neurology and Neurosurgery', '203', '106565', 2021, 4)
    """
    if not work.authors:
        raise ExportError("CFF requires at least one author", format=NAME, field="authors")
    ref: dict[str, Value] = {
        "type": TYPES.get(work.type, "generic"),
        "title": work.title or work.id,
        "authors": _people(work.authors, "authors"),
    }
    editors = work.names_of("editor")
    if editors:
        ref["editors"] = _people(editors, "editors")
    container = work.container_title
    if container is not None:
        periodical = work.type.startswith("article-")
        ref["journal" if periodical else "collection-title"] = container
    if work.container_title_short is not None:
        ref["abbreviation"] = work.container_title_short
    elif work.title_short is not None:
        ref["abbreviation"] = work.title_short
    if work.collection_title is not None and "collection-title" not in ref:
        ref["collection-title"] = work.collection_title
    for key, value in (("volume", work.volume), ("issue", work.issue), ("edition", work.edition)):
        if value is not None:
            ref[key] = value
    if pages := work.page_range:
        ref["start"], ref["end"] = pages
    elif work.page is not None:
        ref["start"] = work.page
    if work.number is not None and work.type == "report":
        ref["number"] = work.number
    if work.publisher is not None:
        ref["publisher"] = {"name": work.publisher}
    if work.publisher_place is not None:
        ref["location"] = {"name": work.publisher_place}
    if work.issued is not None and work.issued.year is not None:
        ref["year"] = work.issued.year
        if work.issued.month is not None and work.issued.month <= 12:
            ref["month"] = work.issued.month
            if work.issued.day is not None and work.issued.year >= 1000:
                issued = work.issued
                ref["date-published"] = f"{issued.year:04d}-{issued.month:02d}-{issued.day:02d}"
    if work.doi is not None:
        ref["doi"] = _checked(work.doi, _CFF_DOI, "doi")
    if work.url is not None:
        ref["url"] = _checked(work.url, _CFF_URL, "url")
    if work.issns:
        ref["issn"] = work.issns[0]
    if work.language is not None:
        primary = work.language.split("-")[0].lower()
        if _CFF_LANGUAGE.fullmatch(primary):
            ref["languages"] = [primary]
    if work.abstract is not None:
        ref["abstract"] = work.abstract
    if work.note is not None:
        ref["notes"] = work.note
    return ref


def _people(people: tuple[Person, ...], field: str) -> list[Value]:
    out: list[Value] = []
    for person in people:
        entry: dict[str, Value] = {}
        if person.family is None and person.literal is not None:
            entry["name"] = person.literal
        else:
            particles = [p for p in (person.dropping_particle, person.non_dropping_particle) if p]
            for key, value in (
                ("family-names", person.family),
                ("given-names", person.given),
                ("name-particle", " ".join(particles) or None),
                ("name-suffix", person.suffix),
            ):
                if value is not None:
                    entry[key] = value
        if entry in out:
            raise ExportError(
                "CFF lists each author once; this name appears twice",
                format=NAME,
                field=field,
                value=str(person),
            )
        out.append(entry)
    return out


def _checked(value: str, pattern: re.Pattern[str], field: str) -> str:
    if not pattern.fullmatch(value):
        raise ExportError(
            f"the CFF schema does not accept this {field} (pattern {pattern.pattern})",
            format=NAME,
            field=field,
            value=value,
        )
    return value


def yaml_string(text: str) -> str:
    r"""Return *text* as a YAML double-quoted scalar, escaping all that is not printable.

    >>> print(yaml_string('say "hi"\n\u0007'))
    "say \"hi\"\n\u0007"
    """
    out = ['"']
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif unicodedata.category(char) in {"Cc", "Cs", "Zl", "Zp"} or char in "\ufeff\ufffe\uffff":
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _emit(value: dict[str, Value], indent: int) -> list[str]:
    lines = []
    pad = " " * indent
    for key, item in value.items():
        if isinstance(item, dict):
            lines.append(f"{pad}{key}:\n")
            lines.extend(_emit(item, indent + 2))
        elif isinstance(item, list):
            lines.append(f"{pad}{key}:\n")
            for element in item:
                if isinstance(element, dict):
                    inner = _emit(element, indent + 4)
                    lines.append(f"{pad}  - {inner[0].lstrip()}")
                    lines.extend(inner[1:])
                else:
                    lines.append(f"{pad}  - {_scalar(element)}\n")
        else:
            lines.append(f"{pad}{key}: {_scalar(item)}\n")
    return lines


def _scalar(value: Value) -> str:
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return yaml_string(value)
    raise TypeError(f"not a scalar: {value!r}")  # pragma: no cover - _emit handles the rest
