r"""BibTeX and BibLaTeX: ``.bib`` files, read by pybtex's parser, mapped to CSL-JSON.

pybtex's scanner reads the entries (``@string`` macros, the month macros, ``#``
concatenation, quoted and braced values) and its name parser splits names into their
parts. This module maps entry types and fields to CSL, resolves ``crossref`` and
``xdata`` inheritance as biber does, and turns LaTeX into Unicode text
(:mod:`msc_sci._read._latex`). The whole mapping is tabled in the docs (``reading.rst``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from msc_sci._read._latex import to_text
from msc_sci._read._parsed import Entry, Parsed

if TYPE_CHECKING:
    from pybtex.database.input.bibtex import LowLevelParser

__all__ = ["NAME", "SUFFIXES", "TYPES", "parse", "simple_name", "split_name"]

NAME = "bibtex"
SUFFIXES = (".bib",)

#: BibTeX and BibLaTeX entry type -> CSL item type (``document`` for the rest).
TYPES: dict[str, str] = {
    "article": "article-journal",
    "artwork": "graphic",
    "audio": "song",
    "bibnote": "document",
    "book": "book",
    "bookinbook": "chapter",
    "booklet": "pamphlet",
    "collection": "book",
    "conference": "paper-conference",
    "dataset": "dataset",
    "electronic": "webpage",
    "image": "graphic",
    "inbook": "chapter",
    "incollection": "chapter",
    "inproceedings": "paper-conference",
    "inreference": "entry-encyclopedia",
    "jurisdiction": "legal_case",
    "legal": "treaty",
    "legislation": "legislation",
    "letter": "personal_communication",
    "manual": "report",
    "mastersthesis": "thesis",
    "misc": "document",
    "movie": "motion_picture",
    "music": "song",
    "mvbook": "book",
    "mvcollection": "book",
    "mvproceedings": "book",
    "mvreference": "book",
    "online": "webpage",
    "patent": "patent",
    "performance": "performance",
    "periodical": "periodical",
    "phdthesis": "thesis",
    "proceedings": "book",
    "reference": "book",
    "report": "report",
    "review": "review",
    "software": "software",
    "standard": "standard",
    "suppbook": "chapter",
    "suppcollection": "chapter",
    "suppperiodical": "article-journal",
    "techreport": "report",
    "thesis": "thesis",
    "unpublished": "manuscript",
    "video": "motion_picture",
    "www": "webpage",
}
#: Entry types that only lend fields to others: not works themselves.
_NOT_WORKS = frozenset({"xdata", "set"})
#: ``entrysubtype`` of an ``@article`` -> CSL type.
_ARTICLE_SUBTYPES = {"magazine": "article-magazine", "newspaper": "article-newspaper"}
#: The genre a thesis type implies, unless a ``type`` field says otherwise.
_GENRES = {"phdthesis": "PhD thesis", "mastersthesis": "Master's thesis"}
#: biblatex's localisation keys for ``type`` -> text.
_TYPE_KEYS = {
    "phdthesis": "PhD thesis",
    "mathesis": "Master's thesis",
    "candthesis": "Candidate thesis",
    "techreport": "Technical report",
    "resreport": "Research report",
    "software": "Computer software",
    "datacd": "CD-ROM",
    "audiocd": "Audio CD",
    "patent": "Patent",
    "patentus": "U.S. patent",
    "patentde": "German patent",
    "patenteu": "European patent",
    "patentfr": "French patent",
    "patentuk": "British patent",
    "patrequs": "U.S. patent request",
}
#: Types whose ``number`` is their number in a series (``collection-number``).
_SERIES_NUMBER_TYPES = frozenset(
    {"book", "chapter", "paper-conference", "entry-encyclopedia", "thesis", "pamphlet"}
)
#: Types whose ``number`` is an issue.
_ISSUE_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper", "periodical"})

#: babel/polyglossia language names (``langid``, ``language``) -> BCP 47 tags.
LANGUAGES: dict[str, str] = {
    "american": "en-US",
    "australian": "en-AU",
    "austrian": "de-AT",
    "brazil": "pt-BR",
    "brazilian": "pt-BR",
    "british": "en-GB",
    "bulgarian": "bg",
    "canadian": "en-CA",
    "catalan": "ca",
    "chinese": "zh",
    "croatian": "hr",
    "czech": "cs",
    "danish": "da",
    "dutch": "nl",
    "english": "en",
    "estonian": "et",
    "finnish": "fi",
    "french": "fr",
    "galician": "gl",
    "german": "de",
    "greek": "el",
    "hebrew": "he",
    "hungarian": "hu",
    "icelandic": "is",
    "italian": "it",
    "japanese": "ja",
    "korean": "ko",
    "latin": "la",
    "latvian": "lv",
    "lithuanian": "lt",
    "naustrian": "de-AT",
    "newzealand": "en-NZ",
    "ngerman": "de",
    "norsk": "nb",
    "norwegian": "nb",
    "nswissgerman": "de-CH",
    "nynorsk": "nn",
    "polish": "pl",
    "portuges": "pt",
    "portuguese": "pt",
    "romanian": "ro",
    "russian": "ru",
    "serbian": "sr",
    "slovak": "sk",
    "slovene": "sl",
    "slovenian": "sl",
    "spanish": "es",
    "swedish": "sv",
    "swissgerman": "de-CH",
    "turkish": "tr",
    "uk": "en-GB",
    "ukenglish": "en-GB",
    "ukrainian": "uk",
    "usenglish": "en-US",
    "vietnamese": "vi",
}

#: Fields copied as they are (LaTeX decoded): BibLaTeX/BibTeX name -> CSL variable.
_PLAIN: dict[str, str] = {
    "abstract": "abstract",
    "annotation": "annote",
    "annote": "annote",
    "chapter": "chapter-number",
    "edition": "edition",
    "keywords": "keyword",
    "library": "call-number",
    "origlocation": "original-publisher-place",
    "origpublisher": "original-publisher",
    "pagetotal": "number-of-pages",
    "part": "part",
    "pubstate": "status",
    "venue": "event-place",
    "version": "version",
    "volume": "volume",
    "volumes": "number-of-volumes",
    "shortjournal": "container-title-short",
    "journalabbreviation": "container-title-short",
    "isbn": "ISBN",
    "issn": "ISSN",
    "pmid": "PMID",
    "pmcid": "PMCID",
}
#: Title fields: case-protecting braces become ``<span class="nocase">``.
_TITLES: dict[str, str] = {
    "shorttitle": "title-short",
    "origtitle": "original-title",
    "eventtitle": "event-title",
    "series": "collection-title",
}
#: Name fields -> CSL name variables.
_NAMES: dict[str, str] = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "bookauthor": "container-author",
    "director": "director",
    "compiler": "compiler",
    "illustrator": "illustrator",
    "interviewer": "interviewer",
    "recipient": "recipient",
    "performer": "performer",
    "composer": "composer",
    "producer": "producer",
    "curator": "curator",
    "narrator": "narrator",
    "organizer": "organizer",
}
#: ``editortype`` of ``editor`` -> CSL name variable.
_EDITOR_TYPES = {
    "compiler": "compiler",
    "director": "director",
    "organizer": "organizer",
    "editor": "editor",
    "collaborator": "contributor",
    "redactor": "editor",
    "founder": "contributor",
}
#: Fields that are read elsewhere, or hold nothing CSL prints.
_HANDLED = frozenset(
    {
        *_PLAIN,
        *_TITLES,
        *_NAMES,
        "title",
        "subtitle",
        "titleaddon",
        "maintitle",
        "mainsubtitle",
        "maintitleaddon",
        "booktitle",
        "booksubtitle",
        "booktitleaddon",
        "journal",
        "journaltitle",
        "journalsubtitle",
        "issuetitle",
        "date",
        "year",
        "month",
        "day",
        "urldate",
        "origdate",
        "eventdate",
        "location",
        "address",
        "publisher",
        "institution",
        "school",
        "organization",
        "howpublished",
        "number",
        "issue",
        "eid",
        "pages",
        "doi",
        "url",
        "eprint",
        "eprinttype",
        "archiveprefix",
        "eprintclass",
        "primaryclass",
        "type",
        "note",
        "addendum",
        "language",
        "langid",
        "hyphenation",
        "entrysubtype",
        "editortype",
        "crossref",
        "xdata",
        "key",
    }
)
#: Fields joined, in this order, into ``publisher``.
_PUBLISHERS = ("school", "institution", "organization", "publisher")
#: Date fields other than the issue date -> CSL date variables.
_DATES = {"urldate": "accessed", "origdate": "original-date", "eventdate": "event-date"}
#: Unknown fields kept when CSL has a variable of that name.
_CSL_BY_LOWER: dict[str, str] = {}


def _csl_variables() -> dict[str, str]:
    if not _CSL_BY_LOWER:
        from msc_sci._records.csl import NUMBER_VARIABLES, STRING_VARIABLES

        skip = {"citation-number", "first-reference-note-number", "locator", "citation-label"}
        for name in (STRING_VARIABLES | NUMBER_VARIABLES) - skip:
            _CSL_BY_LOWER[name.lower()] = name
    return _CSL_BY_LOWER


#: biblatex's inheritance rules (its manual, appendix B): parent types, child types,
#: and the parent's fields that go to other fields of the child (and only there).
_INHERIT: list[tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]] = [
    (
        frozenset({"mvbook", "mvcollection", "mvreference", "mvproceedings"}),
        frozenset(
            {
                "book",
                "inbook",
                "bookinbook",
                "suppbook",
                "collection",
                "reference",
                "incollection",
                "inreference",
                "suppcollection",
                "proceedings",
                "inproceedings",
            }
        ),
        {
            "title": ("maintitle",),
            "subtitle": ("mainsubtitle",),
            "titleaddon": ("maintitleaddon",),
        },
    ),
    (
        frozenset({"book"}),
        frozenset({"inbook", "bookinbook", "suppbook"}),
        {
            "title": ("booktitle",),
            "subtitle": ("booksubtitle",),
            "titleaddon": ("booktitleaddon",),
            "author": ("author", "bookauthor"),
        },
    ),
    (
        frozenset({"collection", "reference"}),
        frozenset({"incollection", "inreference", "suppcollection"}),
        {
            "title": ("booktitle",),
            "subtitle": ("booksubtitle",),
            "titleaddon": ("booktitleaddon",),
        },
    ),
    (
        frozenset({"proceedings"}),
        frozenset({"inproceedings"}),
        {
            "title": ("booktitle",),
            "subtitle": ("booksubtitle",),
            "titleaddon": ("booktitleaddon",),
        },
    ),
    (
        frozenset({"periodical"}),
        frozenset({"article", "suppperiodical"}),
        {
            "title": ("journaltitle",),
            "subtitle": ("journalsubtitle",),
            "shorttitle": ("shortjournal",),
        },
    ),
]
#: Fields a child never inherits (biblatex's defaults).
_NOT_INHERITED = frozenset(
    {
        "crossref",
        "xref",
        "xdata",
        "ids",
        "entryset",
        "entrysubtype",
        "execute",
        "label",
        "options",
        "presort",
        "related",
        "relatedoptions",
        "relatedstring",
        "relatedtype",
        "shorthand",
        "shorthandintro",
        "sortkey",
        "shorttitle",
        "sorttitle",
        "indextitle",
        "indexsorttitle",
        "key",
    }
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "janvier", "januar", "enero"),
            ("feb", "february", "février", "februar", "febrero"),
            ("mar", "march", "mars", "märz", "marzo"),
            ("apr", "april", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("jun", "june", "juin", "juni", "junio"),
            ("jul", "july", "juillet", "juli", "julio"),
            ("aug", "august", "août", "agosto"),
            ("sep", "sept", "september", "septembre", "septiembre"),
            ("oct", "october", "octobre", "oktober", "octubre"),
            ("nov", "november", "novembre", "noviembre"),
            ("dec", "december", "décembre", "dezember", "diciembre"),
            ("spring",),
            ("summer",),
            ("autumn", "fall"),
            ("winter",),
        ),
        start=1,
    )
    for name in names
}
_EDTF_DATE = re.compile(r"(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?([?~%]?)")
_YEAR_RANGE = re.compile(r"(\d{1,4})\s*(?:--?|\u2013|/)\s*(\d{1,4})")
#: A name whose brace groups hold no space, comma or group: ``M{\\"u}ller, J{\\"o}rg``.
_FLAT_GROUPS = re.compile(r"(?:[^{}]|\{[^{}\s,]*\})*")
_YEAR = re.compile(r"-?\d{1,4}")
_LANGUAGE_LIST = re.compile(r"\s+and\s+|,\s*")
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_URL_COMMAND = re.compile(r"^\\url\{(.*)\}$", re.DOTALL)
_DASHES = re.compile(r"\s*(?:--+|\u2013|\u2014)\s*")


@dataclass(slots=True)
class _Raw:
    """One entry as the scanner gave it: lower-case field names, values LaTeX."""

    type: str
    key: str
    line: int
    fields: dict[str, str]
    field_lines: dict[str, int]
    inherited: dict[str, str] = field(default_factory=dict)


def parse(text: str, *, path: str | None) -> Parsed:
    r"""Read the entries of BibTeX or BibLaTeX *text*, mapped to CSL.

    >>> parsed = parse('@book{doe, author = {Doe, Jane}, title = {{A} Book}}', path=None)
    >>> parsed.entries[0].work.to_csl_json()["title"]
    '<span class="nocase">A</span> Book'
    """
    parsed = Parsed(path, fold_keys=True)
    raws = list(_scan(text, parsed))
    by_key = {raw.key.lower(): raw for raw in reversed(raws)}
    for raw in raws:
        if raw.type in _NOT_WORKS:
            continue
        if not _inherit(raw, by_key, parsed):
            parsed.entries.append(_bad_entry(raw.key, raw.line))
            continue
        _map_entry(raw, parsed)
    return parsed


# -- scanning --------------------------------------------------------------------------


def _scanner_class() -> type[LowLevelParser]:
    from pybtex.database.input.bibtex import LowLevelParser

    class _Scanner(LowLevelParser):  # type: ignore[misc]  # pybtex is untyped
        """pybtex's scanner, noting the line of each entry and field, and every error."""

        inside = False
        entry_line = 1

        def parse_command(self) -> tuple[object, ...]:
            self.entry_line = self.lineno
            self.field_lines: dict[str, int] = {}
            self.errors: list[tuple[str, int, str | None]] = []
            self.inside = True
            try:
                command, body = super().parse_command()
            finally:
                self.inside = False
            return command, body, self.entry_line, self.field_lines, self.errors

        def parse_field(self) -> None:
            self.eat_whitespace()
            line = self.lineno
            super().parse_field()
            if self.current_field_name:
                self.field_lines.setdefault(self.current_field_name.lower(), line)

    return _Scanner


