"""What a reader returns: each entry with its key and line, and the problems found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from msc_sci._errors import BibliographyWarning, RecordError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from msc_sci._records import Date, Work

__all__ = ["Entry", "Parsed"]


@dataclass(slots=True)
class Entry:
    """One entry of a file: its key, the line it starts on, and its work (``None`` if bad)."""

    key: str
    line: int | None
    work: Work | None


@dataclass(slots=True)
class Parsed:
    """The entries of one file, in order, and every problem found while reading them.

    Attributes:
        entries: Every entry that has a key, good or bad (for duplicate keys).
        problems: What is wrong, one warning per bad entry or fault.
        fold_keys: Whether keys that differ only in case are the same key (BibTeX).
    """

    path: str | None
    entries: list[Entry] = field(default_factory=list)
    problems: list[BibliographyWarning] = field(default_factory=list)
    fold_keys: bool = False

    def problem(
        self, reason: str, *, line: int | None, key: str | None = None, field: str | None = None
    ) -> None:
        """Record a problem at *line*."""
        self.problems.append(
            BibliographyWarning(reason, path=self.path, line=line, key=key, field=field)
        )

    def add(
        self,
        key: str,
        line: int | None,
        item: Mapping[str, object],
        *,
        field_name: Callable[[str], str] = str,
        field_line: Callable[[str], int | None] | None = None,
        mapped: bool = False,
    ) -> None:
        """Make a work of CSL-JSON *item* and add it; a record error is a problem.

        *field_name* turns the CSL-JSON field of an error into the file's field name,
        *field_line* gives that field's line. A *mapped* item, made by a reader's own
        mapping (strings, name objects, ``date-parts``), is built without re-reading
        its shape, which is most of the time of reading a large file.
        """
        from msc_sci._records import Work

        try:
            work: Work | None = _build(item) if mapped else Work.from_csl_json(item)
        except RecordError as exc:
            work = None
            where = field_name(exc.field) if exc.field else None
            reason = f"{exc.value!r}: {exc.reason}" if exc.value is not None else exc.reason
            line_of = field_line(where) if field_line and where else None
            self.problem(reason, line=line_of or line, key=key, field=where)
        self.entries.append(Entry(key, line, work))


def _build(item: Mapping[str, object]) -> Work:
    """Build the work of a mapped CSL-JSON *item*; errors name the CSL variable."""
    from msc_sci._records import Date, Person, Work
    from msc_sci._records.csl import DATE_VARIABLES, NAME_VARIABLES
    from msc_sci._records.identifiers import check_doi, check_issns
    from msc_sci._records.work import _TYPED_DATES, _TYPED_STRINGS

    typed = {key: attr for attr, key in _TYPED_STRINGS.items()}
    strings: dict[str, str] = {}
    variables: list[tuple[str, str]] = []
    names: dict[str, tuple[Person, ...]] = {}
    dates: dict[str, Date] = {}
    for key, value in item.items():
        if key in {"id", "type"}:
            continue
        try:
            if key in NAME_VARIABLES:
                assert isinstance(value, list)
                names[key] = tuple(
                    Person(**{part.replace("-", "_"): text for part, text in name.items()})
                    for name in value
                )
            elif key in DATE_VARIABLES:
                assert isinstance(value, dict)
                dates[key] = _date(value, Date)
            elif key in typed:
                assert isinstance(value, str)
                if key == "DOI":
                    value = check_doi(value)
                elif key == "ISSN":
                    value = check_issns(value)
                strings[typed[key]] = value
            else:
                assert isinstance(value, str)
                variables.append((key, value))
        except RecordError as exc:
            raise RecordError(exc.reason, field=key, value=exc.value) from None
    try:
        return Work(
            id=str(item["id"]),
            type=str(item["type"]),
            authors=names.pop("author", ()),
            issued=dates.pop("issued", None),
            accessed=dates.pop("accessed", None),
            names=tuple(sorted(names.items(), key=lambda pair: NAME_VARIABLES.index(pair[0]))),
            dates=tuple(sorted(dates.items(), key=lambda pair: DATE_VARIABLES.index(pair[0]))),
            variables=tuple(sorted(variables)),
            **strings,  # type: ignore[arg-type]
        )
    except RecordError as exc:
        attrs = {**_TYPED_STRINGS, **_TYPED_DATES, "authors": "author"}
        field = attrs.get(exc.field or "", exc.field)
        raise RecordError(exc.reason, field=field, value=exc.value) from None


def _date(value: Mapping[str, object], date_class: type[Date]) -> Date:
    """A date from mapped CSL-JSON: ``date-parts`` (one or two), ``circa``, ``literal``."""
    parts = value.get("date-parts")
    circa = bool(value.get("circa"))
    literal = value.get("literal")
    if not isinstance(parts, list) or not parts:
        return date_class(literal=str(literal), circa=circa)
    start = _padded(parts[0])
    end = None
    if len(parts) > 1 and parts[1] != parts[0]:
        end_parts = _padded(parts[1])
        end = date_class(year=end_parts[0], month=end_parts[1], day=end_parts[2])
    return date_class(year=start[0], month=start[1], day=start[2], end=end, circa=circa)


def _padded(parts: object) -> tuple[int | None, int | None, int | None]:
    assert isinstance(parts, list)
    padded = [*parts, None, None, None]
    return padded[0], padded[1], padded[2]
