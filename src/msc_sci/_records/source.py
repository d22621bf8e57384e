"""The sources facts come from: the paper, the news release, later coverage."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from msc_sci._errors import RecordError
from msc_sci._public import public
from msc_sci._records.dates import Date
from msc_sci._records.work import Work

__all__ = ["Reliability", "Source", "SourceKind"]


@public
class SourceKind(StrEnum):
    """What sort of document a source is."""

    PAPER = "paper"
    PRESS_RELEASE = "press-release"
    NEWS = "news"


@public
class Reliability(StrEnum):
    """How far a source can be trusted for facts about the study, best first."""

    PRIMARY = "primary"
    """The paper itself, or the publisher's record of it."""
    INSTITUTIONAL = "institutional"
    """The authors' institution, speaking for the authors."""
    SECONDARY = "secondary"
    """Coverage that relays other reports, with no named author."""


@public
@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A document that states facts about the study.

    Attributes:
        id: Registry id, e.g. ``"yale2021release"``; provenances point here.
        code: The short code ``FACTS.md`` uses, e.g. ``"S004"``.
        kind: Paper, press release or news.
        title: The headline or title.
        outlet: Where it was published, e.g. ``"Medical Xpress"``, if known.
        provided_by: Who supplied the text, e.g. ``"Yale University"``, if known.
        date: Publication date, if known.
        retrieved: When the copy we quote was retrieved, if known.
        url: Where it can be read, if known.
        relays: The outlet a secondary source says it relays, e.g. ``"Science Alert"``.
        reliability: How far it can be trusted.
        note: What a reader should know about it.
        work: The record to cite it with.
    """

    id: str
    code: str
    kind: SourceKind
    title: str
    reliability: Reliability
    work: Work
    outlet: str | None = None
    provided_by: str | None = None
    date: Date | None = None
    retrieved: Date | None = None
    url: str | None = None
    relays: str | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        for name in ("id", "code", "title"):
            value = getattr(self, name)
            if not value.strip():
                raise RecordError("must not be empty", field=name, value=value)

    def __str__(self) -> str:
        where = f", {self.outlet}" if self.outlet else ""
        when = f", {self.date}" if self.date else ""
        return f"{self.title}{where}{when}"