def _scan(text: str, parsed: Parsed) -> Iterator[_Raw]:
    """Yield each entry of *text*; record syntax errors (pybtex's) as problems."""
    from pybtex.database.input.bibtex import month_names
    from pybtex.scanner import PybtexSyntaxError
    from pybtex.utils import CaseInsensitiveDict

    outer_errors: list[tuple[PybtexSyntaxError, int]] = []

    def handle_error(error: PybtexSyntaxError) -> None:
        if not scanner.inside:  # the entry's head is broken: pybtex skips the entry
            outer_errors.append((error, scanner.entry_line))
            return
        scanner.errors.append((_reason(error), error.lineno, scanner.current_field_name))

    scanner = _scanner_class()(
        text, macros=CaseInsensitiveDict(month_names), handle_error=handle_error
    )
    iterator = iter(scanner)
    while True:
        try:
            result = next(iterator)
        except StopIteration:
            break
        except RecursionError:  # nesting deeper than Python allows
            parsed.problem("braces nested too deeply", line=scanner.entry_line)
            break
        _outer(outer_errors, parsed)
        command, body, line, field_lines, errors = result
        kind = command.lower()
        if kind in {"string", "preamble"}:
            for reason, error_line, field_name in errors:
                parsed.problem(reason, line=error_line, field=field_name)
            continue
        key, fields = body
        if key is None:
            parsed.problem("entry has no key", line=line)
            continue
        if errors:
            for reason, error_line, field_name in errors:
                parsed.problem(reason, line=error_line, key=key, field=field_name)
            parsed.entries.append(_bad_entry(key, line))
            continue
        values: dict[str, str] = {}
        bad = False
        for name, parts in fields:
            lower = name.lower()
            if lower in values:
                parsed.problem(
                    "field given twice", line=field_lines.get(lower, line), key=key, field=lower
                )
                bad = True
                continue
            values[lower] = "".join(parts)
        if bad:
            parsed.entries.append(_bad_entry(key, line))
            continue
        yield _Raw(kind, key, line, values, field_lines)
    _outer(outer_errors, parsed)


