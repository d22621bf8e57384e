"""What a reader returns: each entry with its key and line, and the problems found."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from msc_sci._errors import BibliographyWarning, RecordError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from msc_sci._records import Work

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
    ) -> None:
        """Make a work of CSL-JSON *item* and add it; a record error is a problem.

        *field_name* turns the CSL-JSON field of an error into the file's field name,
        *field_line* gives that field's line.
        """
        from msc_sci._records import Work

        try:
            work: Work | None = Work.from_csl_json(item)
        except RecordError as exc:
            work = None
            where = field_name(exc.field) if exc.field else None
            reason = f"{exc.value!r}: {exc.reason}" if exc.value is not None else exc.reason
            line_of = field_line(where) if field_line and where else None
            self.problem(reason, line=line_of or line, key=key, field=where)
        self.entries.append(Entry(key, line, work))
