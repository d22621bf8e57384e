"""BibTeX: a ``.bib`` entry for classic BibTeX (``natbib``, ``plain``, ``apalike``).

Text is LaTeX-escaped (``%`` becomes ``\\%``, a backslash ``{\\textbackslash}``), words
with inner capitals are braced so that styles keep them (``{MSCs}``), and non-ASCII
characters stay UTF-8 unless ``ascii_only=True`` asks for LaTeX accents instead.
:func:`to_entry` gives the same entry as a :class:`pybtex.database.Entry`, for code
that formats it with pybtex.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TextIO

from msc_sci._errors import ExportError
from msc_sci._export._latex import escape, protect_case
from msc_sci._export._url import web_url
from msc_sci._records import Date, Person, Work

if TYPE_CHECKING:
    from pybtex.database import Entry

__all__ = ["MEDIA_TYPE", "NAME", "SUFFIXES", "dumps", "dumps_all", "to_entry"]

NAME = "bibtex"
SUFFIXES = (".bib", ".bibtex")
MEDIA_TYPE = "application/x-bibtex"

_BIBTEX_TYPES = {
    "article": "misc",
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "book": "book",
    "chapter": "incollection",
    "manuscript": "unpublished",
    "paper-conference": "inproceedings",
    "report": "techreport",
    "thesis": "phdthesis",
}
_BIBLATEX_TYPES = {
    **_BIBTEX_TYPES,
    "article": "online",
    "dataset": "dataset",
    "post": "online",
    "post-weblog": "online",
    "report": "report",
    "software": "software",
    "thesis": "thesis",
    "webpage": "online",
}
# BCP 47 primary language -> the babel/polyglossia name biblatex's langid expects.
_LANGIDS = {
    "de": "ngerman",
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "it": "italian",
    "ja": "japanese",
    "nl": "dutch",
    "pt": "portuguese",
    "ru": "russian",
    "zh": "chinese",
}
# biblatex splits these at a bare "and" (a list of publishers or places): brace it.
_LIST_FIELDS = frozenset({"publisher", "location", "address"})
_LIST_AND = re.compile(r"(?<=\s)and(?=\s)", re.IGNORECASE)
_KEY_CHARS = re.compile(r"[^A-Za-z0-9_:./+-]+")
_VERBATIM_BAD = re.compile(r"[{}\\\s]")


def to_entry(work: Work, *, ascii_only: bool = False) -> tuple[str, Entry]:
    r"""Return the citation key and the BibTeX entry of *work*, as pybtex holds it.

    Field values and name parts are LaTeX, exactly as :func:`dumps` writes them and as
    pybtex's parser reads them back.

    Args:
        work: Any work; the study for the bundled record.
        ascii_only: Spell non-ASCII characters as LaTeX commands.

    Raises:
        ExportError: when a field holds a control character or (with *ascii_only*) a
            character LaTeX cannot spell.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> key, entry = to_entry(msc_sci.study())
    >>> key, entry.type, entry.fields["journal"], str(entry.persons["author"][-1])
    ('honmou2021', 'article', 'Clinical Neurology and Neurosurgery', 'Kocsis, Jeffery D.')
    """
    return build_entry(work, dialect=NAME, ascii_only=ascii_only)


def dumps(work: Work, *, ascii_only: bool = False) -> str:
    r"""Return *work* as a BibTeX entry.

    Args:
        work: Any work.
        ascii_only: Spell non-ASCII characters as LaTeX commands (``{\'e}``) so the file
            is pure ASCII, for BibTeX installations that cannot read UTF-8.

    Raises:
        ExportError: as :func:`to_entry`.

    .. versionadded:: 0.1.0

    >>> import msc_sci
    >>> print(dumps(msc_sci.study()).splitlines()[0])
    @article{honmou2021,
    """
    key, entry = to_entry(work, ascii_only=ascii_only)
    return write_entry(key, entry, dialect=NAME)


def dumps_all(works: Iterable[Work], *, ascii_only: bool = False) -> str:
    """Return *works* as a ``.bib`` file: their entries, a blank line between them.

    >>> print(dumps_all([Work(id="a", type="book"), Work(id="b", type="book")]))
    @book{a
    }
    <BLANKLINE>
    @book{b
    }
    <BLANKLINE>
    """
    return "\n".join(dumps(work, ascii_only=ascii_only) for work in works)


def build_entry(work: Work, *, dialect: str, ascii_only: bool) -> tuple[str, Entry]:
    """Return the key and entry of *work* in *dialect* (``"bibtex"`` or ``"biblatex"``)."""
    from pybtex.database import Entry
    from pybtex.database import Person as BibPerson

    biblatex = dialect == "biblatex"
    entry_type = (_BIBLATEX_TYPES if biblatex else _BIBTEX_TYPES).get(work.type, "misc")

    def text(value: str, field: str) -> str:
        return escape(value, ascii_only=ascii_only, field=field)

    fields: dict[str, str] = {}
    if work.title is not None:
        words = work.title.split()
        fields["title"] = protect_case([(w, text(w, "title")) for w in words])
    if work.title_short is not None:
        fields["shorttitle"] = text(work.title_short, "title_short")
    if work.container_title is not None:
        fields[_container_field(entry_type, biblatex)] = text(
            work.container_title, "container_title"
        )
    if work.container_title_short is not None and entry_type == "article":
        fields["shortjournal"] = text(work.container_title_short, "container_title_short")
    if work.collection_title is not None:
        fields["series"] = text(work.collection_title, "collection_title")
    if work.issued is not None:
        fields.update(_date_fields(work.issued, biblatex, text))
    number = work.issue
    eid = None
    if work.number is not None:
        if entry_type in {"article", "misc", "online"} or number is not None:
            eid = work.number
        else:
            number = work.number
    for field, value in (
        ("volume", work.volume),
        ("number", number),
        ("pages", work.page),
        ("eid", eid),
        ("edition", work.edition),
        ("publisher", work.publisher),
        ("location" if biblatex else "address", work.publisher_place),
        ("issn", work.issn),
        ("isbn", work.isbn),
        ("abstract", work.abstract),
        ("note", work.note),
    ):
        if value is not None:
            fields[field] = text(value, field)
            if field in _LIST_FIELDS:
                fields[field] = _LIST_AND.sub("{\\g<0>}", fields[field])
    if work.language is not None:
        langid = _LANGIDS.get(work.language.split("-")[0].lower()) if biblatex else None
        if langid is not None:
            fields["langid"] = langid
        else:
            fields["language"] = text(work.language, "language")
    if work.url is not None:
        web_url(work.url, format=dialect)
    for field, value in (("doi", work.doi), ("url", work.url)):
        if value is not None:
            fields[field] = _verbatim(value, field, dialect)
    if biblatex and work.accessed is not None and work.accessed.year is not None:
        fields["urldate"] = str(work.accessed)

    persons: dict[str, list[BibPerson]] = {}
    for role in ("author", "editor", "translator"):
        people = work.names_of(role)
        if people:
            persons[role] = [
                BibPerson(name_string(person, ascii_only=ascii_only, field=f"{role}[{index}]"))
                for index, person in enumerate(people)
            ]
    return citation_key(work.id), Entry(entry_type, fields=fields, persons=persons)


def write_entry(key: str, entry: Entry, *, dialect: str) -> str:
    """Write one entry with pybtex's BibTeX writer, values already escaped, in braces."""
    from pybtex.database import BibliographyData
    from pybtex.database.output.bibtex import Writer

    class _EscapedWriter(Writer):  # type: ignore[misc]  # Writer is untyped (Any)
        """pybtex's writer for values that are LaTeX already (ours are escaped)."""

        def quote(self, s: str) -> str:
            self.check_braces(s)
            return "{" + s + "}"

        def _encode(self, text: str) -> str:
            # pybtex would pass "\\" and "{" through but re-escape "%": do neither twice.
            return text

        def _write_field(self, stream: TextIO, type: str, value: str) -> None:
            if type == "month" and value in MONTH_MACROS:
                # A bare macro, so every style prints the month in its own words.
                stream.write(f",\n    {type} = {value}")
                return
            super()._write_field(stream, type, value)

    from pybtex.bibtex.exceptions import BibTeXError

    try:
        out: str = _EscapedWriter().to_string(BibliographyData(entries={key: entry}))
    except BibTeXError as exc:  # pragma: no cover - escape() keeps braces balanced
        raise ExportError(str(exc), format=dialect) from exc
    return out


#: BibTeX's predefined month macros, January first.
MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def citation_key(work_id: str) -> str:
    """Return *work_id* as a BibTeX key: runs of characters keys cannot hold become ``-``.

    >>> citation_key("honmou2021"), citation_key("Smith et al. {2020}")
    ('honmou2021', 'Smith-et-al.-2020')
    """
    key = _KEY_CHARS.sub("-", work_id).strip("-")
    return key or "item"


def name_string(person: Person, *, ascii_only: bool = False, field: str = "author") -> str:
    r"""Return *person* as a BibTeX name, ``von Last, Jr, First``, braced where needed.

    >>> name_string(Person(family="Gogh", given="Vincent", non_dropping_particle="van"))
    'van Gogh, Vincent'
    >>> name_string(Person(literal="Yale University"))
    '{Yale University}'
    """

    def text(value: str) -> str:
        return escape(value, ascii_only=ascii_only, field=field)

    if person.family is None:
        return _group(text(person.literal or person.given or ""))
    family = text(person.family)
    if _needs_group(person.family):
        family = _group(family)
    particle_words = [p for p in (person.dropping_particle, person.non_dropping_particle) if p]
    von = ""
    if particle_words:
        particle = " ".join(particle_words)
        von = text(particle)
        if _needs_group(particle, words=True) or not all(
            word[:1].islower() for word in particle.split()
        ):
            von = _group(von)
    parts = [" ".join(p for p in (von, family) if p)]
    if person.suffix is not None:
        suffix = text(person.suffix)
        parts.append(_group(suffix) if _needs_group(person.suffix) else suffix)
    given = text(person.given) if person.given is not None else ""
    if given and _needs_group(person.given or "", words=True):
        given = _group(given)
    if given or person.suffix is not None:
        # "Last, Jr" would read as "Last, First": an empty group keeps the suffix a suffix.
        parts.append(given or "{}")
    return ", ".join(parts)


def _needs_group(value: str, *, words: bool = False) -> bool:
    """Whether a name part must be braced to stay one part (no commas, no "and")."""
    tokens = value.split()
    if "," in value or any(t.lower() in {"and", "others"} for t in tokens):
        return True
    return not words and len(tokens) != 1


def _group(latex: str) -> str:
    # "{\" starts a BibTeX special character; "{{\" does not.
    return "{{" + latex + "}}" if latex.startswith("\\") else "{" + latex + "}"


def _container_field(entry_type: str, biblatex: bool) -> str:
    if entry_type == "article":
        return "journaltitle" if biblatex else "journal"
    if entry_type in {"misc", "online"}:
        return "howpublished" if not biblatex else "organization"
    return "booktitle"


def _date_fields(date: Date, biblatex: bool, text: Callable[[str, str], str]) -> dict[str, str]:
    if date.year is None:
        literal = date.literal or date.raw or ""
        return {"year": text(literal, "issued")}
    if biblatex:
        return {"date": str(date)}
    out = {"year": str(date.year)}
    if date.month is not None and date.month <= 12:
        out["month"] = MONTH_MACROS[date.month - 1]
    return out


def _verbatim(value: str, field: str, dialect: str) -> str:
    if _VERBATIM_BAD.search(value):
        raise ExportError(
            "braces, backslashes and spaces cannot be written in a verbatim field",
            format=dialect,
            field=field,
            value=value,
        )
    return value