def _outer(errors: list[tuple[Any, int]], parsed: Parsed) -> None:
    """Record errors in entries' heads, which pybtex skips whole."""
    for error, line in errors:
        parsed.problem(_reason(error), line=error.lineno or line)
    errors.clear()


def _bad_entry(key: str, line: int) -> Entry:
    """The entry of a bad work: kept for duplicate keys, without a work."""
    return Entry(key, line, None)


def _reason(error: Exception) -> str:
    """pybtex's message without its "in line N" (the problem carries the line)."""
    base = Exception.__str__(error)
    kind = getattr(error, "error_type", "syntax error")
    return f"{kind}: {base}"


# -- crossref and xdata ----------------------------------------------------------------


def _inherit(raw: _Raw, by_key: dict[str, _Raw], parsed: Parsed, depth: int = 0) -> bool:
    """Fill *raw*'s missing fields from its ``xdata`` and ``crossref`` entries.

    Returns whether every referenced entry exists (else a problem is recorded).
    """
    if depth > 20:
        parsed.problem("crossref or xdata loop", line=raw.line, key=raw.key, field="crossref")
        return False
    ok = True
    for xkey in [k.strip() for k in raw.fields.get("xdata", "").split(",") if k.strip()]:
        donor = by_key.get(xkey.lower())
        if donor is None:
            parsed.problem(
                f"no entry {xkey!r} to take data from",
                line=raw.field_lines.get("xdata", raw.line),
                key=raw.key,
                field="xdata",
            )
            ok = False
            continue
        ok = _inherit(donor, by_key, parsed, depth + 1) and ok
        for name, value in _all_fields(donor).items():
            if name not in _NOT_INHERITED and name not in raw.fields:
                raw.inherited.setdefault(name, value)
    parent_key = raw.fields.get("crossref", "").strip()
    if parent_key:
        parent = by_key.get(parent_key.lower())
        if parent is None:
            parsed.problem(
                f"no entry {parent_key!r} to cross-reference",
                line=raw.field_lines.get("crossref", raw.line),
                key=raw.key,
                field="crossref",
            )
            return False
        ok = _inherit(parent, by_key, parsed, depth + 1) and ok
        renames: dict[str, tuple[str, ...]] = {}
        for parents, children, rules in _INHERIT:
            if parent.type in parents and raw.type in children:
                renames = rules
                break
        for name, value in _all_fields(parent).items():
            if name in _NOT_INHERITED and name not in renames:
                continue
            for target in renames.get(name, (name,)):
                if target not in raw.fields and target not in raw.inherited:
                    raw.inherited[target] = value
    return ok


