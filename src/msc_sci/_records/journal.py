"""The journal a work appeared in."""

from __future__ import annotations

from dataclasses import dataclass

from msc_sci._errors import RecordError
from msc_sci._public import public
from msc_sci._records.identifiers import check_issn, require_canonical

__all__ = ["Journal"]


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Journal:
    """A journal: title, abbreviation, ISSN (checked) and publisher.

    >>> Journal(title="Clinical Neurology and Neurosurgery", issn="0303-8467").issn
    '0303-8467'
    """

    title: str
    abbreviation: str | None = None
    issn: str | None = None
    publisher: str | None = None

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise RecordError("must not be empty", field="title", value=self.title)
        require_canonical("issn", self.issn, check_issn)

    def __str__(self) -> str:
        return self.title