def _all_fields(raw: _Raw) -> dict[str, str]:
    return {**raw.inherited, **raw.fields}


# -- mapping ---------------------------------------------------------------------------


def _map_entry(raw: _Raw, parsed: Parsed) -> None:
    """Map one entry to CSL-JSON and add its work to *parsed*."""
    from pybtex.exceptions import PybtexError

    fields = _all_fields(raw)
    item: dict[str, object] = {"id": raw.key}
    #: CSL variable -> the field it came from, to name fields in errors.
    source: dict[str, str] = {}
    problems: list[tuple[str, str]] = []

    def put(variable: str, value: str | None, field_name: str) -> None:
        if value and variable not in item:
            item[variable] = value
            source.setdefault(variable, field_name)

    def text(name: str) -> str | None:
        value = fields.get(name)
        return to_text(value) if value is not None and value.strip() else None

    def title(name: str) -> str | None:
        value = fields.get(name)
        return to_text(value, nocase=True) if value is not None and value.strip() else None

    csl_type = _csl_type(raw.type, fields)
    item["type"] = csl_type
    source["type"] = "entry type"

    # Titles
    main = _joined_title(title, "title", "subtitle", "titleaddon")
    volume_title = None
    if fields.get("maintitle") and csl_type not in _ISSUE_TYPES:
        whole = _joined_title(title, "maintitle", "mainsubtitle", "maintitleaddon")
        if csl_type == "book":
            main, volume_title = whole, main
        else:
            put("volume-title", _joined_title(title, "booktitle", "booksubtitle"), "booktitle")
            put("container-title", whole, "maintitle")
    put("title", main, "title")
    put("volume-title", volume_title, "title")
    for name, variable in _TITLES.items():
        put(variable, title(name), name)
    if csl_type in _ISSUE_TYPES:
        put(
            "container-title",
            _joined_title(title, "journaltitle", "journalsubtitle")
            or _joined_title(title, "journal", "journalsubtitle"),
            "journaltitle" if "journaltitle" in fields else "journal",
        )
        put("volume-title", title("issuetitle"), "issuetitle")
    else:
        put(
            "container-title",
            _joined_title(title, "booktitle", "booksubtitle", "booktitleaddon")
            or _joined_title(title, "journaltitle", "journalsubtitle")
            or title("journal"),
            "booktitle",
        )

    # Names
    editor_role = _EDITOR_TYPES.get((fields.get("editortype") or "editor").strip().lower())
    for name, variable in _NAMES.items():
        value = fields.get(name)
        if value is None or not value.strip():
            continue
        if name == "editor" and editor_role:
            variable = editor_role
        try:
            people = _names(value)
        except PybtexError as exc:
            problems.append((name, f"{value!r}: {exc}"))
            continue
        if people:
            existing = item.get(variable)
            item[variable] = [*existing, *people] if isinstance(existing, list) else people
            source.setdefault(variable, name)

    # Dates
    for name, variable in (
        ("urldate", "accessed"),
        ("origdate", "original-date"),
        ("eventdate", "event-date"),
    ):
        if fields.get(name):
            date = _edtf(fields[name])
            if date is None:
                problems.append((name, f"{fields[name]!r}: not a date (expected YYYY-MM-DD)"))
            else:
                put_date(item, source, variable, date, name)
    issued, issued_field, issued_problem = _issued(fields)
    if issued_problem:
        problems.append((issued_field, issued_problem))
    elif issued is not None:
        put_date(item, source, "issued", issued, issued_field)

    # Publishers and places
    publishers = [value for name in _PUBLISHERS if (value := _list_field(fields.get(name)))]
    howpublished = fields.get("howpublished")
    url_from_howpublished = None
    if howpublished and howpublished.strip():
        match = _URL_COMMAND.match(howpublished.strip())
        if match or howpublished.strip().startswith(("http://", "https://")):
            url_from_howpublished = match.group(1) if match else howpublished.strip()
        else:
            publishers.append(to_text(howpublished))
    put(
        "publisher",
        "; ".join(publishers),
        _first(fields, "school", "institution", "organization", "publisher", "howpublished"),
    )
    put(
        "publisher-place",
        _list_field(fields.get("location")) or text("address"),
        "location" if "location" in fields else "address",
    )

    # Numbers
    number = text("number")
    issue = text("issue")
    if csl_type in _ISSUE_TYPES:
        put(
            "issue",
            ", ".join(part for part in (number, issue) if part),
            "number" if number else "issue",
        )
    else:
        put("issue", issue, "issue")
        if number and csl_type in _SERIES_NUMBER_TYPES:
            put("collection-number", number, "number")
        elif number:
            put("number", number, "number")
    if "number" not in item:
        put("number", text("eid"), "eid")
    pages = fields.get("pages")
    if pages and pages.strip():
        put("page", _DASHES.sub("-", to_text(pages.replace("--", "-"))), "pages")

    # Identifiers and links
    doi = fields.get("doi")
    if doi and doi.strip():
        put("DOI", _verbatim(doi), "doi")
    url = fields.get("url")
    if url and url.strip():
        put("URL", _verbatim(url), "url")
    elif url_from_howpublished:
        put("URL", _verbatim(url_from_howpublished), "howpublished")
    _eprint(fields, put, csl_type)

    # Everything else
    genre = fields.get("type")
    if genre and genre.strip():
        put("genre", _TYPE_KEYS.get(genre.strip().lower(), to_text(genre)), "type")
    elif raw.type in _GENRES:
        put("genre", _GENRES[raw.type], "entry type")
    note = ". ".join(part for part in (text("note"), text("addendum")) if part)
    put("note", note, "note")
    language = _language(fields)
    put("language", language[0] if language else None, language[1] if language else "")
    for name, variable in _PLAIN.items():
        if variable not in item:
            put(variable, text(name), name)
    known = _csl_variables()
    for name in fields:
        if name in _HANDLED:
            continue
        other = known.get(name)
        if other is not None:
            put(other, text(name), name)

    if problems:
        for name, reason in problems:
            parsed.problem(
                reason, line=raw.field_lines.get(name, raw.line), key=raw.key, field=name
            )
        parsed.entries.append(_bad_entry(raw.key, raw.line))
        return
    parsed.add(
        raw.key,
        raw.line,
        item,
        field_name=lambda csl: source.get(csl.split(".")[0].split("[")[0], csl),
        field_line=lambda name: raw.field_lines.get(name),
        mapped=True,
    )


def put_date(
    item: dict[str, object],
    source: dict[str, str],
    variable: str,
    date: dict[str, object],
    field_name: str,
) -> None:
    """Set date *variable* of *item*."""
    item[variable] = date
    source.setdefault(variable, field_name)


def _first(fields: dict[str, str], *names: str) -> str:
    return next((name for name in names if fields.get(name)), names[-1])


def _csl_type(entry_type: str, fields: dict[str, str]) -> str:
    csl_type = TYPES.get(entry_type, "document")
    if entry_type == "article":
        subtype = (fields.get("entrysubtype") or "").strip().lower()
        csl_type = _ARTICLE_SUBTYPES.get(subtype, csl_type)
    preprint = entry_type in {"misc", "online", "unpublished", "article"}
    journal = fields.get("journal") or fields.get("journaltitle")
    if preprint and not journal and _eprint_type(fields) == "arxiv":
        csl_type = "article"
    return csl_type


def _joined_title(title: Callable[[str], str | None], *names: str) -> str | None:
    """Join a title, its subtitle (``: ``) and its addon (``. ``)."""
    main = title(names[0])
    if main is None:
        return None
    if len(names) > 1 and (sub := title(names[1])):
        main = f"{main}: {sub}"
    if len(names) > 2 and (addon := title(names[2])):
        main = f"{main}. {addon}"
    return main


def _list_field(value: str | None) -> str | None:
    """A BibLaTeX literal list (``Berlin and Paris``) as CSL text (``Berlin; Paris``)."""
    if value is None or not value.strip():
        return None
    if not _AND.search(value):
        return to_text(value) or None
    from pybtex.bibtex.utils import split_name_list

    parts = [to_text(part) for part in split_name_list(value)]
    return "; ".join(part for part in parts if part and part.lower() != "others") or None


def _names(value: str) -> list[dict[str, str]]:
    """Split a BibTeX name list into CSL names; ``and others`` ends the list."""
    from pybtex.bibtex.utils import split_name_list

    people: list[dict[str, str]] = []
    for name in split_name_list(value):
        stripped = name.strip()
        if not stripped or stripped.lower() == "others":
            continue
        if _one_group(stripped):
            literal = to_text(stripped[1:-1])
            if literal:
                people.append({"literal": literal})
            continue
        people.append(simple_name(stripped) or split_name(stripped))
    return people


def split_name(name: str) -> dict[str, str]:
    """Split one BibTeX name with pybtex's name parser, as a CSL name.

    >>> split_name("Jean de la Fontaine")
    {'family': 'Fontaine', 'given': 'Jean', 'non-dropping-particle': 'de la'}
    """
    from pybtex.database import Person

    person = Person(name)
    out: dict[str, str] = {}
    family = to_text(" ".join(person.last_names))
    given = to_text(" ".join(person.first_names + person.middle_names))
    particle = to_text(" ".join(person.prelast_names))
    suffix = to_text(" ".join(person.lineage_names))
    if family:
        out["family"] = family
    if given:
        out["given"] = given
    if particle:
        out["non-dropping-particle"] = particle
    if suffix:
        out["suffix"] = suffix
    return out if "family" in out else {"literal": to_text(name)}


def simple_name(name: str) -> dict[str, str] | None:
    """``Family, Given`` without particles or spaced brace groups, as pybtex splits it.

    Most names are this simple; splitting them here halves the time of reading names.
    Brace groups are allowed when they hold no space, comma or nested group
    (``M{\\"u}ller``), since then splitting at spaces splits as BibTeX does.
    """
    if name.count(",") != 1 or "~" in name:
        return None
    if "{" in name and not _FLAT_GROUPS.fullmatch(name):
        return None
    family, _, given = name.partition(",")
    words = family.split()
    if not words:
        return None
    for word in words:
        if word[0] == "{":
            if not word.startswith("{\\"):
                return None
            letter = to_text(word)[:1]
            if not letter.isupper():
                return None
        elif not word[0].isupper():
            return None
    out = {"family": to_text(" ".join(words))}
    given_text = to_text(" ".join(given.split()))
    if given_text:
        out["given"] = given_text
    return out


def _one_group(name: str) -> bool:
    """Whether *name* is one brace group from start to end: ``{World Health Organization}``."""
    if not (name.startswith("{") and name.endswith("}")) or name.startswith("{\\"):
        return False
    depth = 0
    for index, char in enumerate(name):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0 and index != len(name) - 1:
                return False
    return True


def _verbatim(value: str) -> str:
    """A URL or DOI as written: only whitespace and ``\\url{...}`` are removed."""
    value = "".join(value.split())
    match = _URL_COMMAND.match(value)
    if match:
        value = match.group(1)
    return value.replace("\\_", "_").replace("\\%", "%").replace("\\&", "&").replace("\\#", "#")


# -- dates ----------------------------------------------------------------------------


def _edtf(text: str) -> dict[str, object] | None:
    """Return the CSL date of a BibLaTeX (EDTF) date, or ``None`` when it is not one."""
    value = "".join(text.replace("{", "").replace("}", "").split())
    start, slash, end = value.partition("/")
    first = _edtf_parts(start)
    if first is None:
        return None
    parts: list[list[int]] = [first[0]]
    circa = first[1]
    if slash and end.strip() not in {"", ".."}:
        last = _edtf_parts(end)
        if last is None:
            return None
        parts.append(last[0])
        circa = circa or last[1]
    date: dict[str, object] = {"date-parts": parts}
    if circa:
        date["circa"] = True
    return date


def _edtf_parts(text: str) -> tuple[list[int], bool] | None:
    match = _EDTF_DATE.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day, qualifier = match.groups()
    parts = [int(year)]
    if month:
        number = int(month)
        if 21 <= number <= 24:  # EDTF seasons: spring to winter
            number -= 8
        parts.append(number)
        if day:
            parts.append(int(day))
    return parts, bool(qualifier)


def _issued(fields: dict[str, str]) -> tuple[dict[str, object] | None, str, str | None]:
    """Return the issue date, the field it came from, and a problem (or ``None``)."""
    date = fields.get("date")
    if date and date.strip():
        parsed_date = _edtf(date)
        if parsed_date is None:
            return None, "date", f"{date!r}: not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        return parsed_date, "date", None
    year = fields.get("year")
    if not year or not year.strip():
        return None, "year", None
    year_text = to_text(year).strip()
    if _YEAR.fullmatch(year_text):
        parts = [int(year_text)]
    elif match := _YEAR_RANGE.fullmatch(year_text):
        return {"date-parts": [[int(match[1])], [int(match[2])]]}, "year", None
    else:
        return {"literal": year_text}, "year", None
    month = fields.get("month")
    if month and month.strip():
        number = _month(month)
        if number is None:
            return None, "month", f"{month!r}: not a month (1 to 12, or a month's name)"
        parts.append(number)
        day = fields.get("day")
        if day and day.strip():
            if not day.strip().isdigit():
                return None, "day", f"{day!r}: not a day of the month"
            parts.append(int(day))
    return {"date-parts": [parts]}, "year", None


def _month(value: str) -> int | None:
    text = to_text(value).strip().rstrip(".").lower()
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else None
    return _MONTHS.get(text)


# -- identifiers -----------------------------------------------------------------------


def _eprint_type(fields: dict[str, str]) -> str:
    return (fields.get("eprinttype") or fields.get("archiveprefix") or "").strip().lower()


def _eprint(
    fields: dict[str, str],
    put: Callable[[str, str | None, str], None],
    csl_type: str,
) -> None:
    """Map ``eprint`` by its ``eprinttype``: arXiv, PubMed, PMC, JSTOR, handles."""
    eprint = fields.get("eprint")
    if not eprint or not eprint.strip():
        return
    identifier = _verbatim(eprint)
    kind = _eprint_type(fields)
    if kind == "arxiv":
        identifier = identifier.removeprefix("arXiv:")
        put("URL", f"https://arxiv.org/abs/{identifier}", "eprint")
        if csl_type == "article":
            put("number", f"arXiv:{identifier}", "eprint")
            put("publisher", "arXiv", "eprinttype")
    elif kind == "pubmed":
        put("PMID", identifier, "eprint")
    elif kind in {"pmc", "pmcid"}:
        put("PMCID", identifier, "eprint")
    elif kind == "jstor":
        put("URL", f"https://www.jstor.org/stable/{identifier}", "eprint")
    elif kind in {"hdl", "handle"}:
        put("URL", f"https://hdl.handle.net/{identifier}", "eprint")
    elif kind == "doi":
        put("DOI", identifier, "eprint")


def _language(fields: dict[str, str]) -> tuple[str, str] | None:
    for name in ("langid", "language", "hyphenation"):
        value = fields.get(name)
        if value and value.strip():
            text = to_text(value).strip()
            first = _LANGUAGE_LIST.split(text)[0].strip()
            return LANGUAGES.get(first.lower(), first), name
    return None
